import {
  AfterContentInit,
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  input,
  viewChild,
} from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import { MatColumnDef, MatTable, MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AppDatePipe } from './date-format';

/** A column that only shows one value of the row as text, or as a link to the row's page. */
export interface TableField<T> {
  /** The column's id; on a sortable column also the field the server sorts by. */
  id: string;
  /** Translation key of the column heading. */
  heading: string;
  value(row: T): string | number | null | undefined;
  /** The value is a translation key (e.g. an enum label). */
  translate?: boolean;
  /** The value is a date (ISO text), written in the app's date format. */
  date?: boolean;
  /** What shows when there is no value (nothing by default). */
  empty?: string;
  /** Router link of the row's own page: the value links there. */
  link?(row: T): readonly unknown[];
  /** The heading sorts (needs a MatSort around the table). */
  sortable?: boolean;
}

/**
 * A table whose columns the page writes as `matColumnDef`s inside this element; the rows, the
 * empty row and the scrolling frame are the same everywhere.
 */
@Component({
  selector: 'app-data-table',
  imports: [MatTableModule, MatSortModule, RouterLink, TranslatePipe, AppDatePipe],
  template: `
    <table mat-table [dataSource]="rows()" [attr.data-testid]="testId()">
      @if (caption(); as caption) {
        <caption [class.visually-hidden]="!captionShown()">
          {{
            caption
          }}
        </caption>
      }
      @for (field of fields(); track field.id) {
        <ng-container [matColumnDef]="field.id">
          @if (field.sortable) {
            <th mat-header-cell *matHeaderCellDef mat-sort-header>
              {{ field.heading | translate }}
            </th>
          } @else {
            <th mat-header-cell *matHeaderCellDef>{{ field.heading | translate }}</th>
          }
          <td mat-cell *matCellDef="let row">
            @let value = field.value(row) ?? '';
            @if (value === '') {
              {{ field.empty ?? '' }}
            } @else if (field.link) {
              <a [routerLink]="field.link(row)">{{ value }}</a>
            } @else if (field.translate) {
              {{ '' + value | translate }}
            } @else if (field.date) {
              {{ '' + value | appDate }}
            } @else {
              {{ value }}
            }
          </td>
        </ng-container>
      }
      <tr mat-header-row *matHeaderRowDef="shownColumns()"></tr>
      <tr mat-row *matRowDef="let row; columns: shownColumns()"></tr>
      <tr class="mat-mdc-row" *matNoDataRow>
        <td class="empty" [attr.colspan]="shownColumns().length">{{ 'Ui:NoRows' | translate }}</td>
      </tr>
    </table>
  `,
  // A wide table scrolls sideways inside its frame; a labelled frame is a region the keyboard can
  // reach, so that it can be scrolled without a mouse.
  host: {
    class: 'table-wrapper',
    '[attr.role]': "labelledBy() ? 'region' : null",
    '[attr.tabindex]': 'labelledBy() ? 0 : null',
    '[attr.aria-labelledby]': 'labelledBy() ?? null',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTable<T> implements AfterContentInit {
  readonly rows = input.required<readonly T[]>();
  /** The columns in order; by default the fields'. */
  readonly columns = input<readonly string[]>();
  /** Plain columns the table writes itself, besides the page's own `matColumnDef`s. */
  readonly fields = input<readonly TableField<T>[]>([]);
  readonly testId = input<string>();
  /** Id of the heading that names the table. */
  readonly labelledBy = input<string>();
  /** The table's caption (already translated): read out with the table, shown only when asked. */
  readonly caption = input<string>();
  readonly captionShown = input(false);
  /**
   * Column definitions that reached a wrapping component as its content: Angular's content
   * queries do not see through a second level of projection, so the wrapper hands them on.
   */
  readonly columnDefs = input<readonly MatColumnDef[]>([]);

  protected readonly shownColumns = computed(
    () => this.columns() ?? this.fields().map((field) => field.id),
  );
  private readonly ownColumnDefs = contentChildren(MatColumnDef);
  private readonly table = viewChild.required(MatTable);

  ngAfterContentInit(): void {
    // mat-table only finds column definitions in its own template unless they are added here.
    for (const columnDef of [...this.ownColumnDefs(), ...this.columnDefs()]) {
      this.table().addColumnDef(columnDef);
    }
  }
}
