import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { toProblemDetails } from '../../core/problem-details';
import {
  CASE_NAME_WARNING,
  SupervisionCase,
  SupervisionNotesApi,
} from '../../data/supervision-notes-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';
import { FieldError } from '../../shared/field-error';
import { FormSubmission } from '../../shared/form-submission';
import { Announcer } from '../../shared/announcer';
import { openMeetings, SupervisionMeetingRef } from './supervision-meeting-ref';

/**
 * The group's cases per meeting, and the form to bring one. Cases must be anonymous: the server
 * refuses an identity number, and warns on what looks like a name, which the author may override
 * ("send anyway") when it is not a person.
 */
@Component({
  selector: 'app-supervision-cases',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Alert,
    AppDatePipe,
    FieldError,
  ],
  template: `
    <section data-testid="supervision-cases" aria-labelledby="supervision-cases-title">
      <h2 id="supervision-cases-title">{{ 'Page:PeerSupervision.Cases.Title' | translate }}</h2>
      <p class="notice">{{ 'Page:PeerSupervision.Cases.Anonymous' | translate }}</p>
      <app-alert [message]="loadError()" />
      @for (c of cases(); track c.id) {
        <article class="case" data-testid="case">
          <h3>{{ c.title }}</h3>
          <p class="meta">
            {{ c.meetingStartsAt | appDate: 'dateTime' }} ·
            {{ 'Page:PeerSupervision.Cases.By' | translate: { name: c.authorName } }}
          </p>
          <p class="description">{{ c.description }}</p>
          @if (c.canChange) {
            <button mat-button type="button" class="change" (click)="edit(c)">
              {{ 'Page:PeerSupervision.Cases.Change' | translate }}
            </button>
            <button mat-button type="button" class="withdraw" (click)="withdraw(c)">
              {{ 'Page:PeerSupervision.Cases.Withdraw' | translate }}
            </button>
          }
        </article>
      } @empty {
        <p class="muted">{{ 'Page:PeerSupervision.Cases.None' | translate }}</p>
      }

      @if (meetingsOpen().length > 0 || editing()) {
        <form [formGroup]="form" (ngSubmit)="save(false)" novalidate data-testid="case-form">
          <h3>
            {{
              (editing() ? 'Page:PeerSupervision.Cases.Change' : 'Page:PeerSupervision.Cases.Bring')
                | translate
            }}
          </h3>
          @if (!editing()) {
            <mat-form-field>
              <mat-label>{{ 'Page:PeerSupervision.Cases.Meeting' | translate }}</mat-label>
              <mat-select formControlName="meetingId">
                @for (m of meetingsOpen(); track m.id) {
                  <mat-option [value]="m.id">{{ m.startsAt | appDate: 'dateTime' }}</mat-option>
                }
              </mat-select>
              <mat-error *appFieldError="let message">{{ message }}</mat-error>
            </mat-form-field>
          }
          <mat-form-field class="wide">
            <mat-label>{{ 'Page:PeerSupervision.Cases.CaseTitle' | translate }}</mat-label>
            <input matInput formControlName="title" maxlength="200" autocomplete="off" />
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>{{ 'Page:PeerSupervision.Cases.Description' | translate }}</mat-label>
            <textarea matInput formControlName="description" rows="5" maxlength="2000"></textarea>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          @if (nameWarning(); as warning) {
            <div class="warning" role="alert" data-testid="name-warning">
              <p>{{ warning }}</p>
              <button mat-stroked-button type="button" class="acknowledge" (click)="save(true)">
                {{ 'Page:PeerSupervision.Cases.Acknowledge' | translate }}
              </button>
            </div>
          }
          <app-alert [message]="submission.error()" />
          <button mat-flat-button type="submit" [disabled]="submission.saving()">
            {{ 'Page:PeerSupervision.Cases.Save' | translate }}
          </button>
          @if (editing()) {
            <button mat-button type="button" (click)="reset()">
              {{ 'Page:PeerSupervision.Cases.Cancel' | translate }}
            </button>
          }
        </form>
      } @else {
        <p class="muted">{{ 'Page:PeerSupervision.Cases.NoMeetings' | translate }}</p>
      }
    </section>
  `,
  styles: `
    .wide {
      width: 100%;
      max-width: 800px;
    }
    .notice {
      display: inline-block;
      padding: 4px 10px;
      border: 1px solid var(--ax-border-info);
      border-radius: 6px;
      background: var(--ax-bg-info-soft);
    }
    .case {
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      padding: 8px 0;
    }
    .description {
      white-space: pre-line;
    }
    .meta,
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    .warning {
      margin: 0 0 16px;
      padding: 12px 16px;
      border: 1px solid var(--ax-border-warning);
      border-radius: 8px;
      background: var(--ax-bg-warning-soft);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionCases {
  private readonly api = inject(SupervisionNotesApi);
  private readonly announcer = inject(Announcer);

  readonly groupId = input.required<string>();
  readonly meetings = input<readonly SupervisionMeetingRef[]>([]);

  protected readonly cases = signal<SupervisionCase[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly editing = signal<SupervisionCase | null>(null);
  protected readonly nameWarning = signal<string | null>(null);
  protected readonly meetingsOpen = computed(() => openMeetings(this.meetings()));
  protected readonly submission = new FormSubmission('[data-testid=case-form]');
  protected readonly form = new FormGroup({
    meetingId: new FormControl<string | null>(null, Validators.required),
    title: new FormControl('', { nonNullable: true, validators: Validators.required }),
    description: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });

  constructor() {
    effect(() => void this.load(this.groupId()));
    // The first coming meeting is the likely one.
    effect(() => {
      const first = this.meetingsOpen()[0];
      if (first && !this.form.controls.meetingId.value)
        this.form.controls.meetingId.setValue(first.id);
    });
    // A changed text is a new question: the old warning no longer applies.
    this.form.valueChanges.subscribe(() => this.nameWarning.set(null));
  }

  protected edit(c: SupervisionCase): void {
    this.editing.set(c);
    this.form.patchValue({ meetingId: c.meetingId, title: c.title, description: c.description });
  }

  protected reset(): void {
    this.editing.set(null);
    this.form.reset({ meetingId: this.meetingsOpen()[0]?.id ?? null, title: '', description: '' });
    this.nameWarning.set(null);
  }

  protected async save(acknowledgeNameWarning: boolean): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { meetingId, title, description } = this.form.getRawValue();
    const editing = this.editing();
    const saved = await this.submission.run(this.form, async () => {
      try {
        return editing
          ? await this.api.changeCase(this.groupId(), editing.id, {
              title,
              description,
              acknowledgeNameWarning,
            })
          : await this.api.bringCase(this.groupId(), {
              meetingId,
              title,
              description,
              acknowledgeNameWarning,
            });
      } catch (error) {
        const problem = toProblemDetails(error);
        if (problem.code !== CASE_NAME_WARNING) throw error;
        const field = Object.values(problem.errors ?? {})[0]?.[0];
        this.nameWarning.set(field ?? problem.detail ?? null);
        return null;
      }
    });
    if (!saved) return;
    this.announcer.say('Page:PeerSupervision.Cases.Saved');
    this.reset();
    await this.load(this.groupId());
  }

  protected async withdraw(c: SupervisionCase): Promise<void> {
    try {
      await this.api.withdrawCase(this.groupId(), c.id);
      this.announcer.say('Page:PeerSupervision.Cases.Withdrawn');
      if (this.editing()?.id === c.id) this.reset();
      await this.load(this.groupId());
    } catch (error) {
      this.submission.fail(error);
    }
  }

  private async load(groupId: string): Promise<void> {
    try {
      this.cases.set(await this.api.cases(groupId));
      this.loadError.set(null);
    } catch (error) {
      this.submission.fail(error);
      this.loadError.set(this.submission.error());
    }
  }
}
