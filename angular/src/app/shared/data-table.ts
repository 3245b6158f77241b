import {
  AfterContentInit,
  ChangeDetectionStrategy,
  Component,
  contentChildren,
  input,
  viewChild,
} from '@angular/core';
import { MatColumnDef, MatTable, MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A table whose columns the page writes as `matColumnDef`s inside this element; the rows, the
 * empty row and the scrolling frame are the same everywhere.
 */
@Component({
  selector: 'app-data-table',
  imports: [MatTableModule, TranslatePipe],
  template: `
    <table mat-table [dataSource]="rows()" [attr.data-testid]="testId()">
      <tr mat-header-row *matHeaderRowDef="columns()"></tr>
      <tr mat-row *matRowDef="let row; columns: columns()"></tr>
      <tr class="mat-mdc-row" *matNoDataRow>
        <td class="empty" [attr.colspan]="columns().length">{{ 'Ui:NoRows' | translate }}</td>
      </tr>
    </table>
  `,
  host: { class: 'table-wrapper' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTable<T> implements AfterContentInit {
  readonly rows = input.required<readonly T[]>();
  readonly columns = input.required<readonly string[]>();
  readonly testId = input<string>();
  /**
   * Column definitions that reached a wrapping component as its content: Angular's content
   * queries do not see through a second level of projection, so the wrapper hands them on.
   */
  readonly columnDefs = input<readonly MatColumnDef[]>([]);

  private readonly ownColumnDefs = contentChildren(MatColumnDef);
  private readonly table = viewChild.required(MatTable);

  ngAfterContentInit(): void {
    // mat-table only finds column definitions in its own template unless they are added here.
    for (const columnDef of [...this.ownColumnDefs(), ...this.columnDefs()]) {
      this.table().addColumnDef(columnDef);
    }
  }
}
