import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError } from './field-error';

// The fields bind `formControlName` to the page's form (or row group) around them, so a page
// writes `<app-text-field control="name" …/>` inside its own <form> as it would an <input>.
// The input also carries `formcontrolname` as an attribute, as it would written in the page.
const PAGE_FORM = {
  provide: ControlContainer,
  useFactory: () => inject(ControlContainer, { skipSelf: true }),
};

const FIELD_STYLES = `
  :host {
    display: contents;
  }
  .dynamic {
    margin-bottom: 12px;
  }
`;

/** A labelled text, e-mail, date or number field with its hint and the server's error. */
@Component({
  selector: 'app-text-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldError],
  viewProviders: [PAGE_FORM],
  template: `
    <mat-form-field [subscriptSizing]="dynamic() ? 'dynamic' : 'fixed'" [class.dynamic]="dynamic()">
      <mat-label>{{ label() | translate }}</mat-label>
      @if (type() === 'number') {
        <!-- A static type="number" is what gives the form a number rather than the text. -->
        <input
          matInput
          type="number"
          [formControlName]="control()"
          [attr.formcontrolname]="control()"
          [attr.min]="min()"
          [attr.max]="max()"
          [attr.step]="step()"
        />
      } @else {
        <input
          matInput
          [type]="type()"
          [formControlName]="control()"
          [attr.formcontrolname]="control()"
          autocomplete="off"
          [attr.inputmode]="inputMode()"
          [attr.maxlength]="maxLength()"
          [attr.lang]="lang()"
        />
      }
      @if (hint(); as hint) {
        <mat-hint>{{ hint | translate }}</mat-hint>
      }
      <mat-error *appFieldError="let message">{{ message }}</mat-error>
    </mat-form-field>
  `,
  styles: FIELD_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextField {
  /** Name of the control in the surrounding form group. */
  readonly control = input.required<string>();
  /** Translation keys. */
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly type = input<'text' | 'email' | 'date' | 'number'>('text');
  /** The hint takes room only when there is one (for long hints beside short fields). */
  readonly dynamic = input(false);
  readonly inputMode = input<string>();
  readonly maxLength = input<number>();
  readonly min = input<number>();
  readonly max = input<number>();
  readonly step = input<number>();
  /** Language of a date field's picker: the page's language rather than the browser's. */
  readonly lang = input<string>();
}

/** One choice of a select; `name` is a translation key when the field says so. */
export interface SelectOption {
  id: string;
  name: string;
}

/** A labelled select with its hint and the server's error. */
@Component({
  selector: 'app-select-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TranslatePipe, FieldError],
  viewProviders: [PAGE_FORM],
  template: `
    <mat-form-field [subscriptSizing]="dynamic() ? 'dynamic' : 'fixed'" [class.dynamic]="dynamic()">
      <mat-label>{{ label() | translate }}</mat-label>
      <mat-select
        [formControlName]="control()"
        [attr.formcontrolname]="control()"
        [multiple]="multiple()"
        (selectionChange)="changed.emit()"
      >
        @for (option of options() ?? []; track option.id) {
          <mat-option [value]="option.id">{{
            translateNames() ? (option.name | translate) : option.name
          }}</mat-option>
        }
      </mat-select>
      @if (hint(); as hint) {
        <mat-hint>{{ hint | translate }}</mat-hint>
      }
      <mat-error *appFieldError="let message">{{ message }}</mat-error>
    </mat-form-field>
  `,
  styles: FIELD_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelectField {
  /** Name of the control in the surrounding form group. */
  readonly control = input.required<string>();
  /** Translation keys. */
  readonly label = input.required<string>();
  readonly hint = input<string>();
  /** Nothing to choose from yet while the options load. */
  readonly options = input.required<readonly SelectOption[] | undefined>();
  /** The option names are translation keys (e.g. enum labels). */
  readonly translateNames = input(false);
  readonly multiple = input(false);
  readonly dynamic = input(false);
  /** The user chose another option. */
  readonly changed = output<void>();
}
