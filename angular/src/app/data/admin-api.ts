import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import { commitHrImport, getJobs, previewHrImport } from '../proxy/functions';
import { HrImportResult, JobInfo } from './models';

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly api = inject(Api);

  jobs(): Promise<JobInfo[]> {
    return this.api.invoke(getJobs);
  }

  /** Multipart upload; the form field is `file`. */
  previewHrImport(file: File): Promise<HrImportResult> {
    return this.api.invoke(previewHrImport, { body: { file } });
  }

  commitHrImport(file: File): Promise<HrImportResult> {
    return this.api.invoke(commitHrImport, { body: { file } });
  }
}
