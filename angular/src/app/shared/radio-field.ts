import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A labelled group of radio buttons, one per option, with the server's error under it. Ids are
 * `<fieldId>-label` and `<fieldId>-error`, so they must be unique in the page.
 */
@Component({
  selector: 'app-radio-field',
  imports: [ReactiveFormsModule, MatRadioModule, TranslatePipe],
  template: `
    <span [id]="fieldId() + '-label'" class="radio-label">{{ label() | translate }}</span>
    <mat-radio-group
      [formControl]="control()"
      [class.inline]="inline()"
      [attr.aria-labelledby]="fieldId() + '-label'"
      [attr.aria-describedby]="error() ? fieldId() + '-error' : null"
    >
      @for (option of options(); track option) {
        <mat-radio-button [value]="option">{{ labelOf(option) | translate }}</mat-radio-button>
      }
    </mat-radio-group>
    @if (error(); as message) {
      <p [id]="fieldId() + '-error'" class="field-error">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    .radio-label {
      display: block;
      margin-bottom: 4px;
      color: var(--ax-text-neutral-subtle);
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
    }
    mat-radio-group.inline {
      flex-direction: row;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .field-error {
      color: var(--ax-text-danger);
      font-size: 0.875rem;
      margin: 4px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadioField<T extends string | boolean> {
  readonly control = input.required<FormControl<T>>();
  readonly options = input.required<readonly T[]>();
  /** Translation keys: the field's label, and one per option. */
  readonly label = input.required<string>();
  readonly labels = input.required<Readonly<Record<string, string>>>();
  readonly fieldId = input.required<string>();
  /** The server's message for this choice; the page decides which errors belong to it. */
  readonly error = input<string | null>(null);
  /** Options side by side instead of one under the other. */
  readonly inline = input(false);

  protected labelOf(option: T): string {
    return this.labels()[String(option)];
  }
}
