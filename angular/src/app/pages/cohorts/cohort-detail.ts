import { AppDatePipe } from '../../shared/date-format';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { toProblemDetails } from '../../core/problem-details';
import { Cohort, CohortAction, CohortApi } from '../../data/cohort-api';
import { Alert } from '../../shared/alert';
import {
  ACTION_LABELS,
  actionInput,
  ActionStep,
  actionStep,
  availableActions,
  COHORT_REASON,
  stepAfterError,
} from './cohort-actions';
import { COHORTS_PATH, injectErrorText } from './cohort-format';
import { CohortMilestones } from './cohort-milestones';
import { CohortParticipants } from './cohort-participants';
import { CohortSchedule } from './cohort-schedule';
import { ReasonDialog, ReasonStep } from '../../shared/reason-dialog';
import { ContentText } from '../../shared/content-text';

/** One cohort: its summary, the state changes it allows now, and tabs for people, schedule and milestones. */
@Component({
  selector: 'app-cohort-detail',
  imports: [
    ContentText,
    RouterLink,
    TranslatePipe,
    AppDatePipe,
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    Alert,
    CohortMilestones,
    CohortParticipants,
    CohortSchedule,
  ],
  template: `
    <p>
      <a [routerLink]="path">{{ 'Page:Cohorts.BackToList' | translate }}</a>
    </p>
    <h1>
      {{ cohort()?.name ?? ('Page:Cohorts.Detail' | translate) }}
      @if (cohort(); as c) {
        <span class="subtitle"><app-content-text [text]="c.versionName" /></span>
      }
    </h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert kind="success" [message]="notice()" />
    <app-alert [message]="error()">
      @if (conflict()) {
        <button mat-button type="button" (click)="load()">{{ 'Ui:Reload' | translate }}</button>
      }
    </app-alert>
    @if (cohort(); as c) {
      <dl class="summary" data-testid="cohort-summary">
        <div>
          <dt>{{ 'Page:Cohorts.Field.Status' | translate }}</dt>
          <dd data-testid="cohort-status">{{ c.statusName }}</dd>
        </div>
        @if (c.statusReason) {
          <div>
            <dt>{{ 'Page:Cohorts.Field.StatusReason' | translate }}</dt>
            <dd>{{ c.statusReason }}</dd>
          </div>
        }
        <div>
          <dt>{{ 'Field:Region' | translate }}</dt>
          <dd>{{ c.regionName ?? ('Page:Cohorts.National' | translate) }}</dd>
        </div>
        <div>
          <dt>{{ 'Page:Cohorts.Field.EnrolmentWindow' | translate }}</dt>
          <dd>
            {{ c.enrolmentOpensOn | appDate }} –
            {{ c.enrolmentClosesOn | appDate }}
          </dd>
        </div>
        <div>
          <dt>{{ 'Page:Cohorts.Field.Period' | translate }}</dt>
          <dd>
            {{ c.startsOn | appDate }} –
            {{ c.endsOn | appDate }}
          </dd>
        </div>
        <div>
          <dt>{{ 'Page:Cohorts.Field.Seats' | translate }}</dt>
          <dd>
            {{ 'Page:Cohorts.SeatsOf' | translate: { enrolled: c.enrolled, capacity: c.capacity } }}
          </dd>
        </div>
        <div>
          <dt>{{ 'Page:Cohorts.Field.Waitlist' | translate }}</dt>
          <dd>{{ c.waitlisted }}</dd>
        </div>
        <div>
          <dt>{{ 'Page:Cohorts.Field.Pending' | translate }}</dt>
          <dd>
            {{ c.pending }}
            @if (c.requiresApproval) {
              <span class="sub">{{ 'Page:Cohorts.Field.RequiresApproval' | translate }}</span>
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'Page:Cohorts.Field.Facilitators' | translate }}</dt>
          <dd>
            {{ facilitatorNames() || ('Page:Cohorts.NoFacilitators' | translate) }}
          </dd>
        </div>
      </dl>

      @if (actions().length || canEdit()) {
        <div class="page-actions" data-testid="cohort-actions">
          @for (action of actions(); track action) {
            @if (action === 'cancel') {
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="change(action)">
                {{ actionLabels[action] | translate }}
              </button>
            } @else {
              <button mat-flat-button type="button" [disabled]="busy()" (click)="change(action)">
                {{ actionLabels[action] | translate }}
              </button>
            }
          }
          @if (canEdit()) {
            <a mat-button [routerLink]="[path, c.id, 'edit']">{{
              'Page:Cohorts.EditDetails' | translate
            }}</a>
          }
        </div>
      }

      <mat-tab-group mat-stretch-tabs="false" [(selectedIndex)]="tab" animationDuration="0ms">
        @if (canSeePeople()) {
          <mat-tab [label]="'Page:Cohorts.Tabs.Participants' | translate">
            <ng-template matTabContent>
              <app-cohort-participants [cohort]="c" (changed)="load()" />
            </ng-template>
          </mat-tab>
        }
        <mat-tab [label]="'Page:Cohorts.Tabs.Schedule' | translate">
          <ng-template matTabContent>
            <app-cohort-schedule [cohort]="c" (saved)="cohort.set($event)" (reload)="load()" />
          </ng-template>
        </mat-tab>
        @if (canManage()) {
          <mat-tab [label]="'Page:Cohorts.Tabs.Milestones' | translate">
            <ng-template matTabContent>
              <app-cohort-milestones [cohortId]="c.id" (ran)="load()" />
            </ng-template>
          </mat-tab>
        }
      </mat-tab-group>
    }
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 12px 24px;
      max-width: 960px;
      margin: 0 0 16px;
    }
    .summary dt {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    .summary dd {
      margin: 0;
      font-weight: 600;
    }
    .sub {
      display: block;
      font-weight: 400;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortDetailPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(CohortApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorText = injectErrorText();
  protected readonly language = inject(LanguageService);

  protected readonly path = COHORTS_PATH;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly cohort = signal<Cohort | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected tab = 0;

  protected readonly canManage = computed(() => this.auth.hasPermission(Permissions.CohortsManage));
  protected readonly canSeePeople = computed(() =>
    this.auth.hasPermission(Permissions.CohortsNominate),
  );
  protected readonly canEdit = computed(() => {
    const cohort = this.cohort();
    return this.canManage() && !!cohort && !['Completed', 'Cancelled'].includes(cohort.status);
  });
  protected readonly actions = computed(() =>
    availableActions(this.cohort()?.allowedActions ?? []),
  );
  protected readonly facilitatorNames = computed(() =>
    (this.cohort()?.facilitators ?? []).map((f) => f.name).join(', '),
  );

  constructor() {
    effect(() => {
      this.id();
      this.language.current();
      untracked(() => void this.load());
    });
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.cohort.set(await this.api.get(this.id()));
      this.error.set(null);
      this.conflict.set(false);
    } catch (error) {
      this.error.set(this.errorText(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async change(action: CohortAction): Promise<void> {
    const cohort = this.cohort();
    if (!cohort || this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.dialog
          .open(ReasonDialog, { data: this.dialogStep(cohort, actionStep(action)), width: '560px' })
          .afterClosed(),
      );
      if (result && typeof result === 'object') {
        this.cohort.set(result as Cohort);
        this.notice.set(
          this.translate.instant('Page:Cohorts.Action.Done', {
            status: (result as Cohort).statusName,
          }) as string,
        );
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** The dialog for one step; a refused "complete" turns into "complete anyway" with a reason. */
  private dialogStep(cohort: Cohort, step: ActionStep, notice: string | null = null): ReasonStep {
    const t = (key: string) => this.translate.instant(key, { name: cohort.name }) as string;
    return {
      title: t(step.title),
      message: t(step.message),
      confirm: t(step.confirm),
      reason: step.reason,
      field: COHORT_REASON,
      notice,
      run: (reason) =>
        this.api.changeStatus(
          cohort.id,
          step.action,
          actionInput(step, cohort.concurrencyStamp, reason),
        ),
      next: (error) => {
        const next = stepAfterError(step, error);
        return next ? this.dialogStep(cohort, next, toProblemDetails(error).detail ?? null) : null;
      },
    };
  }
}
