import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import { exportSupervisionReport, getSupervisionReport } from '../proxy/functions';
import type { SupervisionReportDto } from '../proxy/models';

export type {
  SupervisionCountsDto as SupervisionCounts,
  SupervisionGroupRowDto as SupervisionGroupRow,
  SupervisionOfficeRowDto as SupervisionOfficeRow,
  SupervisionRegionRowDto as SupervisionRegionRow,
  SupervisionReportDto as SupervisionReport,
} from '../proxy/models';

export type SupervisionReportFormat = 'Xlsx' | 'Csv';

/** Days are ISO dates (yyyy-mm-dd) in Oslo, both included. */
export interface SupervisionReportFilters {
  from?: string;
  to?: string;
  regionId?: string;
  officeId?: string;
}

/** The count-only supervision report of the viewer's scope, and its export. */
@Injectable({ providedIn: 'root' })
export class SupervisionReportApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  report(filters: SupervisionReportFilters): Promise<SupervisionReportDto> {
    return this.api.invoke(getSupervisionReport, filters);
  }

  export(
    filters: SupervisionReportFilters,
    format: SupervisionReportFormat,
  ): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, exportSupervisionReport.PATH, { ...filters, format });
  }
}
