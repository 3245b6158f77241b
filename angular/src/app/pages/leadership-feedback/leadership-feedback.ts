import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import {
  FeedbackAreaOption,
  FeedbackCandidate,
  FeedbackRound,
  FeedbackRoundSummary,
  LeadershipFeedbackApi,
} from '../../data/leadership-feedback-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';
import { FieldError } from '../../shared/field-error';
import { TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';

const RATINGS = [1, 2, 3, 4, 5] as const;
/** The label of each rating, by rating. */
const RATING_LABELS: Readonly<Record<number, string>> = {
  1: 'Page:LeadershipFeedback.Rating.1',
  2: 'Page:LeadershipFeedback.Rating.2',
  3: 'Page:LeadershipFeedback.Rating.3',
  4: 'Page:LeadershipFeedback.Rating.4',
  5: 'Page:LeadershipFeedback.Rating.5',
};

/** Two weeks from today, as the date field writes it. */
function inTwoWeeks(): string {
  const day = new Date();
  day.setDate(day.getDate() + 14);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/**
 * The leader's 360° feedback: their rounds with how many answered (never who), a new round
 * (areas with their own rating, colleagues found by name or employee number), and a closed
 * round's result — their own rating beside the others' average per area, shown only when enough
 * colleagues answered — from which they may ask for a manager-assessed evidence.
 */
@Component({
  selector: 'app-leadership-feedback',
  imports: [
    AppDatePipe,
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    Alert,
    FieldError,
    TextField,
  ],
  template: `
    <h1>{{ 'Page:LeadershipFeedback.Title' | translate }}</h1>
    <p>{{ 'Page:LeadershipFeedback.Intro' | translate }}</p>

    <h2>{{ 'Page:LeadershipFeedback.Rounds' | translate }}</h2>
    @if (rounds().length) {
      <ul class="rounds" data-testid="feedback-rounds">
        @for (r of rounds(); track r.id) {
          <li>
            <button mat-button type="button" (click)="open(r.id)">{{ r.title }}</button>
            <span>
              {{
                'Page:LeadershipFeedback.AnsweredOf'
                  | translate: { answered: r.answered, invited: r.invited }
              }}
              ·
              {{
                (r.isClosed ? 'Page:LeadershipFeedback.Closed' : 'Page:LeadershipFeedback.Open')
                  | translate
              }}
            </span>
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'Page:LeadershipFeedback.NoRounds' | translate }}</p>
    }
    @if (!creating()) {
      <button mat-flat-button type="button" data-testid="feedback-new" (click)="startNew()">
        {{ 'Page:LeadershipFeedback.New' | translate }}
      </button>
    }

    @if (creating()) {
      <section aria-labelledby="new-round">
        <h2 id="new-round">{{ 'Page:LeadershipFeedback.New' | translate }}</h2>
        <form [formGroup]="form" (ngSubmit)="create()" novalidate>
          <div class="form-grid">
            <app-text-field
              control="title"
              label="Page:LeadershipFeedback.RoundTitle"
              [maxLength]="200"
            />
            <app-text-field
              control="closesOn"
              label="Page:LeadershipFeedback.ClosesOn"
              type="date"
            />
            <app-text-field
              control="minimumAnswers"
              label="Page:LeadershipFeedback.MinimumAnswers"
              hint="Page:LeadershipFeedback.MinimumAnswersHint"
              type="number"
              [min]="3"
            />
          </div>

          <h3 id="areas">{{ 'Page:LeadershipFeedback.Areas' | translate }}</h3>
          <p class="hint">{{ 'Page:LeadershipFeedback.AreasHint' | translate }}</p>
          <table class="areas" aria-labelledby="areas">
            <thead>
              <tr>
                <th scope="col">{{ 'Page:LeadershipFeedback.Area' | translate }}</th>
                <th scope="col">{{ 'Page:LeadershipFeedback.SelfRating' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (area of areas(); track area.id) {
                <tr>
                  <td>
                    <label [for]="'self-' + area.id">{{ area.name }}</label>
                    @if (area.isRequired) {
                      <span class="hint">
                        ({{ 'Page:LeadershipFeedback.Required' | translate }})</span
                      >
                    }
                  </td>
                  <td>
                    <select
                      [id]="'self-' + area.id"
                      [name]="'self-' + area.id"
                      [(ngModel)]="selfRatings[area.id]"
                      [ngModelOptions]="{ standalone: true }"
                    >
                      <option value="">
                        {{ 'Page:LeadershipFeedback.NotIncluded' | translate }}
                      </option>
                      @for (r of ratings; track r) {
                        <option [value]="'' + r">
                          {{ ratingLabels[r] | translate }}
                        </option>
                      }
                    </select>
                  </td>
                </tr>
              }
            </tbody>
          </table>
          <p class="field-error" *appFieldError="form.controls.selfRatings; let message">
            {{ message }}
          </p>

          <h3>{{ 'Page:LeadershipFeedback.Invitees' | translate }}</h3>
          <p class="hint">{{ 'Page:LeadershipFeedback.InviteesHint' | translate }}</p>
          <div class="search">
            <mat-form-field>
              <mat-label>{{ 'Page:LeadershipFeedback.Search' | translate }}</mat-label>
              <input
                matInput
                type="search"
                [formControl]="search"
                autocomplete="off"
                data-testid="feedback-search"
              />
            </mat-form-field>
            <button mat-stroked-button type="button" data-testid="feedback-find" (click)="find()">
              {{ 'Page:LeadershipFeedback.Find' | translate }}
            </button>
          </div>
          <ul class="people" data-testid="feedback-candidates">
            @for (person of candidates(); track person.personId) {
              <li>
                <span
                  >{{ person.name }} ({{ person.employeeNumber }}), {{ person.officeName }}</span
                >
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="isChosen(person)"
                  [attr.aria-label]="
                    'Page:LeadershipFeedback.AddFor' | translate: { name: person.name }
                  "
                  (click)="add(person)"
                >
                  {{ 'Page:LeadershipFeedback.Add' | translate }}
                </button>
              </li>
            }
          </ul>
          <h4 id="chosen">
            {{ 'Page:LeadershipFeedback.Chosen' | translate: { count: chosen().length } }}
          </h4>
          <ul class="people" aria-labelledby="chosen" data-testid="feedback-chosen">
            @for (person of chosen(); track person.personId) {
              <li>
                <span>{{ person.name }}, {{ person.officeName }}</span>
                <button
                  mat-button
                  type="button"
                  [attr.aria-label]="
                    'Page:LeadershipFeedback.RemoveFor' | translate: { name: person.name }
                  "
                  (click)="remove(person)"
                >
                  {{ 'Page:LeadershipFeedback.Remove' | translate }}
                </button>
              </li>
            }
          </ul>
          <p class="field-error" *appFieldError="form.controls.inviteePersonIds; let message">
            {{ message }}
          </p>

          <app-alert [message]="submission.error()" />
          <div class="page-actions">
            <button
              mat-flat-button
              type="submit"
              [disabled]="submission.saving()"
              data-testid="feedback-create"
            >
              {{ 'Page:LeadershipFeedback.Create' | translate }}
            </button>
            <button mat-button type="button" (click)="creating.set(false)">
              {{ 'Ui:Cancel' | translate }}
            </button>
          </div>
        </form>
      </section>
    }

    @if (selected(); as s) {
      <section aria-labelledby="round-title" data-testid="feedback-round">
        <h2 id="round-title">{{ s.round.title }}</h2>
        <p>
          {{ s.round.opensAt | appDate }} – {{ s.round.closesAt | appDate }} ·
          <span data-testid="feedback-answered">{{
            'Page:LeadershipFeedback.AnsweredOf'
              | translate: { answered: s.round.answered, invited: s.round.invited }
          }}</span>
        </p>
        @if (s.round.isOpen) {
          <div class="page-actions">
            <button
              mat-stroked-button
              type="button"
              data-testid="feedback-close"
              (click)="close(s.round.id)"
            >
              {{ 'Page:LeadershipFeedback.Close' | translate }}
            </button>
            <button mat-stroked-button type="button" (click)="remind(s.round.id)">
              {{ 'Page:LeadershipFeedback.Remind' | translate }}
            </button>
          </div>
        }
        <p role="status">{{ notice() }}</p>
        @if (s.isResultShown) {
          <table class="result" data-testid="feedback-result">
            <caption>
              {{
                'Page:LeadershipFeedback.ResultCaption' | translate
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'Page:LeadershipFeedback.Area' | translate }}</th>
                <th scope="col">{{ 'Page:LeadershipFeedback.SelfRating' | translate }}</th>
                <th scope="col">{{ 'Page:LeadershipFeedback.OthersAverage' | translate }}</th>
                <th scope="col">{{ 'Page:LeadershipFeedback.Evidence' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (a of s.areas; track a.areaId) {
                <tr>
                  <th scope="row">{{ a.name }}</th>
                  <td>
                    <span
                      class="bar self"
                      [style.width.%]="a.selfRating * 20"
                      aria-hidden="true"
                    ></span>
                    {{ a.selfRating }}
                  </td>
                  <td>
                    @if (a.othersAverage !== null && a.othersAverage !== undefined) {
                      <span
                        class="bar others"
                        [style.width.%]="a.othersAverage * 20"
                        aria-hidden="true"
                      ></span>
                      {{ a.othersAverage }}
                      <span class="hint"
                        >({{
                          'Page:LeadershipFeedback.RatedBy' | translate: { count: a.rated }
                        }})</span
                      >
                    } @else {
                      {{ 'Page:LeadershipFeedback.TooFew' | translate }}
                    }
                  </td>
                  <td>
                    @if (a.requestedLevel) {
                      {{
                        'Page:LeadershipFeedback.Requested' | translate: { level: a.requestedLevel }
                      }}
                    } @else if (a.othersAverage !== null && a.othersAverage !== undefined) {
                      <label class="sr-only" [for]="'level-' + a.areaId">{{
                        'Page:LeadershipFeedback.Level' | translate
                      }}</label>
                      <select
                        [id]="'level-' + a.areaId"
                        [(ngModel)]="levels[a.areaId]"
                        [ngModelOptions]="{ standalone: true }"
                      >
                        @for (l of levelsOf(a.maxLevel); track l) {
                          <option [value]="'' + l">
                            {{ 'Page:LeadershipFeedback.LevelN' | translate: { level: l } }}
                          </option>
                        }
                      </select>
                      <button
                        mat-stroked-button
                        type="button"
                        [attr.aria-label]="
                          'Page:LeadershipFeedback.RequestFor' | translate: { area: a.name }
                        "
                        (click)="requestEvidence(s.round.id, a.areaId)"
                      >
                        {{ 'Page:LeadershipFeedback.Request' | translate }}
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
          @if (s.comments.length) {
            <h3>{{ 'Page:LeadershipFeedback.Comments' | translate }}</h3>
            <ul data-testid="feedback-comments">
              @for (c of s.comments; track $index) {
                <li>{{ c }}</li>
              }
            </ul>
          }
        } @else {
          <p data-testid="feedback-hidden">
            {{ 'Page:LeadershipFeedback.Hidden' | translate: { minimum: s.round.minimumAnswers } }}
          </p>
        }
        <app-alert [message]="actionError()" />
      </section>
    }
  `,
  styles: `
    .rounds,
    .people {
      list-style: none;
      padding: 0;
      max-width: 760px;
    }
    .rounds li,
    .people li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      padding: 4px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .search {
      display: flex;
      gap: 8px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
    }
    .field-error {
      color: var(--ax-text-danger);
    }
    table {
      border-collapse: collapse;
      max-width: 900px;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      vertical-align: middle;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 8px 0;
    }
    .bar {
      display: inline-block;
      height: 10px;
      max-width: 100px;
      margin-right: 6px;
      vertical-align: middle;
    }
    .bar.self {
      background: #0067c5;
    }
    .bar.others {
      background: #06893a;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    select {
      min-height: 36px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeadershipFeedbackPage {
  private readonly api = inject(LeadershipFeedbackApi);
  private readonly errors = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);

  protected readonly ratings = RATINGS;
  protected readonly ratingLabels = RATING_LABELS;
  protected readonly rounds = signal<FeedbackRoundSummary[]>([]);
  protected readonly areas = signal<FeedbackAreaOption[]>([]);
  protected readonly selected = signal<FeedbackRound | null>(null);
  protected readonly creating = signal(false);
  protected readonly candidates = signal<FeedbackCandidate[]>([]);
  protected readonly chosen = signal<FeedbackCandidate[]>([]);
  protected readonly notice = signal('');
  protected readonly actionError = signal<string | null>(null);
  protected selfRatings: Record<string, string> = {};
  protected levels: Record<string, string> = {};
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    closesOn: new FormControl(inTwoWeeks(), { nonNullable: true }),
    minimumAnswers: new FormControl<number | null>(5),
    selfRatings: new FormControl<unknown>(null),
    inviteePersonIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly submission = new FormSubmission();

  constructor() {
    void this.reload();
  }

  private async reload(): Promise<void> {
    try {
      this.rounds.set(await this.api.mine());
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    }
  }

  protected async startNew(): Promise<void> {
    this.creating.set(true);
    const options = await this.api.options();
    this.areas.set(options.areas);
    // The areas the leader's roles require are proposed, each with a middle rating to adjust.
    this.selfRatings = Object.fromEntries(
      options.areas.map((a) => [a.id, a.isRequired ? '3' : '']),
    );
  }

  protected async open(id: string): Promise<void> {
    this.notice.set('');
    this.actionError.set(null);
    this.selected.set(await this.api.round(id));
  }

  protected async find(): Promise<void> {
    try {
      this.candidates.set(await this.api.candidates(this.search.value));
    } catch (error) {
      this.submission.error.set(this.errors.describe(error));
    }
  }

  protected isChosen(person: FeedbackCandidate): boolean {
    return this.chosen().some((p) => p.personId === person.personId);
  }

  protected add(person: FeedbackCandidate): void {
    if (!this.isChosen(person)) this.chosen.update((list) => [...list, person]);
    this.form.controls.inviteePersonIds.setValue(this.chosen().map((p) => p.personId));
  }

  protected remove(person: FeedbackCandidate): void {
    this.chosen.update((list) => list.filter((p) => p.personId !== person.personId));
    this.form.controls.inviteePersonIds.setValue(this.chosen().map((p) => p.personId));
  }

  protected levelsOf(max: number): number[] {
    return Array.from({ length: max }, (_, i) => i + 1);
  }

  protected async create(): Promise<void> {
    const value = this.form.getRawValue();
    const closesAt = value.closesOn ? new Date(`${value.closesOn}T23:59:00`).toISOString() : null;
    const created = await this.submission.run(this.form, () =>
      this.api.create({
        title: value.title,
        opensAt: new Date().toISOString(),
        closesAt,
        minimumAnswers: value.minimumAnswers,
        selfRatings: Object.entries(this.selfRatings)
          .filter(([, rating]) => rating)
          .map(([areaId, rating]) => ({ areaId, rating: Number(rating) })),
        inviteePersonIds: value.inviteePersonIds,
      }),
    );
    if (!created) return;
    this.creating.set(false);
    this.chosen.set([]);
    this.candidates.set([]);
    this.form.reset({ title: '', closesOn: inTwoWeeks(), minimumAnswers: 5, inviteePersonIds: [] });
    this.selected.set(created);
    await this.reload();
  }

  protected async close(id: string): Promise<void> {
    await this.act(async () => this.selected.set(await this.api.close(id)));
    await this.reload();
  }

  protected async remind(id: string): Promise<void> {
    await this.act(async () => {
      const sent = await this.api.remind(id);
      this.notice.set(
        this.translate.instant('Page:LeadershipFeedback.Reminded', {
          count: sent.reminded,
        }) as string,
      );
    });
  }

  protected async requestEvidence(id: string, areaId: string): Promise<void> {
    const level = Number(this.levels[areaId] ?? '1');
    await this.act(async () =>
      this.selected.set(await this.api.requestEvidence(id, areaId, level)),
    );
  }

  private async act(call: () => Promise<void>): Promise<void> {
    this.actionError.set(null);
    try {
      await call();
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    }
  }
}
