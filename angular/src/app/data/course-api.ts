import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api-url';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import {
  completeCourseLesson,
  enrolInCourse,
  getCatalogueCourse,
  getCourseCatalogue,
  getCourseCertificatePdf,
  getCourseEnrolment,
  getMyCourses,
  openCourseLesson,
} from '../proxy/functions';
import type {
  CatalogueCourseDto,
  CourseCategory,
  CourseLengthBand,
  CourseOverviewDto,
  LearnerCourseDto,
  MyCoursesDto,
} from '../proxy/models';
import { ListQuery, PagedResult } from './models';

export type {
  CatalogueCourseDto as CatalogueCourse,
  CourseCategory,
  CourseContentTextDto as CourseText,
  CourseLearnerStatus,
  CourseOverviewDto as CourseOverview,
  LearnerCourseDto as LearnerCourse,
  LessonKind,
  MyCourseDto as MyCourse,
  MyCoursesDto as MyCourses,
  PlayerAttachmentDto as PlayerAttachment,
  PlayerLessonDto as PlayerLesson,
} from '../proxy/models';

/** How long a course takes, as the catalogue filters it. */
export type CourseLength = NonNullable<CourseLengthBand>;

/** The catalogue's filters, each optional. */
export interface CatalogueFilters {
  category?: CourseCategory;
  jobRoleId?: string;
  language?: string;
  length?: CourseLength;
}

export const COURSE_CATEGORIES: readonly CourseCategory[] = [
  'Leadership',
  'FollowUp',
  'LawAndRegulations',
  'DigitalTools',
  'WorkEnvironment',
  'Other',
];
export const COURSE_LENGTHS: readonly CourseLength[] = ['Short', 'Medium', 'Long'];
/** The languages course content is written in. */
export const CONTENT_LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;
/** The languages a course certificate prints in. */
export const COURSE_CERTIFICATE_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type CourseCertificateLanguage = (typeof COURSE_CERTIFICATE_LANGUAGES)[number];

/** A course file (video, captions, attachment) by the link the server signed for the learner. */
export function courseFileUrl(link: string): string {
  return apiUrl(link);
}

@Injectable({ providedIn: 'root' })
export class CourseApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  catalogue(query: ListQuery & CatalogueFilters): Promise<PagedResult<CatalogueCourseDto>> {
    return this.api.invoke(getCourseCatalogue, query);
  }

  course(courseId: string): Promise<CourseOverviewDto> {
    return this.api.invoke(getCatalogueCourse, { courseId });
  }

  /** Starting a course twice gives the enrolment the learner has. */
  enrol(courseId: string): Promise<LearnerCourseDto> {
    return this.api.invoke(enrolInCourse, { courseId });
  }

  enrolment(enrolmentId: string): Promise<LearnerCourseDto> {
    return this.api.invoke(getCourseEnrolment, { enrolmentId });
  }

  openLesson(enrolmentId: string, lessonId: string): Promise<LearnerCourseDto> {
    return this.api.invoke(openCourseLesson, { enrolmentId, lessonId });
  }

  completeLesson(enrolmentId: string, lessonId: string): Promise<LearnerCourseDto> {
    return this.api.invoke(completeCourseLesson, { enrolmentId, lessonId });
  }

  myCourses(): Promise<MyCoursesDto> {
    return this.api.invoke(getMyCourses);
  }

  /** A course file (an attachment) as a blob with its progress, signed in as the learner. */
  file(link: string): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, link);
  }

  /** The certificate as a blob with its progress; the generated function cannot ask for a blob. */
  certificatePdf(
    enrolmentId: string,
    culture: CourseCertificateLanguage,
  ): Observable<HttpEvent<Blob>> {
    const path = getCourseCertificatePdf.PATH.replace(
      '{enrolmentId}',
      encodeURIComponent(enrolmentId),
    );
    return downloadBlob(this.http, path, { culture });
  }
}
