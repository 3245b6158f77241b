import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import {
  exportAuditEntries,
  getAuditChainStatus,
  getAuditEntries,
  getAuditEntry,
} from '../proxy/functions';
import type {
  AuditChainStatusDto,
  AuditEntryDetailsDto,
  AuditKind,
  PagedResultOfAuditEntryDto,
} from '../proxy/models';

export type {
  AuditChainStatusDto as AuditChainStatus,
  AuditEntryDetailsDto as AuditEntryDetails,
  AuditEntryDto as AuditEntry,
  AuditKind,
} from '../proxy/models';

export const AUDIT_KINDS: readonly AuditKind[] = [
  'Change',
  'GrantChange',
  'SignIn',
  'SignInFailed',
  'PersonalDataRead',
  'Erasure',
];

/** The viewer's filters: people by name, e-mail or employee number; days in Oslo time. */
export interface AuditFilters {
  person?: string;
  actor?: string;
  kind?: AuditKind;
  action?: string;
  from?: string;
  to?: string;
}

/** The audit log, read-only: entries, one entry's values, the chain's last verification and the export. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  entries(
    filters: AuditFilters,
    skipCount: number,
    maxResultCount: number,
  ): Promise<PagedResultOfAuditEntryDto> {
    return this.api.invoke(getAuditEntries, { ...filters, skipCount, maxResultCount });
  }

  entry(sequence: number): Promise<AuditEntryDetailsDto> {
    return this.api.invoke(getAuditEntry, { sequence });
  }

  chain(): Promise<AuditChainStatusDto> {
    return this.api.invoke(getAuditChainStatus);
  }

  export(filters: AuditFilters): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, exportAuditEntries.PATH, filters);
  }
}
