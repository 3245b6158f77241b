import { HttpClient, HttpEvent, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import {
  erasePerson,
  getErasures,
  getMyPersonalData,
  getMyPersonalDataPdf,
  getPersonalDataPeople,
  getPersonPersonalData,
  getPersonPersonalDataPdf,
  getProcessingOverview,
  planPersonErasure,
} from '../proxy/functions';
import type {
  ErasurePlanDto,
  ErasureRecordDto,
  PagedResultOfPersonalDataPersonDto,
  PersonalDataExportDto,
  ProcessingOverviewDto,
} from '../proxy/models';

export type {
  ErasurePlanDto as ErasurePlan,
  ErasureRecordDto as ErasureRecord,
  ErasureStepDto as ErasureStep,
  PersonalDataExportDto as PersonalDataExport,
  PersonalDataPersonDto as PersonalDataPerson,
  PersonalDataSectionDto as PersonalDataSection,
  ProcessingKindDto as ProcessingKind,
  ProcessingOverviewDto as ProcessingOverview,
} from '../proxy/models';

/** A person's data: one's own, an admin's export, erasure and the processing overview. */
@Injectable({ providedIn: 'root' })
export class PersonalDataApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  mine(): Promise<PersonalDataExportDto> {
    return this.api.invoke(getMyPersonalData);
  }

  minePdf(culture: string): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, getMyPersonalDataPdf.PATH, { culture });
  }

  people(filter: string): Promise<PagedResultOfPersonalDataPersonDto> {
    return this.api.invoke(getPersonalDataPeople, { filter, maxResultCount: 20 });
  }

  person(id: string): Promise<PersonalDataExportDto> {
    return this.api.invoke(getPersonPersonalData, { id });
  }

  personPdf(id: string, culture: string): Observable<HttpEvent<Blob>> {
    return downloadBlob(
      this.http,
      getPersonPersonalDataPdf.PATH.replace('{id}', encodeURIComponent(id)),
      {
        culture,
      },
    );
  }

  plan(id: string): Promise<ErasurePlanDto> {
    return this.api.invoke(planPersonErasure, { id });
  }

  erase(id: string, confirmation: string): Promise<ErasureRecordDto> {
    return this.api.invoke(erasePerson, { id, body: { confirmation } });
  }

  erasures(): Promise<ErasureRecordDto[]> {
    return this.api.invoke(getErasures);
  }

  processing(): Promise<ProcessingOverviewDto> {
    return this.api.invoke(getProcessingOverview);
  }
}

/** The text keys of a module, a kind of data and its purpose (`Page:PersonalData.…`). */
export const personalDataKeys = {
  module: (module: string) => `Page:PersonalData.Module.${module}`,
  kind: (kind: string) => `Page:PersonalData.Kind.${kind}`,
  purpose: (kind: string) => `Page:PersonalData.Purpose.${kind}`,
};

/** An export as the JSON file it is: the same document the API gave, to save. */
export function exportFile(data: PersonalDataExportDto): HttpResponse<Blob> {
  return new HttpResponse({
    body: new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  });
}
