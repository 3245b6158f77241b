/**
 * An unchosen select or empty date holds '' in the form; the API expects null there (an empty
 * string is not a valid id or date, and the whole body would be rejected instead of the field).
 */
export function orNull(value: string | null | undefined): string | null {
  return value ? value : null;
}

/**
 * A number field's value for the API: empty is null (e.g. for a renewal period that means "never renewed").
 * The value is passed on as typed, so the server judges decimals and ranges and names the field.
 */
export function numberOrNull(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isNaN(parsed) ? null : parsed;
}
