import { HttpErrorResponse, HttpHeaders, HttpResponse } from '@angular/common/http';
import { saveResponse } from '../../shared/file-transfer';

/**
 * Saves a downloaded file, but only when it is what was asked for: a path the server does not
 * know may be answered with the app's own HTML page, which must not be saved as a PDF. With
 * `fixedName` the file gets that name whatever the server suggests.
 */
export function saveFile(
  response: HttpResponse<Blob>,
  expectedType: string,
  name: string,
  fixedName = false,
): string {
  const type = response.headers.get('Content-Type') ?? response.body?.type ?? '';
  if (!type.toLowerCase().startsWith(expectedType)) {
    throw new HttpErrorResponse({ status: 404, url: response.url ?? undefined });
  }
  return saveResponse(fixedName ? response.clone({ headers: new HttpHeaders() }) : response, name);
}
