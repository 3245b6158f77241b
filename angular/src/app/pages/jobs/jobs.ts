import { AppDatePipe } from '../../shared/date-format';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { AdminApi } from '../../data/admin-api';
import { JobInfo } from '../../data/models';
import { Alert } from '../../shared/alert';
import { Announcer } from '../../shared/announcer';

/** The scheduled jobs in plain language: what each does, when it runs, how its last run went. */
@Component({
  selector: 'app-jobs',
  imports: [
    AppDatePipe,
    RouterLink,
    TranslatePipe,
    MatProgressBarModule,
    MatButtonModule,
    MatIconModule,
    Alert,
  ],
  template: `
    <h1>{{ 'Page:Jobs.Title' | translate }}</h1>
    <p>{{ 'Page:Jobs.Intro' | translate }}</p>
    <div class="page-actions">
      <button mat-stroked-button type="button" (click)="jobs.reload()">
        {{ 'Ui:Refresh' | translate }}
      </button>
    </div>
    @if (jobs.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    <app-alert [message]="runError()" />
    <ul class="jobs" data-testid="job-list">
      @for (job of jobs.hasValue() ? jobs.value() : []; track job.group + job.name) {
        <li class="job" [attr.data-job]="job.group + '.' + job.name">
          <h2>{{ job.title }}</h2>
          @if (job.description) {
            <p>{{ job.description }}</p>
          }
          @if (job.canRunNow) {
            <button
              mat-stroked-button
              type="button"
              [disabled]="running() === job.group + '.' + job.name"
              [attr.aria-label]="'Page:Jobs.RunNowNamed' | translate: { job: job.title }"
              (click)="runNow(job)"
            >
              {{ 'Page:Jobs.RunNow' | translate }}
            </button>
          }
          <dl>
            <dt>{{ 'Page:Jobs.LastRun' | translate }}</dt>
            <dd>
              @if (job.lastOutcome; as outcome) {
                <span [class]="outcome.succeeded ? 'ok' : 'failed'">
                  <mat-icon
                    [svgIcon]="outcome.succeeded ? 'checkmark' : 'failed'"
                    aria-hidden="true"
                  />
                  {{ (outcome.succeeded ? 'Page:Jobs.Succeeded' : 'Page:Jobs.Failed') | translate }}
                </span>
                {{ outcome.firedAt | appDate: 'dateTime' }}
                @if (outcome.message) {
                  <div class="muted">{{ outcome.message }}</div>
                }
              } @else {
                {{ 'Page:Jobs.NeverRun' | translate }}
              }
            </dd>
            @for (trigger of job.triggers; track trigger.group + trigger.name) {
              <dt>{{ 'Page:Jobs.Schedule' | translate }}</dt>
              <dd data-testid="job-schedule">
                <strong>{{ trigger.schedule ?? trigger.description ?? trigger.name }}</strong>
                ({{ trigger.state }})
                <div>
                  {{ 'Page:Jobs.NextFire' | translate }}:
                  {{ trigger.nextFireTime ? (trigger.nextFireTime | appDate: 'dateTime') : '–' }}
                </div>
                <div>
                  {{ 'Page:Jobs.PreviousFire' | translate }}:
                  {{
                    trigger.previousFireTime
                      ? (trigger.previousFireTime | appDate: 'dateTime')
                      : '–'
                  }}
                </div>
              </dd>
            }
          </dl>
          @if (job.cohorts.length) {
            <h3>{{ 'Page:Jobs.Cohorts' | translate }}</h3>
            <ul class="cohorts" data-testid="job-cohorts">
              @for (cohort of job.cohorts; track cohort.cohortId) {
                <li>
                  <a [routerLink]="['/cohorts', cohort.cohortId]">{{ cohort.cohortName }}</a>
                  <div>{{ 'Page:Jobs.CohortPending' | translate: { count: cohort.pending } }}</div>
                  @if (cohort.nextKindName && cohort.nextFireTime) {
                    <div class="muted">
                      {{
                        'Page:Jobs.CohortNext'
                          | translate
                            : {
                                kind: cohort.nextKindName,
                                time: cohort.nextFireTime | appDate: 'dateTime',
                              }
                      }}
                    </div>
                  }
                </li>
              }
            </ul>
          } @else if (!job.triggers.length) {
            <p class="muted">
              {{
                (job.group === 'programmes' ? 'Page:Jobs.NoCohorts' : 'Page:Jobs.NoTriggers')
                  | translate
              }}
            </p>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .jobs {
      display: grid;
      gap: 16px;
      margin: 16px 0 0;
      padding: 0;
      list-style: none;
    }
    .job {
      padding: 16px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      overflow-wrap: anywhere;
    }
    h2 {
      margin: 0 0 4px;
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1rem;
      margin: 16px 0 8px;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      gap: 4px 16px;
      margin: 8px 0 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    @media (max-width: 599.98px) {
      dl {
        grid-template-columns: minmax(0, 1fr);
      }
      dd {
        margin-bottom: 8px;
      }
    }
    .cohorts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
      gap: 8px 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cohorts li {
      padding: 8px 12px;
      border-left: 3px solid var(--ax-border-neutral-subtle);
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    .ok {
      color: var(--ax-text-success);
    }
    .failed {
      color: var(--ax-text-danger);
    }
    .ok mat-icon,
    .failed mat-icon {
      vertical-align: middle;
      width: 20px;
      height: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobsPage {
  private readonly api = inject(AdminApi);
  private readonly errors = inject(ErrorMessages);
  private readonly announcer = inject(Announcer);
  protected readonly language = inject(LanguageService);
  /** The job being started, so that its button is not pressed twice. */
  protected readonly running = signal<string | null>(null);
  protected readonly runError = signal<string | null>(null);

  protected readonly jobs = resource({
    params: () => this.language.current(),
    loader: () => this.api.jobs(),
  });
  protected readonly error = computed(() =>
    this.jobs.error() ? this.errors.describe(this.jobs.error()) : null,
  );

  /** Starts the job; it runs in the background, so the list is read again once it has had time to finish. */
  protected async runNow(job: JobInfo): Promise<void> {
    this.running.set(`${job.group}.${job.name}`);
    this.runError.set(null);
    try {
      await this.api.runJobNow(job.group, job.name);
      this.announcer.say('Page:Jobs.RunStarted', { job: job.title });
      setTimeout(() => this.jobs.reload(), 2000);
    } catch (e) {
      this.runError.set(this.errors.describe(e));
    } finally {
      this.running.set(null);
    }
  }
}
