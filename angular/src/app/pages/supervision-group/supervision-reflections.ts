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
import { SupervisionNotesApi, SupervisionReflection } from '../../data/supervision-notes-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';
import { FieldError } from '../../shared/field-error';
import { FormSubmission } from '../../shared/form-submission';
import { Announcer } from '../../shared/announcer';
import { SupervisionMeetingRef } from './supervision-meeting-ref';

/**
 * The member's private reflection notes in the group, and the notes others shared with it. The
 * page says at the field that nobody else reads a note unless its author shares it.
 */
@Component({
  selector: 'app-supervision-reflections',
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
    <section data-testid="supervision-reflections" aria-labelledby="supervision-reflections-title">
      <h2 id="supervision-reflections-title">
        {{ 'Page:PeerSupervision.Reflections.Title' | translate }}
      </h2>
      <p class="notice" id="supervision-reflections-private">
        {{ 'Page:PeerSupervision.Reflections.Private' | translate }}
      </p>
      <form [formGroup]="form" (ngSubmit)="write()" novalidate data-testid="reflection-form">
        <h3>{{ 'Page:PeerSupervision.Reflections.Write' | translate }}</h3>
        <mat-form-field>
          <mat-label>{{ 'Page:PeerSupervision.Cases.Meeting' | translate }}</mat-label>
          <mat-select formControlName="meetingId">
            <mat-option [value]="null">
              {{ 'Page:PeerSupervision.Reflections.NoMeeting' | translate }}
            </mat-option>
            @for (m of pastMeetings(); track m.id) {
              <mat-option [value]="m.id">{{ m.startsAt | appDate: 'dateTime' }}</mat-option>
            }
          </mat-select>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ 'Page:PeerSupervision.Reflections.Text' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="text"
            rows="6"
            maxlength="8000"
            aria-describedby="supervision-reflections-private"
          ></textarea>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <app-alert [message]="submission.error()" />
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:PeerSupervision.Reflections.Save' | translate }}
        </button>
      </form>

      <h3>{{ 'Page:PeerSupervision.Reflections.Mine' | translate }}</h3>
      @for (r of mine(); track r.id) {
        <article class="note" data-testid="my-reflection">
          <p class="meta">
            {{
              'Page:PeerSupervision.Reflections.WrittenAt'
                | translate: { date: (r.writtenAt | appDate: 'dateTime') }
            }}
            @if (r.sharedWithGroupAt) {
              ·
              <strong class="shared">{{
                'Page:PeerSupervision.Reflections.Shared' | translate
              }}</strong>
            }
          </p>
          <p class="text">{{ r.text }}</p>
          @if (r.sharedWithGroupAt) {
            <button mat-button type="button" class="unshare" (click)="withdrawShare(r)">
              {{ 'Page:PeerSupervision.Reflections.Unshare' | translate }}
            </button>
          } @else {
            <button mat-button type="button" class="share" (click)="share(r)">
              {{ 'Page:PeerSupervision.Reflections.Share' | translate }}
            </button>
          }
          <button mat-button type="button" class="delete" (click)="remove(r)">
            {{ 'Page:PeerSupervision.Reflections.Delete' | translate }}
          </button>
        </article>
      } @empty {
        <p class="muted">{{ 'Page:PeerSupervision.Reflections.MineNone' | translate }}</p>
      }

      <h3>{{ 'Page:PeerSupervision.Reflections.SharedTitle' | translate }}</h3>
      @for (r of sharedByOthers(); track r.id) {
        <article class="note" data-testid="shared-reflection">
          <p class="meta">
            {{ 'Page:PeerSupervision.Reflections.SharedBy' | translate: { name: r.authorName } }} ·
            {{ r.sharedWithGroupAt | appDate: 'dateTime' }}
          </p>
          <p class="text">{{ r.text }}</p>
        </article>
      } @empty {
        <p class="muted">{{ 'Page:PeerSupervision.Reflections.SharedNone' | translate }}</p>
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
    .note {
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      padding: 8px 0;
    }
    .text {
      white-space: pre-line;
    }
    .meta,
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionReflections {
  private readonly api = inject(SupervisionNotesApi);
  private readonly announcer = inject(Announcer);

  readonly groupId = input.required<string>();
  readonly meetings = input<readonly SupervisionMeetingRef[]>([]);

  protected readonly mine = signal<SupervisionReflection[]>([]);
  private readonly shared = signal<SupervisionReflection[]>([]);
  /** The caller's own shared notes show in their own list, marked; this list is the others'. */
  protected readonly sharedByOthers = computed(() => this.shared().filter((r) => !r.isMine));
  /** A reflection follows a meeting: the ones that have begun and were not cancelled. */
  protected readonly pastMeetings = computed(() =>
    this.meetings()
      .filter((m) => m.status !== 'Cancelled' && new Date(m.startsAt) <= new Date())
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
  );
  protected readonly submission = new FormSubmission('[data-testid=reflection-form]');
  protected readonly form = new FormGroup({
    meetingId: new FormControl<string | null>(null),
    text: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });

  constructor() {
    effect(() => void this.load(this.groupId()));
  }

  protected async write(): Promise<void> {
    const text = this.form.controls.text.value.trim();
    if (!text) {
      this.form.controls.text.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    const saved = await this.submission.run(this.form, () =>
      this.api.writeReflection(this.groupId(), text, this.form.controls.meetingId.value),
    );
    if (!saved) return;
    this.form.reset({ meetingId: null, text: '' });
    this.announcer.say('Page:PeerSupervision.Reflections.Saved');
    await this.load(this.groupId());
  }

  protected share(r: SupervisionReflection): Promise<void> {
    return this.act(
      () => this.api.shareReflection(r.id),
      'Page:PeerSupervision.Reflections.SharedDone',
    );
  }

  protected withdrawShare(r: SupervisionReflection): Promise<void> {
    return this.act(
      () => this.api.withdrawShare(r.id),
      'Page:PeerSupervision.Reflections.UnshareDone',
    );
  }

  protected remove(r: SupervisionReflection): Promise<void> {
    return this.act(
      () => this.api.deleteReflection(r.id),
      'Page:PeerSupervision.Reflections.Deleted',
    );
  }

  private async act(call: () => Promise<unknown>, done: string): Promise<void> {
    this.submission.clear();
    try {
      await call();
      this.announcer.say(done);
    } catch (error) {
      this.submission.fail(error);
    }
    await this.load(this.groupId());
  }

  private async load(groupId: string): Promise<void> {
    try {
      const [mine, shared] = await Promise.all([
        this.api.myReflections(groupId),
        this.api.sharedReflections(groupId),
      ]);
      this.mine.set(mine);
      this.shared.set(shared);
    } catch (error) {
      this.submission.fail(error);
    }
  }
}
