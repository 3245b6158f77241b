/**
 * An unchosen select or empty date holds '' in the form; the API expects null there (an empty
 * string is not a valid id or date, and the whole body would be rejected instead of the field).
 */
export function orNull(value: string | null | undefined): string | null {
  return value ? value : null;
}
