import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  numberAttribute,
  resource,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { AuditApi, AuditEntryDetails } from '../../data/audit-api';
import { Alert } from '../../shared/alert';
import { DataTable } from '../../shared/data-table';
import { DateFormatter } from '../../shared/date-format';
import { enumKey } from '../../shared/enum-labels';
import { Detail, ReadOnlyDetails } from '../../shared/read-only-details';
import { valueOf } from '../../shared/resource-value';

/** One changed field of an entry, with its value before and after. */
interface ChangedValue {
  field: string;
  before: string;
  after: string;
}

/** One audit entry: who, when, from where, what, and the values before and after side by side. */
@Component({
  selector: 'app-audit-entry',
  imports: [
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
    ReadOnlyDetails,
  ],
  template: `
    <h1>{{ 'Page:AuditLog.Entry.Heading' | translate: { sequence: sequence() } }}</h1>
    <p>
      <a mat-button routerLink="/audit-log">
        {{ 'Page:AuditLog.Back' | translate }}
      </a>
    </p>
    <app-alert [message]="error()" />
    @if (entry.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    @if (current(); as e) {
      <app-read-only-details [details]="details()" />

      <h2 id="values-heading">{{ 'Page:AuditLog.Entry.Values' | translate }}</h2>
      @if (e.valuesErased) {
        <p data-testid="values-erased">{{ 'Page:AuditLog.Entry.ValuesErased' | translate }}</p>
      } @else if (values().length) {
        <app-data-table
          [rows]="values()"
          [columns]="['field', 'before', 'after']"
          testId="audit-values"
          labelledBy="values-heading"
        >
          <ng-container matColumnDef="field">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:AuditLog.Entry.Field' | translate }}
            </th>
            <td mat-cell *matCellDef="let v">
              <code>{{ v.field }}</code>
            </td>
          </ng-container>
          <ng-container matColumnDef="before">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:AuditLog.Column.Before' | translate }}
            </th>
            <td mat-cell *matCellDef="let v" class="value">{{ v.before }}</td>
          </ng-container>
          <ng-container matColumnDef="after">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:AuditLog.Column.After' | translate }}
            </th>
            <td mat-cell *matCellDef="let v" class="value">{{ v.after }}</td>
          </ng-container>
        </app-data-table>
      } @else {
        <p>{{ 'Page:AuditLog.Entry.NoValues' | translate }}</p>
      }
      @if (e.detail) {
        <h2>{{ 'Page:AuditLog.Column.Detail' | translate }}</h2>
        <p class="value" data-testid="audit-detail">{{ e.detail }}</p>
      }

      <h2>{{ 'Page:AuditLog.Entry.Chain' | translate }}</h2>
      <dl class="hashes">
        <dt>{{ 'Page:AuditLog.Entry.PreviousHash' | translate }}</dt>
        <dd>
          <code>{{ e.previousHash }}</code>
        </dd>
        <dt>{{ 'Page:AuditLog.Entry.Hash' | translate }}</dt>
        <dd>
          <code>{{ e.hash }}</code>
        </dd>
      </dl>
    }
  `,
  styles: `
    .value {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .hashes dd {
      margin: 0 0 8px;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditEntryPage {
  private readonly api = inject(AuditApi);
  private readonly errors = inject(ErrorMessages);
  private readonly dates = inject(DateFormatter);

  /** From the route. */
  readonly sequence = input.required({ transform: numberAttribute });

  protected readonly entry = resource({
    params: () => this.sequence(),
    loader: ({ params }) => this.api.entry(params),
  });
  protected readonly current = computed(() => valueOf(this.entry));
  protected readonly error = computed(() => {
    const error = this.entry.error();
    return error ? this.errors.describe(error) : null;
  });

  protected readonly details = computed<Detail[]>(() => {
    const e = this.current()?.entry;
    if (!e) return [];
    return [
      { label: 'Page:AuditLog.Column.Time', value: this.dates.dateTime(e.occurredAt ?? '') },
      {
        label: 'Page:AuditLog.Column.Kind',
        value: enumKey('AuditKind', e.kind ?? ''),
        translate: true,
      },
      { label: 'Page:AuditLog.Column.Action', value: e.action },
      {
        label: 'Page:AuditLog.Column.Actor',
        value: e.actorName ?? e.actorClientId ?? 'Page:AuditLog.System',
        translate: !e.actorName && !e.actorClientId,
      },
      {
        label: 'Page:AuditLog.Column.Subject',
        value: e.subjectErased ? 'Page:AuditLog.Erased' : e.subjectName,
        translate: e.subjectErased,
      },
      { label: 'Page:AuditLog.Column.Target', value: e.target },
      { label: 'Page:AuditLog.Column.Address', value: e.remoteAddress },
    ];
  });

  /** The fields named before or after, in order, with each value as text. */
  protected readonly values = computed<ChangedValue[]>(() => {
    const e = this.current();
    if (!e) return [];
    const before = parse(e.before);
    const after = parse(e.after);
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return fields.map((field) => ({
      field,
      before: text(before[field]),
      after: text(after[field]),
    }));
  });
}

function parse(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { '': json };
  } catch {
    return { '': json };
  }
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export type { AuditEntryDetails };
