import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { FieldError } from '../../shared/field-error';
import { NameContext } from '../../shared/name-context';

export type DateForm = FormGroup<{ date: FormControl<string> }>;

export function dateForm(): DateForm {
  return new FormGroup({ date: new FormControl('', { nonNullable: true }) });
}

/**
 * The schedule's forms, one per row and kept by the row's id, so that what someone has typed
 * survives the cohort being loaded again.
 */
export class RowForms<F extends FormGroup> {
  private readonly forms = new Map<string, F>();

  constructor(private readonly create: () => F) {}

  for(id: string): F {
    let form = this.forms.get(id);
    if (!form) {
      form = this.create();
      this.forms.set(id, form);
    }
    return form;
  }

  /** The saved value for a row, unless someone is changing it. */
  refresh(id: string, value: F['value']): void {
    const form = this.for(id);
    if (!form.dirty) form.reset(value);
  }
}

/** One date of the schedule in a table row: the date field, named for its row, and Save. */
@Component({
  selector: 'app-schedule-date-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FieldError,
    NameContext,
  ],
  template: `
    <form class="row-form" [formGroup]="form()" (ngSubmit)="save.emit()">
      <mat-form-field subscriptSizing="dynamic">
        <input
          matInput
          type="date"
          formControlName="date"
          [attr.lang]="language.current()"
          [attr.aria-label]="label()"
        />
        <mat-error *appFieldError="let message">{{ message }}</mat-error>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="saving()" [appNameContext]="name()">
        {{ 'Ui:Save' | translate }}
      </button>
    </form>
  `,
  styles: `
    .row-form {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleDateForm {
  readonly form = input.required<DateForm>();
  /** The field's accessible name, already translated ("Opens on: Module 1"). */
  readonly label = input.required<string>();
  /** What the row is about, for the Save button's accessible name. */
  readonly name = input.required<string>();
  readonly saving = input(false);
  readonly save = output<void>();

  protected readonly language = inject(LanguageService);
}
