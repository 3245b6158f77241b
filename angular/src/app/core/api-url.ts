/**
 * The API, the login pages and this app are served from one origin, so every API URL is absolute
 * on that origin: the OAuth interceptor only attaches tokens to URLs it can match by prefix.
 */
export function appOrigin(): string {
  return window.location.origin;
}

export function apiUrl(path: string): string {
  return appOrigin() + path;
}
