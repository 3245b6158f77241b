import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';

/** RFC 7807 body the API returns for every handled error. */
export interface ProblemDetails {
  status?: number;
  title?: string;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
}

export function toProblemDetails(error: unknown): ProblemDetails {
  if (error instanceof HttpErrorResponse) {
    const body = typeof error.error === 'string' ? parseJson(error.error) : error.error;
    const problem: ProblemDetails = isObject(body) ? (body as ProblemDetails) : {};
    return { ...problem, status: problem.status ?? error.status };
  }
  return {};
}

/**
 * Puts each server field error on the form control it names, as the `server` error, so the
 * message shows next to the field. Returns the messages no control could take.
 * Field names are camelCase paths such as `name` or `jobRoles[0].startDate`.
 */
export function applyServerErrors(form: AbstractControl, problem: ProblemDetails): string[] {
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    const message = messages.filter(Boolean).join(' ');
    const control = findControl(form, field);
    if (control && control !== form) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else if (message) {
      unmatched.push(message);
    }
  }
  return unmatched;
}

/**
 * A 409 because the record changed since it was loaded (reloading helps), as opposed to a broken
 * business rule such as a duplicate name (it does not).
 */
export function isStaleRecord(problem: ProblemDetails): boolean {
  return problem.status === 409 && (!problem.detail || /concurren/i.test(problem.code ?? ''));
}

/** The text to show for an error that does not belong to one field. */
export function problemMessage(problem: ProblemDetails): string | null {
  return problem.detail || problem.title || null;
}

function findControl(form: AbstractControl, field: string): AbstractControl | null {
  const path = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '' && part !== '$');
  let control: AbstractControl | null = form;
  for (const part of path) {
    control = control ? childControl(control, part) : null;
  }
  return control;
}

/** Matches a path segment to a child control, ignoring case (servers may send `Name` or `name`). */
function childControl(parent: AbstractControl, segment: string): AbstractControl | null {
  const exact = parent.get([/^\d+$/.test(segment) ? Number(segment) : segment]);
  if (exact) return exact;
  const children = (parent as { controls?: Record<string, AbstractControl> }).controls;
  if (!children || Array.isArray(children)) return null;
  const key = Object.keys(children).find((k) => k.toLowerCase() === segment.toLowerCase());
  return key ? children[key] : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
