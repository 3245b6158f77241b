import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
import { firstValueFrom } from 'rxjs';
import { apiUrl } from '../core/api-url';
import { Api } from '../proxy/api';
import {
  commitScormAttempt,
  getCourseScormPackages,
  getMyScormAttempts,
  getScormPackage,
  launchScormPackage,
  uploadScormPackage,
} from '../proxy/functions';
import type {
  ScormAttemptDto,
  ScormCommitResultDto,
  ScormLaunchDto,
  ScormPackageDto,
} from '../proxy/models';

export type {
  ScormAttemptDto as ScormAttempt,
  ScormCommitResultDto as ScormCommitResult,
  ScormLaunchDto as ScormLaunch,
  ScormPackageDto as ScormPackage,
  ScormScoDto as ScormSco,
} from '../proxy/models';

/** Keep-alive requests may carry at most 64 KiB; a larger commit goes as an ordinary request. */
const KEEPALIVE_LIMIT = 60_000;

@Injectable({ providedIn: 'root' })
export class ScormApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly oauth = inject(OAuthService);
  /** The last commit on its way: a new launch waits for it, so the server never sees it after the next session began. */
  private pending: Promise<unknown> = Promise.resolve();

  package(packageId: string): Promise<ScormPackageDto> {
    return this.api.invoke(getScormPackage, { packageId });
  }

  packages(courseId: string): Promise<ScormPackageDto[]> {
    return this.api.invoke(getCourseScormPackages, { courseId });
  }

  attempts(packageId: string): Promise<ScormAttemptDto[]> {
    return this.api.invoke(getMyScormAttempts, { packageId });
  }

  async launch(packageId: string, sco: string | null): Promise<ScormLaunchDto> {
    await this.pending.catch(() => undefined);
    return this.api.invoke(launchScormPackage, { packageId, ...(sco ? { sco } : {}) });
  }

  /** Multipart upload of a zip; sent through HttpClient because the generated function cannot send a browser File. */
  upload(courseId: string, file: File): Promise<ScormPackageDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    const path = uploadScormPackage.PATH.replace('{courseId}', encodeURIComponent(courseId));
    return firstValueFrom(this.http.post<ScormPackageDto>(apiUrl(path), form));
  }

  /**
   * Sends what the SCO wrote. Uses fetch with keepalive (which carries the Authorization header, unlike a beacon)
   * so that a commit started as the tab closes still arrives.
   */
  commit(
    attemptId: string,
    session: number,
    cmi: Record<string, string>,
  ): Promise<ScormCommitResultDto | null> {
    const body = JSON.stringify({ session, cmi });
    const token = this.oauth.getAccessToken();
    const url = apiUrl(
      commitScormAttempt.PATH.replace('{attemptId}', encodeURIComponent(attemptId)),
    );
    const request = fetch(url, {
      method: 'POST',
      keepalive: body.length < KEEPALIVE_LIMIT,
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'Accept-Language': document.documentElement.lang || 'nb',
      },
      body,
    }).then(async (response) => {
      if (!response.ok) throw await response.json().catch(() => ({ status: response.status }));
      return (await response.json()) as ScormCommitResultDto;
    });
    this.pending = request.catch(() => undefined);
    return request;
  }
}
