import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api-url';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import {
  approveEvidence,
  assessPersonCompetence,
  exportGaps,
  getCompetenceAreas,
  getEvidenceDocument,
  getGapHeatmap,
  getGapPeople,
  getGapSummary,
  getMyCompetenceProfile,
  getPendingEvidence,
  getPersonCompetenceProfile,
  getProficiencyScales,
  rejectEvidence,
  uploadMyEvidence,
  withdrawMyEvidence,
} from '../proxy/functions';
import type {
  AssessmentInput,
  CompetenceAreaDto,
  CompetenceProfileDto,
  CompetenceStatus,
  EvidenceDto,
  GapPersonDto,
  GapSummaryDto,
  HeatmapDto,
  PendingEvidenceDto,
  ProficiencyScaleDto,
} from '../proxy/models';
import { ListQuery, PagedResult } from './models';

export type {
  AssessmentInput,
  CompetenceAreaDto as CompetenceArea,
  CompetenceProfileDto as CompetenceProfile,
  CompetenceStatus,
  EvidenceDto as Evidence,
  EvidenceSource,
  EvidenceState,
  GapPersonDto as GapPerson,
  GapRowDto as GapRow,
  GapSummaryDto as GapSummary,
  HeatmapCellDto as HeatmapCell,
  HeatmapDto as Heatmap,
  HeatmapRowDto as HeatmapRow,
  PendingEvidenceDto as PendingEvidence,
  ProficiencyScaleDto as ProficiencyScale,
  RequirementStatusDto as RequirementStatus,
  StatusCountsDto as StatusCounts,
} from '../proxy/models';

/** The filters every gap report takes. */
export interface GapFilters {
  regionId?: string;
  officeId?: string;
  jobRoleId?: string;
  competenceAreaId?: string;
  includeRecommended?: boolean;
}

export type GapPeopleQuery = ListQuery & GapFilters & { status?: CompetenceStatus };

export type ExportFormat = 'Xlsx' | 'Csv';

/** What the upload form sends: dates as yyyy-MM-dd, empty optional fields left out. */
export interface EvidenceUpload {
  competenceAreaId: string;
  level: number | null;
  title: string;
  achievedOn: string;
  validUntil: string;
  file: File | null;
}

/**
 * The multipart body of an evidence upload. Empty fields are left out rather than sent as '',
 * so that the server reports them as missing on the field instead of failing to bind the form.
 */
export function evidenceFormData(upload: EvidenceUpload): FormData {
  const data = new FormData();
  const fields: [string, string | number | null][] = [
    ['competenceAreaId', upload.competenceAreaId],
    ['level', upload.level],
    ['title', upload.title.trim()],
    ['achievedOn', upload.achievedOn],
    ['validUntil', upload.validUntil],
  ];
  for (const [name, value] of fields) {
    if (value !== null && value !== '') data.append(name, String(value));
  }
  if (upload.file) data.append('file', upload.file, upload.file.name);
  return data;
}

/** Catalogue look-ups, profiles, evidence and the gap reports of the competence module. */
@Injectable({ providedIn: 'root' })
export class CompetenceApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  myProfile(): Promise<CompetenceProfileDto> {
    return this.api.invoke(getMyCompetenceProfile);
  }

  personProfile(personId: string): Promise<CompetenceProfileDto> {
    return this.api.invoke(getPersonCompetenceProfile, { personId });
  }

  /** Every competence area; the API caps a page at 1000, far more than the catalogue holds. */
  async areas(): Promise<CompetenceAreaDto[]> {
    return (await this.api.invoke(getCompetenceAreas, { maxResultCount: 1000 })).items;
  }

  async scales(): Promise<ProficiencyScaleDto[]> {
    return (await this.api.invoke(getProficiencyScales, { maxResultCount: 1000 })).items;
  }

  /**
   * Multipart upload of the signed-in person's own evidence. Sent through HttpClient rather than
   * the generated function so that the upload reports its progress.
   */
  uploadEvidence(upload: EvidenceUpload): Observable<HttpEvent<EvidenceDto>> {
    return this.http.post<EvidenceDto>(apiUrl(uploadMyEvidence.PATH), evidenceFormData(upload), {
      reportProgress: true,
      observe: 'events',
    });
  }

  withdrawEvidence(id: string): Promise<void> {
    return this.api.invoke(withdrawMyEvidence, { id });
  }

  /** The uploaded file behind a piece of evidence, for its owner or an approver. */
  evidenceDocument(id: string): Observable<HttpEvent<Blob>> {
    return downloadBlob(
      this.http,
      getEvidenceDocument.PATH.replace('{id}', encodeURIComponent(id)),
    );
  }

  pendingEvidence(query: ListQuery): Promise<PagedResult<PendingEvidenceDto>> {
    return this.api.invoke(getPendingEvidence, query);
  }

  approve(id: string): Promise<EvidenceDto> {
    return this.api.invoke(approveEvidence, { id });
  }

  reject(id: string, reason: string): Promise<EvidenceDto> {
    return this.api.invoke(rejectEvidence, { id, body: { reason } });
  }

  assess(personId: string, body: AssessmentInput): Promise<EvidenceDto> {
    return this.api.invoke(assessPersonCompetence, { personId, body });
  }

  gapSummary(filters: GapFilters): Promise<GapSummaryDto> {
    return this.api.invoke(getGapSummary, filters);
  }

  heatmap(filters: GapFilters): Promise<HeatmapDto> {
    return this.api.invoke(getGapHeatmap, filters);
  }

  gapPeople(query: GapPeopleQuery): Promise<PagedResult<GapPersonDto>> {
    return this.api.invoke(getGapPeople, query);
  }

  exportGaps(query: GapPeopleQuery, format: ExportFormat): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, exportGaps.PATH, { ...query, format });
  }
}
