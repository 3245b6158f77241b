import { NameContext } from '../../shared/name-context';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Cohort, CohortApi, Enrolment } from '../../data/cohort-api';
import { Alert } from '../../shared/alert';
import { DataTable, TableField } from '../../shared/data-table';
import { COHORT_REASON, groupEnrolments, promoted } from './cohort-actions';
import { AppDatePipe } from '../../shared/date-format';
import { injectErrorText } from './cohort-format';
import { NominateDialog, NominateDialogData } from './nominate-dialog';
import { ReasonDialog, ReasonStep } from '../../shared/reason-dialog';

type Group = 'participants' | 'waitlist' | 'pending' | 'left';

const GROUPS: { key: Group; heading: string; columns: string[] }[] = [
  {
    key: 'participants',
    heading: 'Page:Cohorts.Participants.Enrolled',
    columns: ['name', 'office', 'source', 'progress', 'actions'],
  },
  {
    key: 'waitlist',
    heading: 'Page:Cohorts.Participants.Waitlist',
    columns: ['position', 'name', 'office', 'source', 'requestedAt', 'actions'],
  },
  {
    key: 'pending',
    heading: 'Page:Cohorts.Participants.Pending',
    columns: ['name', 'office', 'source', 'requestedAt', 'actions'],
  },
  {
    key: 'left',
    heading: 'Page:Cohorts.Participants.Left',
    columns: ['name', 'office', 'status', 'reason'],
  },
];

const FIELDS: TableField<Enrolment>[] = [
  {
    id: 'position',
    heading: 'Page:Cohorts.Participants.Position',
    value: (e) => e.waitlistPosition,
  },
  { id: 'name', heading: 'Field:Name', value: (e) => e.personName },
  { id: 'office', heading: 'Field:Office', value: (e) => e.officeName },
  { id: 'status', heading: 'Page:Cohorts.Field.Status', value: (e) => e.statusName },
  { id: 'reason', heading: 'Page:Cohorts.Participants.Reason', value: (e) => e.reason },
];

/**
 * Everyone in a cohort as the caller may see them: participants, the waitlist in its order,
 * requests waiting for approval, and those who withdrew or were rejected.
 */
