import { inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { ErrorMessages } from '../../core/error-messages';

export const COHORTS_PATH = '/cohorts';

/**
 * The message for a failed call that has no form. Without a form the shared describer would
 * count a field error (e.g. `personId` on "already enrolled") as one to fix in the form; with an
 * empty one every field message is shown as text.
 */
export function describeWithoutForm(errors: ErrorMessages, error: unknown): string {
  return errors.describe(error, new FormGroup({}));
}

/** Injects the error describer for `describeWithoutForm`. */
export function injectErrorText(): (error: unknown) => string {
  const errors = inject(ErrorMessages);
  return (error) => describeWithoutForm(errors, error);
}
