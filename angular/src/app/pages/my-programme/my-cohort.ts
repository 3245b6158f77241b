import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { CertificateCulture, MyCohort, ParticipationApi } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog';
import { StatusChip } from '../../shared/status-chip';
import { Transfer } from '../../shared/file-transfer';
import { Announcer } from '../../shared/announcer';
import { saveFile } from './download';
import { GatheringInfo } from './gathering-info';
import {
  assignmentChip,
  canWithdraw,
  canWork,
  cohortProgress,
  formatDate,
  myStatusText,
} from './programme-format';
import { ProgrammeModule } from './programme-module';
import { ContentText } from '../../shared/content-text';

const CERTIFICATE_CULTURES: { culture: CertificateCulture; label: string }[] = [
  { culture: 'nb', label: 'Page:MyProgramme.Certificate.DownloadNb' },
  { culture: 'nn', label: 'Page:MyProgramme.Certificate.DownloadNn' },
  { culture: 'en', label: 'Page:MyProgramme.Certificate.DownloadEn' },
];

/** One cohort of the participant's: where they stand, what comes next, and the modules. */
@Component({
  selector: 'app-my-cohort',
  imports: [
    ContentText,
    TranslatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    Alert,
    StatusChip,
    GatheringInfo,
    ProgrammeModule,
  ],
  template: `
    <section class="cohort" [attr.aria-labelledby]="id() + '-heading'" data-testid="my-cohort">
      <h2 [id]="id() + '-heading'">{{ cohort().cohortName }}</h2>
      <dl class="facts">
        <div>
          <dt>{{ 'Page:MyProgramme.Field.Version' | translate }}</dt>
          <dd><app-content-text [text]="cohort().versionName" /></dd>
        </div>
        <div>
          <dt>{{ 'Page:MyProgramme.Field.CohortStatus' | translate }}</dt>
          <dd>{{ cohort().cohortStatusName }}</dd>
        </div>
        <div>
          <dt>{{ 'Page:MyProgramme.Field.MyStatus' | translate }}</dt>
          <dd data-testid="my-status">{{ myStatus().key | translate: myStatus().params }}</dd>
        </div>
        <div>
          <dt>{{ 'Page:MyProgramme.Field.Period' | translate }}</dt>
          <dd>{{ day(cohort().startsOn) }} – {{ day(cohort().endsOn) }}</dd>
        </div>
      </dl>

      <div class="progress">
        <p [id]="id() + '-progress'" data-testid="progress-text">
          {{
            'Page:MyProgramme.Progress'
              | translate: { done: progress().done, total: progress().total }
          }}
        </p>
        <mat-progress-bar
          mode="determinate"
          [value]="progress().percent"
          [attr.aria-labelledby]="id() + '-progress'"
        />
      </div>

      @if (cohort().status === 'Completed') {
        <div class="card certificate" data-testid="certificate">
          <h3>{{ 'Page:MyProgramme.Certificate.Heading' | translate }}</h3>
          @if (cohort().certificateId; as certificateId) {
            <p>{{ 'Page:MyProgramme.Certificate.Intro' | translate }}</p>
            <div class="actions">
              @for (item of cultures; track item.culture) {
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="download.active()"
                  (click)="certificate(certificateId, item.culture)"
                >
                  <mat-icon svgIcon="download" />{{ item.label | translate }}
                </button>
              }
            </div>
            @if (download.active()) {
              <mat-progress-bar
                [mode]="download.progress() === null ? 'indeterminate' : 'determinate'"
                [value]="(download.progress() ?? 0) * 100"
                [attr.aria-label]="'Page:MyProgramme.Certificate.Downloading' | translate"
              />
            }
          } @else {
            <p>{{ 'Page:MyProgramme.Certificate.NotIssued' | translate }}</p>
          }
        </div>
      }

      <app-alert [message]="error()" />

      @if (cohort().nextSession; as next) {
        <div class="card">
          <h3>{{ 'Page:MyProgramme.NextGathering' | translate }}</h3>
          <app-gathering-info [cohortId]="cohort().cohortId" [session]="next" />
        </div>
      }

      @if (cohort().upcomingDeadlines.length) {
        <div class="card">
          <h3>{{ 'Page:MyProgramme.Deadlines.Heading' | translate }}</h3>
          <ul class="deadlines" data-testid="deadlines">
            @for (deadline of cohort().upcomingDeadlines; track deadline.assignmentId) {
              <li>
                <strong>{{ day(deadline.dueOn) }}</strong>:
                <app-content-text [text]="deadline.title" />
                <span class="muted">(<app-content-text [text]="deadline.moduleTitle" />)</span>&#32;
                <app-status-chip [chip]="chip(deadline.status)" />
              </li>
            }
          </ul>
        </div>
      }

      @if (participant()) {
        <h3 class="modules-heading">{{ 'Page:MyProgramme.Modules' | translate }}</h3>
        @for (module of cohort().modules; track module.moduleId) {
          <app-programme-module
            [module]="module"
            [enrolmentId]="cohort().enrolmentId"
            [cohortId]="cohort().cohortId"
            [readonly]="!working()"
            (updated)="updated.emit($event)"
          />
        }
      } @else {
        <p>{{ 'Page:MyProgramme.ModulesLater' | translate }}</p>
      }

      @if (withdrawable()) {
        <div class="withdraw">
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="withdraw()">
            <mat-icon svgIcon="leave" />{{ 'Page:MyProgramme.Withdraw.Button' | translate }}
          </button>
        </div>
      }
    </section>
  `,
  styles: `
    .cohort {
      margin-bottom: 40px;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0 0 16px;
    }
    dt {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
    .progress {
      max-width: 600px;
      margin-bottom: 16px;
    }
    .progress p {
      margin: 0 0 4px;
    }
    .card {
      max-width: 800px;
      padding: 12px 16px;
      margin-bottom: 16px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    .card h3 {
      margin: 0 0 8px;
      font-size: 1.125rem;
    }
    .certificate {
      border-color: var(--ax-border-success);
      background: var(--ax-bg-success-soft);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 8px;
    }
    .deadlines {
      margin: 0;
      padding-left: 20px;
    }
    .deadlines li {
      margin: 4px 0;
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    .modules-heading {
      font-size: 1.25rem;
      margin: 24px 0 12px;
    }
    .withdraw {
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCohortView {
  private readonly api = inject(ParticipationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly announcer = inject(Announcer);

  readonly cohort = input.required<MyCohort>();
  readonly updated = output<MyCohort>();
  /** The participant left: the page loads their programme again. */
  readonly withdrawn = output<void>();

  protected readonly cultures = CERTIFICATE_CULTURES;
  protected readonly id = computed(() => 'cohort-' + this.cohort().enrolmentId);
  protected readonly myStatus = computed(() => myStatusText(this.cohort()));
  protected readonly progress = computed(() => cohortProgress(this.cohort()));
  protected readonly participant = computed(
    () => this.cohort().status === 'Enrolled' || this.cohort().status === 'Completed',
  );
  protected readonly working = computed(() => canWork(this.cohort()));
  protected readonly withdrawable = computed(() => canWithdraw(this.cohort()));
  protected readonly download = new Transfer();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected day(value: string): string {
    return formatDate(value, this.language.current());
  }

  protected chip(status: MyCohort['upcomingDeadlines'][number]['status']) {
    return assignmentChip(status);
  }

  protected async certificate(id: string, culture: CertificateCulture): Promise<void> {
    this.error.set(null);
    try {
      const response = await this.download.run(this.api.certificatePdf(id, culture));
      saveFile(response, 'application/pdf', `kursbevis-${culture}.pdf`, true);
    } catch (error) {
      this.error.set(this.errors.describe(error));
    }
  }

  protected async withdraw(): Promise<void> {
    const cohort = this.cohort();
    const t = (key: string) => this.translate.instant(key, { name: cohort.cohortName }) as string;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: t('Page:MyProgramme.Withdraw.Title'),
            message: t('Page:MyProgramme.Withdraw.Message'),
            confirm: t('Page:MyProgramme.Withdraw.Confirm'),
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.withdraw(cohort.enrolmentId);
      this.announcer.say('Page:MyProgramme.Withdraw.Done', { name: cohort.cohortName });
      this.withdrawn.emit();
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }
}
