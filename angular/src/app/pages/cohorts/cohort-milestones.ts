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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { CohortApi, Milestone } from '../../data/cohort-api';
import { Alert } from '../../shared/alert';
import { DataTable, TableField } from '../../shared/data-table';
import { AppDatePipe, DateFormatter } from '../../shared/date-format';
import { injectErrorText } from './cohort-format';

/**
 * The cohort's milestones as the scheduler holds them: what happens when, whether it is still a
 * trigger, and how its last run went. An admin can run one now; running it again changes nothing.
 */
@Component({
  selector: 'app-cohort-milestones',
  imports: [
    NameContext,
    TranslatePipe,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
    AppDatePipe,
  ],
  template: `
    <p class="intro">{{ 'Page:Cohorts.Milestones.Intro' | translate }}</p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert kind="success" [message]="notice()" />
    <app-alert [message]="error()" />
    <app-data-table [rows]="milestones()" [columns]="columns" [fields]="fields" testId="milestones">
      <ng-container matColumnDef="kind">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Cohorts.Milestones.Kind' | translate }}</th>
        <td mat-cell *matCellDef="let m">
          {{ m.kindName }}
          <span class="sub">{{ m.description }}</span>
        </td>
      </ng-container>
      <ng-container matColumnDef="fireAt">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Cohorts.Milestones.When' | translate }}</th>
        <td mat-cell *matCellDef="let m" class="nowrap">
          {{ m.fireAt | appDate: 'dateTime' }}
        </td>
      </ng-container>
      <ng-container matColumnDef="outcome">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Cohorts.Milestones.LastOutcome' | translate }}
        </th>
        <td mat-cell *matCellDef="let m">
          @if (m.lastOutcome; as outcome) {
            <strong>{{
              (outcome.succeeded
                ? 'Page:Cohorts.Milestones.Succeeded'
                : 'Page:Cohorts.Milestones.Failed'
              ) | translate
            }}</strong>
            {{ outcome.result }}
            <span class="sub"
              >{{ outcome.ranAt | appDate: 'dateTime' }} ·
              {{
                (outcome.byHand
                  ? 'Page:Cohorts.Milestones.ByHand'
                  : 'Page:Cohorts.Milestones.BySchedule'
                ) | translate
              }}</span
            >
          } @else {
            {{ 'Page:Cohorts.Milestones.NotRun' | translate }}
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="run">
        <th mat-header-cell *matHeaderCellDef>
          <span class="visually-hidden">{{ 'Page:Cohorts.Participants.Actions' | translate }}</span>
        </th>
        <td mat-cell *matCellDef="let m">
          <button
            mat-stroked-button
            type="button"
            [disabled]="running() !== null"
            [appNameContext]="m.kindName + ', ' + (m.fireAt | appDate: 'dateTime')"
            (click)="run(m)"
          >
            {{ 'Page:Cohorts.Milestones.Run' | translate }}
          </button>
        </td>
      </ng-container>
    </app-data-table>
  `,
  styles: `
    .sub {
      display: block;
      font-size: 0.875rem;
      color: var(--ax-text-neutral-subtle);
    }
    .nowrap {
      white-space: nowrap;
    }
    .intro {
      max-width: 70ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortMilestones {
  readonly cohortId = input.required<string>();
  /** A milestone ran: the cohort's status may have changed. */
  readonly ran = output<void>();

  private readonly api = inject(CohortApi);
  private readonly translate = inject(TranslateService);
  private readonly errorText = injectErrorText();
  protected readonly language = inject(LanguageService);
  private readonly dates = inject(DateFormatter);

  protected readonly columns = ['kind', 'fireAt', 'scheduled', 'outcome', 'run'];
  protected readonly fields: TableField<Milestone>[] = [
    {
      id: 'scheduled',
      heading: 'Page:Cohorts.Milestones.Scheduled',
      value: (m) => (m.scheduled ? 'Page:Cohorts.Yes' : 'Page:Cohorts.No'),
      translate: true,
    },
  ];
  protected readonly milestones = signal<Milestone[]>([]);
  protected readonly loading = signal(false);
  protected readonly running = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly request = computed(() => ({
    id: this.cohortId(),
    language: this.language.current(),
  }));

  constructor() {
    effect(() => {
      const { id } = this.request();
      untracked(() => void this.load(id));
    });
  }

  async load(id = this.cohortId()): Promise<void> {
    this.loading.set(true);
    try {
      this.milestones.set(await this.api.milestones(id));
      this.error.set(null);
    } catch (error) {
      this.error.set(this.errorText(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async run(milestone: Milestone): Promise<void> {
    if (this.running()) return;
    this.running.set(milestone.key);
    this.notice.set(null);
    this.error.set(null);
    try {
      const result = await this.api.runMilestone(this.cohortId(), milestone.key);
      this.milestones.update((list) => list.map((m) => (m.key === result.key ? result : m)));
      const outcome = result.lastOutcome;
      this.notice.set(
        this.translate.instant('Page:Cohorts.Milestones.Ran', {
          kind: result.kindName,
          when: this.dates.dateTime(result.fireAt),
          result: outcome?.result ?? '',
        }) as string,
      );
      this.ran.emit();
    } catch (error) {
      this.error.set(this.errorText(error));
    } finally {
      this.running.set(null);
    }
  }
}
