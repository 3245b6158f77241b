import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { SelectOption } from './form-field';

/** Narrows a list to one choice; "All" takes the filter away again. */
@Component({
  selector: 'app-select-filter',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe],
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ label() | translate }}</mat-label>
      <mat-select [value]="value() ?? ''" (valueChange)="changed.emit($event || undefined)">
        <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
        @for (option of options() ?? []; track option.id) {
          <mat-option [value]="option.id">{{
            translateNames() ? (option.name | translate) : option.name
          }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelectFilter {
  /** Translation key. */
  readonly label = input.required<string>();
  /** The chosen option's id; nothing for all. */
  readonly value = input<string | undefined>();
  /** Nothing to choose from yet while the options load. */
  readonly options = input.required<readonly SelectOption[] | undefined>();
  /** The option names are translation keys (e.g. enum labels). */
  readonly translateNames = input(false);
  /** The chosen option's id, or undefined for all. */
  readonly changed = output<string | undefined>();
}
