import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  resource,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { EvaluationReviewApi, PulseSettings } from '../../data/evaluation-review-api';
import { Alert } from '../../shared/alert';
import { Announcer } from '../../shared/announcer';
import { AppDatePipe } from '../../shared/date-format';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { SelectField, SelectOption } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';

/** The option that stands for the seeded pulse set (no set of the admin's choosing). */
const DEFAULT_SET = '';

/**
 * The evaluations with free-text answers, those waiting for review first; and, for national
 * admins, whether a pulse opens after gatherings and meetings and with which questions.
 */
@Component({
  selector: 'app-review-list',
  imports: [
    AppDatePipe,
    EnumLabelPipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatProgressBarModule,
    Alert,
    SelectField,
  ],
  template: `
    <h1>{{ 'Page:Evaluations.Review.Title' | translate }}</h1>
    <p>{{ 'Page:Evaluations.Review.Intro' | translate }}</p>
    @if (list.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="listError()" />
    @if (evaluations(); as items) {
      @if (items.length === 0) {
        <p>{{ 'Page:Evaluations.Review.Empty' | translate }}</p>
      } @else {
        <div class="table-scroll">
          <table class="review" data-testid="review-table">
            <caption class="cdk-visually-hidden">
              {{
                'Page:Evaluations.Review.Title' | translate
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'Page:Evaluations.Review.Column.Title' | translate }}</th>
                <th scope="col">{{ 'Page:Evaluations.Review.Column.Kind' | translate }}</th>
                <th scope="col">{{ 'Page:Evaluations.Review.Column.Closes' | translate }}</th>
                <th scope="col" class="number">
                  {{ 'Page:Evaluations.Review.Column.Pending' | translate }}
                </th>
                <th scope="col" class="number">
                  {{ 'Page:Evaluations.Review.Column.Reviewed' | translate }}
                </th>
              </tr>
            </thead>
            <tbody>
              @for (e of items; track e.id) {
                <tr>
                  <td>
                    <a [routerLink]="['/evaluations/review', e.id]">{{ e.title }}</a>
                  </td>
                  <td>
                    {{ e.targetKind | enumLabel: 'EvaluationTargetKind' | translate }}
                    @if (e.isPulse) {
                      ({{ 'Page:Evaluations.Review.Pulse' | translate }})
                    }
                  </td>
                  <td>{{ e.closesAt | appDate: 'dateTime' }}</td>
                  <td class="number" [class.waiting]="e.pending > 0">{{ e.pending }}</td>
                  <td class="number">{{ e.reviewed }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }

    @if (canManagePulses) {
      <section aria-labelledby="pulse-heading" class="pulse">
        <h2 id="pulse-heading">{{ 'Page:Evaluations.Pulse.Title' | translate }}</h2>
        <p>{{ 'Page:Evaluations.Pulse.Intro' | translate }}</p>
        <app-alert [message]="pulseLoadError()" />
        @if (pulse(); as settings) {
          <form [formGroup]="pulseForm" (ngSubmit)="savePulse()" novalidate id="pulse-form">
            <div class="checkbox">
              <mat-checkbox formControlName="enabled">
                {{ 'Page:Evaluations.Pulse.Enabled' | translate }}
              </mat-checkbox>
            </div>
            <app-select-field
              control="questionSetId"
              label="Page:Evaluations.Pulse.QuestionSet"
              hint="Page:Evaluations.Pulse.QuestionSetHint"
              [options]="setOptions()"
            />
            <app-alert [message]="submission.error()" />
            <div class="form-actions">
              <button mat-flat-button type="submit" [disabled]="submission.saving()">
                {{ 'Ui:Save' | translate }}
              </button>
            </div>
          </form>
        }
      </section>
    }
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
    .review {
      border-collapse: collapse;
      width: 100%;
    }
    .review th,
    .review td {
      text-align: start;
      padding: 8px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      vertical-align: top;
    }
    .review .number {
      text-align: end;
    }
    .waiting {
      font-weight: 700;
    }
    .pulse {
      margin-top: 32px;
      max-width: 720px;
    }
    .checkbox {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewListPage implements OnInit {
  private readonly api = inject(EvaluationReviewApi);
  private readonly errors = inject(ErrorMessages);
  private readonly announcer = inject(Announcer);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  protected readonly canManagePulses = inject(AuthService).hasPermission(
    Permissions.EvaluationsManage,
  );

  protected readonly list = resource({
    params: () => this.language.current(),
    loader: () => this.api.evaluations(),
  });
  protected readonly evaluations = computed(() =>
    this.list.hasValue() ? this.list.value() : null,
  );
  protected readonly listError = computed(() =>
    this.list.error() ? this.errors.describe(this.list.error()) : null,
  );

  protected readonly pulse = signal<PulseSettings | null>(null);
  protected readonly pulseLoadError = signal<string | null>(null);
  protected readonly pulseForm = new FormGroup({
    enabled: new FormControl(true, { nonNullable: true }),
    questionSetId: new FormControl(DEFAULT_SET, { nonNullable: true }),
  });
  protected readonly submission = new FormSubmission('#pulse-form');
  protected readonly setOptions = computed<SelectOption[]>(() => {
    const settings = this.pulse();
    if (!settings) return [];
    const count = (n: number) =>
      this.translate.instant('Page:Evaluations.Pulse.Questions', { count: n }) as string;
    return [
      {
        id: DEFAULT_SET,
        name: this.translate.instant('Page:Evaluations.Pulse.Default') as string,
      },
      ...settings.questionSets
        .filter((s) => !s.isSeededPulse)
        .map((s) => ({ id: s.id, name: `${s.name} (${count(s.questions)})` })),
    ];
  });

  async ngOnInit(): Promise<void> {
    if (!this.canManagePulses) return;
    try {
      this.show(await this.api.pulseSettings());
    } catch (error) {
      this.pulseLoadError.set(this.errors.describe(error));
    }
  }

  protected async savePulse(): Promise<void> {
    const value = this.pulseForm.getRawValue();
    const saved = await this.submission.run(this.pulseForm, () =>
      this.api.savePulseSettings({
        enabled: value.enabled,
        questionSetId: value.questionSetId === DEFAULT_SET ? null : value.questionSetId,
      }),
    );
    if (saved) {
      this.show(saved);
      this.announcer.say('Page:Evaluations.Pulse.Saved');
    }
  }

  private show(settings: PulseSettings): void {
    this.pulse.set(settings);
    const seeded = settings.questionSets.find((s) => s.isSeededPulse)?.id;
    const chosen = settings.questionSetId;
    this.pulseForm.setValue({
      enabled: settings.enabled,
      questionSetId: !chosen || chosen === seeded ? DEFAULT_SET : chosen,
    });
  }
}
