import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  commitHrImport,
  getHrImport,
  getJobs,
  previewHrImport,
  runJobNow,
} from '../proxy/functions';
import { HrImportResult, HrImportStatus, JobInfo } from './models';

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly api = inject(Api);

  jobs(): Promise<JobInfo[]> {
    return this.api.invoke(getJobs);
  }

  /** Runs a job with a schedule of its own at once; it runs in the background, so its outcome comes later. */
  runJobNow(group: string, name: string): Promise<void> {
    return this.api.invoke(runJobNow, { group, name });
  }

  /** Multipart upload; the form field is `file`. */
  previewHrImport(file: File): Promise<HrImportResult> {
    return this.api.invoke(previewHrImport, { body: { file } });
  }

  /** Checks the file and, when it has no errors, queues it for the import job. */
  commitHrImport(file: File): Promise<HrImportStatus> {
    return this.api.invoke(commitHrImport, { body: { file } });
  }

  hrImport(id: string): Promise<HrImportStatus> {
    return this.api.invoke(getHrImport, { id });
  }
}
