import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import {
  assignCourse,
  exportCourseProgress,
  getCourseAssignmentOptions,
  getCourseProgress,
} from '../proxy/functions';
import type {
  AssignCourseInput,
  CourseAssignmentOptionsDto,
  CourseAssignmentResultDto,
  CourseProgressDto,
} from '../proxy/models';

export type {
  AssignCourseInput as CourseAssignment,
  CourseAssignmentOptionsDto as CourseAssignmentOptions,
  CourseAssignmentResultDto as CourseAssignmentResult,
  CourseOptionDto as CourseOption,
  CourseProgressCountsDto as CourseProgressCounts,
  CourseProgressDto as CourseProgress,
  CourseProgressRowDto as CourseProgressRow,
} from '../proxy/models';

export type CourseProgressFormat = 'Xlsx' | 'Csv';

export interface CourseProgressFilters {
  courseId?: string;
  regionId?: string;
  officeId?: string;
}

/** Course assignments by admins and coordinators, and the completion report of their scope. */
@Injectable({ providedIn: 'root' })
export class CourseProgressApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  progress(filters: CourseProgressFilters): Promise<CourseProgressDto> {
    return this.api.invoke(getCourseProgress, filters);
  }

  export(
    filters: CourseProgressFilters,
    format: CourseProgressFormat,
  ): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, exportCourseProgress.PATH, { ...filters, format });
  }

  assignmentOptions(): Promise<CourseAssignmentOptionsDto> {
    return this.api.invoke(getCourseAssignmentOptions);
  }

  assign(body: AssignCourseInput): Promise<CourseAssignmentResultDto> {
    return this.api.invoke(assignCourse, { body });
  }
}
