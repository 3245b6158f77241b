import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { apiUrl } from '../core/api-url';
import { Api } from '../proxy/api';
import {
  addCourseLesson,
  changeCourseLesson,
  createCourse,
  discardCourseDraft,
  getAuthoredCourse,
  getAuthoredCourses,
  getAuthoredCourseVersion,
  moveCourseLesson,
  publishCourseDraft,
  removeCourseLesson,
  saveCourseDetails,
  startCourseDraft,
  uploadCourseFile,
} from '../proxy/functions';
import type {
  CourseCategory,
  CourseEditorDto,
  CourseFileDto,
  CourseFilePurpose,
  CourseTextDto,
  CourseVersionDto,
  CourseVersionStatus,
  CreateCourseInput,
  PagedResultOfCourseListItemDto,
  SaveCourseDetailsInput,
  SaveLessonInput,
} from '../proxy/models';
import { ListQuery } from './models';

export type {
  CourseCategory,
  CourseCompletionRule,
  CourseEditorDto as CourseEditor,
  CourseFileDto as CourseFile,
  CourseFilePurpose,
  CourseGrantDto as CourseGrant,
  CourseGrantInput,
  CourseListItemDto as CourseListItem,
  CourseTextDto as CourseText,
  CourseVersionDto as CourseVersion,
  CourseVersionStatus,
  CourseVersionSummaryDto as CourseVersionSummary,
  CreateCourseInput,
  LessonDto as Lesson,
  LessonKind,
  SaveCourseDetailsInput,
  SaveLessonInput,
} from '../proxy/models';

export const COURSE_CATEGORIES: CourseCategory[] = [
  'Leadership',
  'FollowUp',
  'LawAndRegulations',
  'DigitalTools',
  'WorkEnvironment',
  'Other',
];
export const LESSON_KINDS = ['Text', 'Video', 'File', 'Quiz', 'ScormPackage'] as const;
export const COMPLETION_RULES = [
  'AllLessons',
  'QuizPassed',
  'ScormCompleted',
  'ScormPassed',
] as const;
export const CONTENT_LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;

/**
 * Writing e-learning courses: a course is created with its first draft; details and lessons are
 * written on the draft and it is published. Every change sends the version's concurrency stamp
 * and returns the whole course again.
 */
@Injectable({ providedIn: 'root' })
export class CourseEditorApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  list(
    query: ListQuery & { category?: CourseCategory; status?: CourseVersionStatus },
  ): Promise<PagedResultOfCourseListItemDto> {
    return this.api.invoke(getAuthoredCourses, query);
  }

  course(courseId: string): Promise<CourseEditorDto> {
    return this.api.invoke(getAuthoredCourse, { courseId });
  }

  version(courseId: string, versionId: string): Promise<CourseVersionDto> {
    return this.api.invoke(getAuthoredCourseVersion, { courseId, versionId });
  }

  create(body: CreateCourseInput): Promise<CourseEditorDto> {
    return this.api.invoke(createCourse, { body });
  }

  saveDetails(courseId: string, body: SaveCourseDetailsInput): Promise<CourseEditorDto> {
    return this.api.invoke(saveCourseDetails, { courseId, body });
  }

  addLesson(courseId: string, body: SaveLessonInput): Promise<CourseEditorDto> {
    return this.api.invoke(addCourseLesson, { courseId, body });
  }

  changeLesson(
    courseId: string,
    lessonId: string,
    body: SaveLessonInput,
  ): Promise<CourseEditorDto> {
    return this.api.invoke(changeCourseLesson, { courseId, lessonId, body });
  }

  removeLesson(
    courseId: string,
    lessonId: string,
    concurrencyStamp: string,
  ): Promise<CourseEditorDto> {
    return this.api.invoke(removeCourseLesson, { courseId, lessonId, body: { concurrencyStamp } });
  }

  moveLesson(
    courseId: string,
    lessonId: string,
    position: number,
    concurrencyStamp: string,
  ): Promise<CourseEditorDto> {
    return this.api.invoke(moveCourseLesson, {
      courseId,
      lessonId,
      body: { position, concurrencyStamp },
    });
  }

  publish(courseId: string, concurrencyStamp: string): Promise<CourseEditorDto> {
    return this.api.invoke(publishCourseDraft, { courseId, body: { concurrencyStamp } });
  }

  /** A new draft copied from the published version; lessons keep their ids. */
  startDraft(courseId: string): Promise<CourseEditorDto> {
    return this.api.invoke(startCourseDraft, { courseId });
  }

  discardDraft(courseId: string, concurrencyStamp: string): Promise<CourseEditorDto> {
    return this.api.invoke(discardCourseDraft, { courseId, body: { concurrencyStamp } });
  }

  /** Uploads a file for the course; the server decides by its content whether it fits the purpose. */
  upload(courseId: string, purpose: CourseFilePurpose, file: File): Promise<CourseFileDto> {
    const data = new FormData();
    data.append('purpose', purpose);
    data.append('file', file, file.name);
    const path = uploadCourseFile.PATH.replace('{courseId}', encodeURIComponent(courseId));
    return firstValueFrom(this.http.post<CourseFileDto>(apiUrl(path), data));
  }
}

/** A course text as the three controls of a translated-text group hold it. */
export function textValue(text: CourseTextDto | null | undefined): {
  nb: string;
  nn: string;
  en: string;
} {
  return { nb: text?.nb ?? '', nn: text?.nn ?? '', en: text?.en ?? '' };
}

/** The editor's path of a course, and of one of its lessons. */
export function courseEditorPath(courseId: string, lessonId?: string): string {
  return lessonId ? `/course-editor/${courseId}/lessons/${lessonId}` : `/course-editor/${courseId}`;
}
