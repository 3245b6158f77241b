import { HttpErrorResponse, HttpEvent, HttpEventType, HttpResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { Observable } from 'rxjs';

/**
 * One upload or download with its progress, for a progress bar: `progress` is 0–1 once the size is
 * known, null while it is not (the bar is then indeterminate).
 */
export class Transfer {
  readonly active = signal(false);
  readonly progress = signal<number | null>(null);

  run<T>(events: Observable<HttpEvent<T>>): Promise<HttpResponse<T>> {
    this.active.set(true);
    this.progress.set(null);
    return new Promise<HttpResponse<T>>((resolve, reject) => {
      events.subscribe({
        next: (event) => {
          if (
            event.type === HttpEventType.UploadProgress ||
            event.type === HttpEventType.DownloadProgress
          ) {
            this.progress.set(event.total ? Math.min(1, event.loaded / event.total) : null);
          } else if (event instanceof HttpResponse) {
            this.progress.set(1);
            resolve(event);
          }
        },
        error: async (error: unknown) => {
          this.active.set(false);
          reject(await readBlobError(error));
        },
        complete: () => this.active.set(false),
      });
    });
  }
}

/**
 * A failed blob request carries its ProblemDetails as a Blob; as text it can be read like any other
 * error response.
 */
export async function readBlobError(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  try {
    const text = await error.error.text();
    return new HttpErrorResponse({
      error: text,
      headers: error.headers,
      status: error.status,
      statusText: error.statusText,
      url: error.url ?? undefined,
    });
  } catch {
    return error;
  }
}

/** The file name a response's Content-Disposition gives, preferring the RFC 5987 UTF-8 form. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Malformed escapes: fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = (plain?.[2] ?? plain?.[1] ?? '').trim();
  return name || fallback;
}

/** Hands a downloaded file to the browser as a download with the server's file name. */
export function saveResponse(response: HttpResponse<Blob>, fallbackName: string): string {
  const name = fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
  const blob = response.body ?? new Blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
