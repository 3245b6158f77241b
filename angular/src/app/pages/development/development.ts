import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import {
  DevelopmentApi,
  DevelopmentPlan,
  MyDevelopment,
  PrivateNote,
  ResultIndicator,
} from '../../data/development-api';
import { Alert } from '../../shared/alert';
import { Announcer } from '../../shared/announcer';
import { AppDatePipe } from '../../shared/date-format';
import { FieldError } from '../../shared/field-error';
import { FormSubmission } from '../../shared/form-submission';
import { PlanPanel } from '../../shared/plan-panel';

/**
 * The leader's own development: their plan in a cohort (started here when there is none yet),
 * and their private notes, which no one else can read — not the coach, not an administrator.
 */
@Component({
  selector: 'app-development',
  imports: [
    Alert,
    AppDatePipe,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PlanPanel,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'Page:Development.Title' | translate }}</h1>
    <p>{{ 'Page:Development.Intro' | translate }}</p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />

    @if (mine(); as m) {
      @if (m.plans.length > 1) {
        <nav class="plans" [attr.aria-label]="'Page:Development.Plans' | translate">
          @for (s of m.plans; track s.id) {
            <button
              mat-stroked-button
              type="button"
              [attr.aria-current]="plan()?.id === s.id ? 'true' : null"
              (click)="open(s.id)"
            >
              {{ s.cohortName }}
            </button>
          }
        </nav>
      }
      @for (c of m.cohortsWithoutPlan; track c.id) {
        <p class="start">
          {{ 'Page:Development.NoPlanIn' | translate: { cohort: c.name } }}
          <button
            mat-flat-button
            type="button"
            data-testid="plan-create"
            [disabled]="creating()"
            (click)="create(c.id)"
          >
            {{ 'Page:Development.CreatePlan' | translate }}
          </button>
        </p>
      }
      @if (!m.plans.length && !m.cohortsWithoutPlan.length) {
        <p>{{ 'Page:Development.NoCohort' | translate }}</p>
      }
    }

    @if (plan(); as p) {
      <app-plan-panel [plan]="p" [indicators]="indicators()" (changed)="plan.set($event)" />
    }

    <section aria-labelledby="private-heading" class="private">
      <h2 id="private-heading">{{ 'Page:Development.PrivateNotes' | translate }}</h2>
      <p class="only-you" data-testid="private-notice">
        {{ 'Page:Development.PrivateNotesHint' | translate }}
      </p>
      @if (notes().length) {
        <ul class="notes" data-testid="private-notes">
          @for (n of notes(); track n.id) {
            <li>
              <p class="text">{{ n.text }}</p>
              <p class="hint">
                {{ n.writtenAt | appDate: 'dateTime' }}
                <button
                  mat-button
                  type="button"
                  [attr.aria-label]="
                    'Page:Development.DeleteNoteFrom'
                      | translate: { date: (n.writtenAt | appDate: 'dateTime') }
                  "
                  (click)="deleteNote(n)"
                >
                  {{ 'Ui:Delete' | translate }}
                </button>
              </p>
            </li>
          }
        </ul>
      }
      <form [formGroup]="noteForm" (ngSubmit)="writeNote()" novalidate>
        <mat-form-field class="wide">
          <mat-label>{{ 'Page:Development.PrivateNote' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="text"
            rows="4"
            maxlength="8000"
            data-testid="private-note-text"
          ></textarea>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <app-alert [message]="noteSubmission.error()" />
        <button mat-stroked-button type="submit" [disabled]="noteSubmission.saving()">
          {{ 'Page:Development.SavePrivateNote' | translate }}
        </button>
      </form>
    </section>
  `,
  styles: `
    .plans,
    .start {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .private {
      margin-top: 32px;
      max-width: 960px;
    }
    .only-you {
      font-weight: 600;
    }
    .notes {
      list-style: none;
      padding: 0;
    }
    .notes li {
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .text {
      white-space: pre-wrap;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
    }
    .wide {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevelopmentPage {
  private readonly api = inject(DevelopmentApi);
  private readonly errors = inject(ErrorMessages);
  private readonly announcer = inject(Announcer);

  protected readonly loading = signal(true);
  protected readonly creating = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly mine = signal<MyDevelopment | null>(null);
  protected readonly plan = signal<DevelopmentPlan | null>(null);
  protected readonly indicators = signal<ResultIndicator[]>([]);
  protected readonly notes = signal<PrivateNote[]>([]);
  protected readonly noteForm = new FormGroup({
    text: new FormControl('', { nonNullable: true }),
  });
  protected readonly noteSubmission = new FormSubmission();

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [mine, indicators, notes] = await Promise.all([
        this.api.mine(),
        this.api.indicators(),
        this.api.privateNotes(),
      ]);
      this.mine.set(mine);
      this.indicators.set(indicators);
      this.notes.set(notes);
      if (mine.plans.length) await this.open(mine.plans[0].id);
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async open(id: string): Promise<void> {
    this.error.set(null);
    try {
      this.plan.set(await this.api.plan(id));
    } catch (error) {
      this.error.set(this.errors.describe(error));
    }
  }

  protected async create(cohortId: string): Promise<void> {
    this.creating.set(true);
    this.error.set(null);
    try {
      const plan = await this.api.createPlan(cohortId);
      this.mine.set(await this.api.mine());
      this.plan.set(plan);
      this.announcer.say('Page:Development.PlanCreated');
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.creating.set(false);
    }
  }

  protected async writeNote(): Promise<void> {
    const text = this.noteForm.getRawValue().text;
    const saved = await this.noteSubmission.run(this.noteForm, () =>
      this.api.writePrivateNote(text, this.plan()?.id ?? null),
    );
    if (!saved) return;
    this.noteForm.reset();
    this.notes.update((list) => [saved, ...list]);
    this.announcer.say('Page:Development.NoteSaved');
  }

  protected async deleteNote(note: PrivateNote): Promise<void> {
    this.error.set(null);
    try {
      await this.api.deletePrivateNote(note.id);
      this.notes.update((list) => list.filter((n) => n.id !== note.id));
    } catch (error) {
      this.error.set(this.errors.describe(error));
    }
  }
}
