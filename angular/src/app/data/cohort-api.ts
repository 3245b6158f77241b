import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import {
  applyToCohort,
  approveEnrolment,
  cancelCohort,
  closeCohortEnrolment,
  completeCohort,
  createCohort,
  getCohort,
  getCohortCalendar,
  getCohortEnrolments,
  getCohortMilestones,
  getCohortNominees,
  getCohorts,
  getFacilitatorCandidates,
  getProgrammeVersions,
  nominateToCohort,
  openCohortEnrolment,
  rejectEnrolment,
  runCohortMilestone,
  scheduleCohortSession,
  setCohortDeadline,
  setCohortModuleUnlock,
  startCohort,
  updateCohort,
  withdrawEnrolment,
} from '../proxy/functions';
import type {
  CalendarEntryDto,
  CohortActionInput,
  CohortDto,
  CohortStatus,
  CohortSummaryDto,
  EnrolmentDto,
  FacilitatorCandidateDto,
  MilestoneDto,
  NomineeDto,
  ProgrammeVersionSummaryDto,
  SaveCohortInput,
  ScheduleSessionInput,
} from '../proxy/models';
import { ListQuery, PagedResult } from './models';

export type {
  CalendarEntryDto as CalendarEntry,
  CohortActionInput,
  CohortDto as Cohort,
  CohortStatus,
  CohortSummaryDto as CohortSummary,
  DeadlineDto as Deadline,
  EnrolmentDto as Enrolment,
  EnrolmentStatus,
  FacilitatorCandidateDto as FacilitatorCandidate,
  MilestoneDto as Milestone,
  ModuleScheduleDto as ModuleSchedule,
  MyEnrolmentDto as MyEnrolment,
  NomineeDto as Nominee,
  ProgrammeVersionSummaryDto as ProgrammeVersionSummary,
  SaveCohortInput,
  ScheduleSessionInput,
  SessionDto as Session,
} from '../proxy/models';

export const COHORT_STATUSES: CohortStatus[] = [
  'Planned',
  'EnrolmentOpen',
  'EnrolmentClosed',
  'Running',
  'Completed',
  'Cancelled',
];

/** The list's filters besides the free text. */
export interface CohortFilter {
  status?: CohortStatus;
  regionId?: string;
}

/** The state changes a cohort offers in `allowedActions`. */
export type CohortAction = 'openEnrolment' | 'closeEnrolment' | 'start' | 'complete' | 'cancel';

const ACTION_CALLS = {
  openEnrolment: openCohortEnrolment,
  closeEnrolment: closeCohortEnrolment,
  start: startCohort,
  complete: completeCohort,
  cancel: cancelCohort,
} as const;

/** Cohorts, their schedule and milestones, enrolment and nomination. */
@Injectable({ providedIn: 'root' })
export class CohortApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  list(query: ListQuery & CohortFilter): Promise<PagedResult<CohortSummaryDto>> {
    return this.api.invoke(getCohorts, query);
  }

  get(id: string): Promise<CohortDto> {
    return this.api.invoke(getCohort, { id });
  }

  create(body: SaveCohortInput): Promise<CohortDto> {
    return this.api.invoke(createCohort, { body });
  }

  update(id: string, body: SaveCohortInput): Promise<CohortDto> {
    return this.api.invoke(updateCohort, { id, body });
  }

  changeStatus(id: string, action: CohortAction, body: CohortActionInput): Promise<CohortDto> {
    return this.api.invoke(ACTION_CALLS[action], { id, body });
  }

  scheduleSession(id: string, sessionId: string, body: ScheduleSessionInput): Promise<CohortDto> {
    return this.api.invoke(scheduleCohortSession, { id, sessionId, body });
  }

  setModuleUnlock(
    id: string,
    moduleId: string,
    date: string | null,
    concurrencyStamp: string,
  ): Promise<CohortDto> {
    return this.api.invoke(setCohortModuleUnlock, {
      id,
      moduleId,
      body: { date, concurrencyStamp },
    });
  }

  setDeadline(
    id: string,
    assignmentId: string,
    date: string | null,
    concurrencyStamp: string,
  ): Promise<CohortDto> {
    return this.api.invoke(setCohortDeadline, {
      id,
      assignmentId,
      body: { date, concurrencyStamp },
    });
  }

  /** Entries between two days (yyyy-MM-dd), both included. */
  calendar(from: string, to: string): Promise<CalendarEntryDto[]> {
    return this.api.invoke(getCohortCalendar, { from, to });
  }

  facilitatorCandidates(): Promise<FacilitatorCandidateDto[]> {
    return this.api.invoke(getFacilitatorCandidates);
  }

  /** Only published versions can carry a cohort. */
  async publishedVersions(): Promise<ProgrammeVersionSummaryDto[]> {
    const versions = await this.api.invoke(getProgrammeVersions);
    return versions.filter((v) => v.status === 'Published');
  }

  milestones(id: string): Promise<MilestoneDto[]> {
    return this.api.invoke(getCohortMilestones, { id });
  }

  runMilestone(id: string, key: string): Promise<MilestoneDto> {
    return this.api.invoke(runCohortMilestone, { id, body: { key } });
  }

  enrolments(id: string): Promise<EnrolmentDto[]> {
    return this.api.invoke(getCohortEnrolments, { id });
  }

  apply(id: string): Promise<EnrolmentDto> {
    return this.api.invoke(applyToCohort, { id });
  }

  nominees(id: string, filter: string): Promise<PagedResult<NomineeDto>> {
    return this.api.invoke(getCohortNominees, {
      id,
      filter: filter.trim() || undefined,
      maxResultCount: 20,
    });
  }

  nominate(id: string, personId: string): Promise<EnrolmentDto> {
    return this.api.invoke(nominateToCohort, { id, body: { personId } });
  }

  approve(enrolmentId: string): Promise<EnrolmentDto> {
    return this.api.invoke(approveEnrolment, { id: enrolmentId });
  }

  reject(enrolmentId: string, reason: string | null): Promise<EnrolmentDto> {
    return this.api.invoke(rejectEnrolment, { id: enrolmentId, body: { reason } });
  }

  withdraw(enrolmentId: string, reason: string | null): Promise<EnrolmentDto> {
    return this.api.invoke(withdrawEnrolment, { id: enrolmentId, body: { reason } });
  }

  /** A gathering as an iCalendar file, fetched with the user's token so it can be saved. */
  sessionIcs(cohortId: string, sessionId: string): Observable<HttpEvent<Blob>> {
    const path = `/api/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(sessionId)}.ics`;
    return downloadBlob(this.http, path);
  }
}
