import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api-url';

/**
 * A file from the API as a blob with its progress, fetched with the user's token so that it can be
 * saved (the generated functions cannot ask for a blob). Unset query values are left out.
 */
export function downloadBlob(
  http: HttpClient,
  path: string,
  query: object = {},
): Observable<HttpEvent<Blob>> {
  return http.get(apiUrl(path), {
    params: queryParams(query),
    responseType: 'blob',
    reportProgress: true,
    observe: 'events',
  });
}

/** Query parameters without the unset ones. */
function queryParams(values: object): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') result = result.set(key, value);
  }
  return result;
}
