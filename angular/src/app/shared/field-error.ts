import { Directive, DoCheck, inject, input, TemplateRef, ViewContainerRef } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { MatFormField } from '@angular/material/form-field';

/**
 * Shows the server's error for one control (the `server` error FormSubmission puts there), and
 * nothing while there is none:
 * `<mat-error *appFieldError="let message">{{ message }}</mat-error>` in a `mat-form-field` finds
 * the field's own control; `*appFieldError="control; let message"` names another one.
 */
@Directive({ selector: '[appFieldError]' })
export class FieldError implements DoCheck {
  /** The control whose error is shown; by default the control of the surrounding form field. */
  readonly control = input<AbstractControl | null | undefined | ''>(undefined, {
    alias: 'appFieldError',
  });

  private readonly template = inject<TemplateRef<FieldErrorContext>>(TemplateRef);
  private readonly container = inject(ViewContainerRef);
  private readonly formField = inject(MatFormField, { optional: true });
  private readonly context: FieldErrorContext = { $implicit: '' };
  private shown = false;

  static ngTemplateContextGuard(
    _directive: FieldError,
    _context: unknown,
  ): _context is FieldErrorContext {
    return true;
  }

  // Control errors are not signals: they are read on every check, as a template expression would be.
  ngDoCheck(): void {
    const message = this.message();
    this.context.$implicit = message ?? '';
    if (message && !this.shown) {
      this.container.createEmbeddedView(this.template, this.context);
    } else if (!message && this.shown) {
      this.container.clear();
    }
    this.shown = !!message;
  }

  private message(): string | null {
    const control = this.control() || this.formField?._control?.ngControl?.control;
    const error: unknown = control?.getError('server');
    return typeof error === 'string' && error ? error : null;
  }
}

export interface FieldErrorContext {
  /** The server's message for the control. */
  $implicit: string;
}
