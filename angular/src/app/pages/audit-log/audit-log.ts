import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { AUDIT_KINDS, AuditApi, AuditEntry, AuditFilters, AuditKind } from '../../data/audit-api';
import { Alert } from '../../shared/alert';
import { DataTable } from '../../shared/data-table';
import { AppDatePipe } from '../../shared/date-format';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { PAGE_SIZES, PagedList } from '../../shared/paged-list';
import { valueOf } from '../../shared/resource-value';
import { TRANSLATED_PAGINATOR } from '../../shared/translated-paginator-intl';

/**
 * The audit log for system admins: who did what, when and from where, filtered by the person it
 * is about, the actor, the kind, the action and the period; the chain's last verification; export.
 */
@Component({
  selector: 'app-audit-log',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    Alert,
    DataTable,
    AppDatePipe,
    EnumLabelPipe,
  ],
  providers: [TRANSLATED_PAGINATOR],
  template: `
    <h1>{{ 'Page:AuditLog.Title' | translate }}</h1>
    <p>{{ 'Page:AuditLog.Intro' | translate }}</p>

    <section aria-labelledby="chain-heading" class="chain" data-testid="chain-status">
      <h2 id="chain-heading">{{ 'Page:AuditLog.Chain.Title' | translate }}</h2>
      @if (chain(); as c) {
        @if (c.brokenAtSequence) {
          <app-alert
            [message]="
              'Page:AuditLog.Chain.Broken'
                | translate
                  : { sequence: c.brokenAtSequence, time: c.verifiedAt ?? '' | appDate: 'dateTime' }
            "
          />
        } @else if (c.verifiedAt) {
          <p data-testid="chain-ok">
            {{
              'Page:AuditLog.Chain.Ok'
                | translate
                  : {
                      time: c.verifiedAt | appDate: 'dateTime',
                      count: c.entriesChecked,
                      through: c.verifiedThroughSequence,
                    }
            }}
          </p>
        } @else {
          <p>{{ 'Page:AuditLog.Chain.NotVerified' | translate }}</p>
        }
      }
    </section>

    <form
      class="filters"
      role="search"
      [attr.aria-label]="'Page:AuditLog.Filters' | translate"
      [formGroup]="form"
      (ngSubmit)="apply()"
      novalidate
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:AuditLog.Filter.Person' | translate }}</mat-label>
        <input matInput formControlName="person" autocomplete="off" data-testid="filter-person" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:AuditLog.Filter.Actor' | translate }}</mat-label>
        <input matInput formControlName="actor" autocomplete="off" data-testid="filter-actor" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:AuditLog.Filter.Kind' | translate }}</mat-label>
        <mat-select formControlName="kind" data-testid="filter-kind">
          <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
          @for (kind of kinds; track kind) {
            <mat-option [value]="kind">{{ kind | enumLabel: 'AuditKind' | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:AuditLog.Filter.Action' | translate }}</mat-label>
        <input matInput formControlName="action" autocomplete="off" data-testid="filter-action" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:AuditLog.Filter.From' | translate }}</mat-label>
        <input matInput type="date" formControlName="from" data-testid="filter-from" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:AuditLog.Filter.To' | translate }}</mat-label>
        <input matInput type="date" formControlName="to" data-testid="filter-to" />
      </mat-form-field>
      <div class="filter-actions">
        <button mat-flat-button type="submit" data-testid="apply-filters">
          {{ 'Page:AuditLog.Apply' | translate }}
        </button>
        <button mat-button type="button" (click)="reset()">
          {{ 'Page:AuditLog.Reset' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          [disabled]="exporting.active()"
          (click)="export()"
          data-testid="export-csv"
        >
          <mat-icon svgIcon="download" />{{ 'Page:AuditLog.Export' | translate }}
        </button>
      </div>
    </form>
    <div class="visually-hidden" aria-live="polite">{{ exportNotice() }}</div>
    <app-alert [message]="error()" />
    @if (list.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }

    <h2 id="entries-heading" class="visually-hidden">
      {{ 'Page:AuditLog.Entries' | translate }}
    </h2>
    <app-data-table
      [rows]="list.items()"
      [columns]="columns"
      testId="audit-entries"
      labelledBy="entries-heading"
    >
      <ng-container matColumnDef="sequence">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:AuditLog.Column.Sequence' | translate }}</th>
        <td mat-cell *matCellDef="let e">
          <a
            [routerLink]="['/audit-log', e.sequence]"
            [attr.aria-label]="'Page:AuditLog.OpenEntry' | translate: { sequence: e.sequence }"
            >{{ e.sequence }}</a
          >
        </td>
      </ng-container>
      <ng-container matColumnDef="time">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:AuditLog.Column.Time' | translate }}</th>
        <td mat-cell *matCellDef="let e">{{ e.occurredAt | appDate: 'dateTime' }}</td>
      </ng-container>
      <ng-container matColumnDef="kind">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:AuditLog.Column.Kind' | translate }}</th>
        <td mat-cell *matCellDef="let e">{{ e.kind | enumLabel: 'AuditKind' | translate }}</td>
      </ng-container>
      <ng-container matColumnDef="action">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:AuditLog.Column.Action' | translate }}</th>
        <td mat-cell *matCellDef="let e">
          <code>{{ e.action }}</code>
        </td>
      </ng-container>
      <ng-container matColumnDef="actor">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:AuditLog.Column.Actor' | translate }}</th>
        <td mat-cell *matCellDef="let e">{{ actorOf(e) | translate }}</td>
      </ng-container>
      <ng-container matColumnDef="subject">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:AuditLog.Column.Subject' | translate }}</th>
        <td mat-cell *matCellDef="let e">
          @if (e.subjectErased) {
            <em>{{ 'Page:AuditLog.Erased' | translate }}</em>
          } @else {
            {{ e.subjectName ?? '' }}
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="target">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:AuditLog.Column.Target' | translate }}</th>
        <td mat-cell *matCellDef="let e" class="target">{{ e.target ?? '' }}</td>
      </ng-container>
      <ng-container matColumnDef="address">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:AuditLog.Column.Address' | translate }}</th>
        <td mat-cell *matCellDef="let e">{{ e.remoteAddress ?? '' }}</td>
      </ng-container>
    </app-data-table>
    <mat-paginator
      [length]="list.totalCount()"
      [pageIndex]="list.pageIndex()"
      [pageSize]="list.pageSize()"
      [pageSizeOptions]="pageSizes"
      showFirstLastButtons
      (page)="list.onPage($event)"
    />
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      margin-bottom: 16px;
    }
    .filter-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .chain h2 {
      font-size: 1.125rem;
    }
    .target {
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(AuditApi);
  private readonly errors = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);

  protected readonly kinds = AUDIT_KINDS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = [
    'sequence',
    'time',
    'kind',
    'action',
    'actor',
    'subject',
    'target',
    'address',
  ];
  protected readonly form = new FormGroup({
    person: new FormControl('', { nonNullable: true }),
    actor: new FormControl('', { nonNullable: true }),
    kind: new FormControl<AuditKind | ''>('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  protected readonly list = new PagedList<AuditEntry, AuditFilters>((q) =>
    this.api.entries(this.filtersOf(q), q.skipCount ?? 0, q.maxResultCount ?? 25),
  );
  protected readonly chainStatus = resource({ loader: () => this.api.chain() });
  protected readonly chain = computed(() => valueOf(this.chainStatus));

  protected readonly exporting = new Transfer();
  protected readonly exportNotice = signal('');
  private readonly exportError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.list.error() ?? this.chainStatus.error();
    return this.exportError() ?? (error ? this.errors.describe(error) : null);
  });

  protected apply(): void {
    const v = this.form.getRawValue();
    this.list.setExtra({
      person: v.person.trim() || undefined,
      actor: v.actor.trim() || undefined,
      kind: v.kind || undefined,
      action: v.action.trim() || undefined,
      from: v.from || undefined,
      to: v.to || undefined,
    });
  }

  protected reset(): void {
    this.form.reset();
    this.apply();
  }

  /** The actor's name; an integration client by its id; the system itself when there is neither. */
  protected actorOf(entry: AuditEntry): string {
    return entry.actorName ?? entry.actorClientId ?? 'Page:AuditLog.System';
  }

  protected async export(): Promise<void> {
    this.exportError.set(null);
    this.exportNotice.set('');
    try {
      const response = await this.exporting.run(this.api.export(this.list.extra()));
      const name = saveResponse(response, 'audit-log.csv');
      this.exportNotice.set(this.translate.instant('Page:AuditLog.Exported', { name }) as string);
    } catch (error) {
      this.exportError.set(this.errors.describe(error));
    }
  }

  private filtersOf(q: Partial<AuditFilters>): AuditFilters {
    return {
      person: q.person,
      actor: q.actor,
      kind: q.kind,
      action: q.action,
      from: q.from,
      to: q.to,
    };
  }
}
