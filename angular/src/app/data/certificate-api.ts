import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { downloadBlob } from './download';
import { getCertificatePdf, getMyCertificates, verifyCertificate } from '../proxy/functions';
import type { CertificateDto, CertificateVerificationDto } from '../proxy/models';

export type {
  CertificateDto as Certificate,
  CertificateVerificationDto as CertificateVerification,
} from '../proxy/models';

/** The languages a certificate prints in. */
export const CERTIFICATE_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

@Injectable({ providedIn: 'root' })
export class CertificateApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  mine(): Promise<CertificateDto[]> {
    return this.api.invoke(getMyCertificates);
  }

  /** Public: anyone may check a code. */
  verify(code: string): Promise<CertificateVerificationDto> {
    return this.api.invoke(verifyCertificate, { code });
  }

  /** The PDF as a blob with its progress; the generated function cannot ask for a blob. */
  pdf(id: string, culture: CertificateLanguage): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, getCertificatePdf.PATH.replace('{id}', encodeURIComponent(id)), {
      culture,
    });
  }
}

/**
 * A code as people type it — any case, spaces or dashes anywhere — in the form it is printed
 * (XXXX-XXXX-XXXX); the input trimmed as it is when it cannot be one, so the server says so.
 */
export function normalizeCode(input: string): string {
  const bare = input.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{12}$/.test(bare)
    ? `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8)}`
    : input.trim();
}
