import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import {
  getAssessments,
  getAttendance,
  getCohort,
  getCohorts,
  getMyProgramme,
  registerAttendance,
  reviewAssignment,
  submitAssignment,
  withdrawEnrolment,
  writeReflection,
} from '../proxy/functions';
import type {
  AssessmentDto,
  AttendanceEntryInput,
  AttendanceSheetDto,
  CohortDto,
  CohortSummaryDto,
  EnrolmentDto,
  MyCohortDto,
  MyProgrammeDto,
} from '../proxy/models';

export type {
  AssessmentDto as Assessment,
  AssignmentProgressDto as AssignmentProgress,
  AssignmentStatus,
  AttendanceEntryInput as AttendanceEntry,
  AttendanceRowDto as AttendanceRow,
  AttendanceSheetDto as AttendanceSheet,
  CohortDto as Cohort,
  CohortSummaryDto as CohortSummary,
  EnrolmentStatus,
  ModuleProgressDto as ModuleProgress,
  MyCohortDto as MyCohort,
  MyProgrammeDto as MyProgramme,
  ReflectionProgressDto as ReflectionProgress,
  SessionAttendanceDto as SessionAttendance,
  SessionDto as Session,
  UpcomingDeadlineDto as UpcomingDeadline,
} from '../proxy/models';

/** The cultures a certificate is printed in. */
export type CertificateCulture = 'nb' | 'nn' | 'en';

/** The path of one gathering's calendar file (not in the generated client: it is not JSON). */
export function sessionCalendarPath(cohortId: string, sessionId: string): string {
  return `/api/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(sessionId)}.ics`;
}

/** The path of a certificate's PDF in one culture. */
export function certificatePdfPath(certificateId: string, culture: CertificateCulture): string {
  return `/api/certificates/${encodeURIComponent(certificateId)}/pdf?culture=${culture}`;
}

/**
 * A participant's own programme (progress, assignments, private reflections, certificate) and a
 * facilitator's work in a cohort (attendance, assessment).
 */
@Injectable({ providedIn: 'root' })
export class ParticipationApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  myProgramme(): Promise<MyProgrammeDto> {
    return this.api.invoke(getMyProgramme);
  }

  submitAssignment(
    enrolmentId: string,
    assignmentId: string,
    answer: string,
  ): Promise<MyCohortDto> {
    return this.api.invoke(submitAssignment, { enrolmentId, assignmentId, body: { answer } });
  }

  /** The text goes to the author's private refleksjonslogg; nobody else can read it. */
  writeReflection(
    enrolmentId: string,
    reflectionTaskId: string,
    text: string,
  ): Promise<MyCohortDto> {
    return this.api.invoke(writeReflection, { enrolmentId, reflectionTaskId, body: { text } });
  }

  withdraw(enrolmentId: string): Promise<EnrolmentDto> {
    return this.api.invoke(withdrawEnrolment, { id: enrolmentId, body: {} });
  }

  /** A gathering as an iCalendar file, fetched with the user's token. */
  sessionCalendar(cohortId: string, sessionId: string): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, sessionCalendarPath(cohortId, sessionId));
  }

  certificatePdf(certificateId: string, culture: CertificateCulture): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, certificatePdfPath(certificateId, culture));
  }

  /**
   * The cohorts the caller facilitates; with `all`, every cohort they can see (for programme
   * admins, who may work in any cohort). The API caps a page at 1000, far more than there are.
   */
  async facilitatedCohorts(all: boolean): Promise<CohortSummaryDto[]> {
    const query = { maxResultCount: 1000 };
    return (await this.api.invoke(getCohorts, all ? query : { ...query, facilitating: true }))
      .items;
  }

  cohort(id: string): Promise<CohortDto> {
    return this.api.invoke(getCohort, { id });
  }

  attendance(cohortId: string, sessionId: string): Promise<AttendanceSheetDto> {
    return this.api.invoke(getAttendance, { id: cohortId, sessionId });
  }

  saveAttendance(
    cohortId: string,
    sessionId: string,
    entries: AttendanceEntryInput[],
  ): Promise<AttendanceSheetDto> {
    return this.api.invoke(registerAttendance, { id: cohortId, sessionId, body: { entries } });
  }

  /** Submissions in the cohort, those waiting for assessment first. */
  assessments(cohortId: string): Promise<AssessmentDto[]> {
    return this.api.invoke(getAssessments, { id: cohortId });
  }

  review(
    cohortId: string,
    enrolmentId: string,
    assignmentId: string,
    approved: boolean,
    feedback: string,
  ): Promise<AssessmentDto> {
    return this.api.invoke(reviewAssignment, {
      id: cohortId,
      enrolmentId,
      assignmentId,
      body: { approved, feedback: feedback.trim() || null },
    });
  }
}
