import { afterNextRender, ElementRef, inject, Injector, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { ErrorMessages } from '../core/error-messages';
import { isStaleRecord, toProblemDetails } from '../core/problem-details';

/** A 409 because the record changed since it was loaded, as opposed to a broken business rule. */
export function isConcurrencyConflict(error: unknown): boolean {
  return isStaleRecord(toProblemDetails(error));
}

/**
 * Sending one form: the busy flag, and the server's answer when it says no. The one meaning of
 * each answer, for every page and dialog:
 * - 400: field errors on the form's controls, and the errors no control takes in the message;
 * - 404: the record no longer exists;
 * - 409 for a stale record: the message, and `conflict` so the page offers "Reload";
 * - any other 409 (a duplicate, a state that does not allow it): only the message — reloading
 *   would not help.
 * Create it in a component field (it injects its services).
 */
export class FormSubmission {
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);
  /** The record changed meanwhile: the page should offer to reload it. */
  readonly conflict = signal(false);

  private readonly errors = inject(ErrorMessages);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** `formSelector` finds the sent form in the page, when the page holds several. */
  constructor(private readonly formSelector?: string) {}

  /** Runs `call`; on failure shows why and returns null. Ignores a second click while busy. */
  async run<T>(form: FormGroup, call: () => Promise<T>): Promise<T | null> {
    if (this.saving()) return null;
    this.saving.set(true);
    this.clear();
    try {
      return await call();
    } catch (error) {
      this.fail(error, form);
      this.focusFirstInvalid();
      return null;
    } finally {
      this.saving.set(false);
    }
  }

  fail(error: unknown, form?: FormGroup): void {
    this.conflict.set(isConcurrencyConflict(error));
    this.error.set(this.errors.describe(error, form));
  }

  clear(): void {
    this.error.set(null);
    this.conflict.set(false);
  }

  /** Takes the user to the first field that needs correcting, once it shows as invalid. */
  focusFirstInvalid(): void {
    afterNextRender(
      () => {
        const root = this.formSelector
          ? this.host.nativeElement.querySelector(this.formSelector)
          : this.host.nativeElement;
        root
          ?.querySelector<HTMLElement>(
            'input.ng-invalid, mat-select.ng-invalid, textarea.ng-invalid',
          )
          ?.focus();
      },
      { injector: this.injector },
    );
  }
}
