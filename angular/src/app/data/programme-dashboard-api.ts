import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import { exportProgrammeDashboard, getProgrammeDashboard } from '../proxy/functions';
import type { Employer, ProgrammeDashboardDto } from '../proxy/models';

export type {
  CourseReportRowDto as CourseReportRow,
  EvaluationSummaryRowDto as EvaluationSummaryRow,
  PartnershipRowDto as PartnershipRow,
  ProgrammeCountsDto as ProgrammeCounts,
  ProgrammeDashboardDto as ProgrammeDashboard,
  ProgrammeRowDto as ProgrammeRow,
} from '../proxy/models';
export type { Employer } from '../proxy/models';

export type ProgrammeDashboardFormat = 'Xlsx' | 'Csv';

/** Days are ISO dates (yyyy-mm-dd) in Oslo, both included. */
export interface ProgrammeDashboardFilters {
  programmeId?: string;
  cohortId?: string;
  regionId?: string;
  employer?: Employer;
  from?: string;
  to?: string;
}

/** The programme dashboard of the viewer's scope, and its export. */
@Injectable({ providedIn: 'root' })
export class ProgrammeDashboardApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  dashboard(filters: ProgrammeDashboardFilters): Promise<ProgrammeDashboardDto> {
    return this.api.invoke(getProgrammeDashboard, filters);
  }

  export(
    filters: ProgrammeDashboardFilters,
    format: ProgrammeDashboardFormat,
  ): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, exportProgrammeDashboard.PATH, { ...filters, format });
  }
}