@Component({
  selector: 'app-cohort-participants',
  imports: [
    NameContext,
    TranslatePipe,
    AppDatePipe,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
  ],
  template: `
    <div class="page-actions">
      @if (canNominate() && cohort().acceptsEnrolment) {
        <button mat-flat-button type="button" (click)="nominate()">
          {{ 'Page:Cohorts.Nominate.Open' | translate }}
        </button>
      }
    </div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert kind="success" [message]="notice()" />
    <app-alert [message]="error()" />
    @for (group of groups; track group.key) {
      <section [attr.aria-labelledby]="'group-' + group.key">
        <h3 [id]="'group-' + group.key">
          {{ group.heading | translate }} ({{ grouped()[group.key].length }})
        </h3>
        <app-data-table
          [rows]="grouped()[group.key]"
          [columns]="group.columns"
          [fields]="fields"
          [testId]="'enrolments-' + group.key"
        >
          <ng-container matColumnDef="source">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:Cohorts.Participants.Source' | translate }}
            </th>
            <td mat-cell *matCellDef="let e">
              {{ e.sourceName }}
              @if (e.nominatedBy) {
                <span class="sub">{{
                  'Page:Cohorts.Participants.NominatedBy' | translate: { name: e.nominatedBy }
                }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="requestedAt">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:Cohorts.Participants.RequestedAt' | translate }}
            </th>
            <td mat-cell *matCellDef="let e">
              {{ e.requestedAt | appDate }}
            </td>
          </ng-container>
          <ng-container matColumnDef="progress">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:Cohorts.Participants.Progress' | translate }}
            </th>
            <td mat-cell *matCellDef="let e">
              {{
                'Page:Cohorts.Participants.ModulesOf'
                  | translate: { done: e.modulesCompleted, total: e.moduleCount }
              }}
              @if (e.status === 'Completed') {
                <span class="sub">{{ e.statusName }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef>
              <span class="visually-hidden">{{
                'Page:Cohorts.Participants.Actions' | translate
              }}</span>
            </th>
            <td mat-cell *matCellDef="let e" class="actions">
              @if (canDecide()) {
                @if (e.status === 'Pending') {
                  <button
                    mat-flat-button
                    type="button"
                    [disabled]="busy()"
                    [appNameContext]="e.personName"
                    (click)="approve(e)"
                  >
                    {{ 'Page:Cohorts.Participants.Approve' | translate }}
                  </button>
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    [appNameContext]="e.personName"
                    (click)="reject(e)"
                  >
                    {{ 'Page:Cohorts.Participants.Reject' | translate }}
                  </button>
                } @else if (e.status === 'Enrolled' || e.status === 'Waitlisted') {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    [appNameContext]="e.personName"
                    (click)="withdraw(e)"
                  >
                    {{ 'Page:Cohorts.Participants.Withdraw' | translate }}
                  </button>
                }
              }
            </td>
          </ng-container>
        </app-data-table>
      </section>
    }
  `,
  styles: `
    .sub {
      display: block;
      font-size: 0.875rem;
      color: var(--ax-text-neutral-subtle);
    }
    .actions {
      white-space: nowrap;
    }
    .actions button + button {
      margin-left: 8px;
    }
    h3 {
      margin: 24px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortParticipants {
  readonly cohort = input.required<Cohort>();
  /** Seats or the waitlist changed: the page refreshes its counts. */
  readonly changed = output<void>();

  private readonly api = inject(CohortApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly errorText = injectErrorText();
  protected readonly language = inject(LanguageService);

  protected readonly groups = GROUPS;
  protected readonly fields = FIELDS;
  protected readonly enrolments = signal<Enrolment[]>([]);
  protected readonly grouped = computed(() => groupEnrolments(this.enrolments()));
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly canNominate = computed(() =>
    this.auth.hasPermission(Permissions.CohortsNominate),
  );
  protected readonly canDecide = computed(() =>
    this.auth.hasPermission(Permissions.CohortsManageEnrolments),
  );
  private readonly cohortId = computed(() => this.cohort().id);

  constructor() {
    // Loaded for each cohort (and language) shown, not again for every refreshed count.
    effect(() => {
      this.cohortId();
      this.language.current();
      untracked(() => void this.load());
    });
  }

  async load(): Promise<Enrolment[]> {
    const id = this.cohortId();
    this.loading.set(true);
    try {
      const list = await this.api.enrolments(id);
      this.enrolments.set(list);
      this.error.set(null);
      return list;
    } catch (error) {
      this.error.set(this.errorText(error));
      return this.enrolments();
    } finally {
      this.loading.set(false);
    }
  }

  protected async nominate(): Promise<void> {
    const data: NominateDialogData = { cohortId: this.cohort().id, cohortName: this.cohort().name };
    const nominated = await firstValueFrom(
      this.dialog.open(NominateDialog, { data, width: '640px' }).afterClosed(),
    );
    if (nominated) {
      await this.load();
      this.changed.emit();
    }
  }

  protected async approve(enrolment: Enrolment): Promise<void> {
    await this.act(async () => {
      await this.api.approve(enrolment.id);
      return this.t('Page:Cohorts.Participants.Approved', { name: enrolment.personName });
    });
  }

  protected async reject(enrolment: Enrolment): Promise<void> {
    const step: ReasonStep = {
      title: this.t('Page:Cohorts.Participants.Reject'),
      message: this.t('Page:Cohorts.Participants.RejectMessage', { name: enrolment.personName }),
      confirm: this.t('Page:Cohorts.Participants.Reject'),
      reason: 'optional',
      field: COHORT_REASON,
      run: (reason) => this.api.reject(enrolment.id, reason.trim() || null),
    };
    if (await this.ask(step)) {
      this.notice.set(this.t('Page:Cohorts.Participants.Rejected', { name: enrolment.personName }));
      await this.load();
      this.changed.emit();
    }
  }

  protected async withdraw(enrolment: Enrolment): Promise<void> {
    const before = this.enrolments();
    const step: ReasonStep = {
      title: this.t('Page:Cohorts.Participants.Withdraw'),
      message: this.t('Page:Cohorts.Participants.WithdrawMessage', { name: enrolment.personName }),
      confirm: this.t('Page:Cohorts.Participants.Withdraw'),
      reason: 'optional',
      field: COHORT_REASON,
      run: (reason) => this.api.withdraw(enrolment.id, reason.trim() || null),
    };
    if (!(await this.ask(step))) return;
    const after = await this.load();
    const moved = promoted(before, after);
    const withdrawn = this.t('Page:Cohorts.Participants.Withdrawn', { name: enrolment.personName });
    this.notice.set(
      moved.length
        ? `${withdrawn} ${this.t('Page:Cohorts.Participants.Promoted', {
            names: moved.map((e) => e.personName).join(', '),
          })}`
        : withdrawn,
    );
    this.changed.emit();
  }

  private ask(step: ReasonStep): Promise<unknown> {
    return firstValueFrom(this.dialog.open(ReasonDialog, { data: step }).afterClosed());
  }

  private async act(call: () => Promise<string>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      this.notice.set(await call());
      await this.load();
      this.changed.emit();
    } catch (error) {
      this.error.set(this.errorText(error));
    } finally {
      this.busy.set(false);
    }
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.translate.instant(key, params) as string;
  }
}
