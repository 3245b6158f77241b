import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import {
  PeerSupervisionApi,
  SupervisionCandidate,
  SupervisionKind,
} from '../../data/peer-supervision-api';
import { Alert } from '../../shared/alert';
import { enumLabels } from '../../shared/enum-labels';
import { FieldError } from '../../shared/field-error';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { orNull } from '../../shared/form-values';
import { RadioField } from '../../shared/radio-field';
import { AgreementFields } from './agreement-fields';
import { ScheduleFields } from './schedule-fields';
import {
  agreementForm,
  scheduleForm,
  toAgreementInput,
  toScheduleInput,
} from './supervision-forms';

const KINDS: readonly SupervisionKind[] = ['Group', 'OneToOne'];

/**
 * A new group or one-to-one: its supervisor (a peer supervisor creating it leads it themselves),
 * the colleagues invited (found by name among those the creator may invite), the first agreement
 * and the schedule. The server checks sizes, scope, the rule and the link; nothing is saved until
 * all of it holds.
 */
@Component({
  selector: 'app-supervision-group-create',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    Alert,
    FieldError,
    SelectField,
    TextField,
    RadioField,
    AgreementFields,
    ScheduleFields,
  ],
  template: `
    <p>
      <a routerLink="/supervision">{{ 'Page:PeerSupervision.Back' | translate }}</a>
    </p>
    <h1>{{ 'Page:PeerSupervision.Create.Title' | translate }}</h1>
    <p>{{ 'Page:PeerSupervision.Create.Intro' | translate }}</p>
    <form [formGroup]="form" (ngSubmit)="create()" novalidate>
      <div class="form-grid">
        <app-text-field control="name" label="Page:PeerSupervision.Name" [maxLength]="200" />
        <app-select-field
          control="supervisorPersonId"
          label="Page:PeerSupervision.Supervisor"
          [options]="supervisors()"
        />
      </div>
      <app-radio-field
        fieldId="kind"
        label="Page:PeerSupervision.Kind"
        [control]="form.controls.kind"
        [options]="kinds"
        [labels]="kindLabels"
        [inline]="true"
      />

      <h2>{{ 'Page:PeerSupervision.Create.Invitees' | translate }}</h2>
      <p class="hint">
        {{
          (form.controls.kind.value === 'OneToOne'
            ? 'Page:PeerSupervision.Create.InviteesOneToOne'
            : 'Page:PeerSupervision.Create.InviteesGroup'
          ) | translate
        }}
      </p>
      <div class="search">
        <mat-form-field>
          <mat-label>{{ 'Page:PeerSupervision.Create.Search' | translate }}</mat-label>
          <input matInput type="search" [formControl]="search" autocomplete="off" />
        </mat-form-field>
        <button mat-stroked-button type="button" (click)="find()">
          {{ 'Page:PeerSupervision.Create.Find' | translate }}
        </button>
      </div>
      <ul class="people" data-testid="candidates">
        @for (person of candidates(); track person.personId) {
          <li>
            <span>{{ person.name }}, {{ person.officeName }}</span>
            <button
              mat-stroked-button
              type="button"
              [disabled]="isChosen(person)"
              [attr.aria-label]="
                'Page:PeerSupervision.Create.AddFor' | translate: { name: person.name }
              "
              (click)="add(person)"
            >
              {{ 'Page:PeerSupervision.Create.Add' | translate }}
            </button>
          </li>
        }
      </ul>
      <h3 id="chosen">
        {{ 'Page:PeerSupervision.Create.Chosen' | translate: { count: chosen().length } }}
      </h3>
      <ul class="people" aria-labelledby="chosen" data-testid="chosen">
        @for (person of chosen(); track person.personId) {
          <li>
            <span>{{ person.name }}, {{ person.officeName }}</span>
            <button
              mat-button
              type="button"
              [attr.aria-label]="
                'Page:PeerSupervision.Create.RemoveFor' | translate: { name: person.name }
              "
              (click)="remove(person)"
            >
              {{ 'Page:PeerSupervision.Create.Remove' | translate }}
            </button>
          </li>
        }
      </ul>
      <p class="field-error" *appFieldError="form.controls.inviteePersonIds; let message">
        {{ message }}
      </p>

      <h2>{{ 'Page:PeerSupervision.Agreement.Title' | translate }}</h2>
      <div formGroupName="agreement">
        <app-agreement-fields [form]="form.controls.agreement" />
      </div>

      <h2>{{ 'Page:PeerSupervision.Schedule.Title' | translate }}</h2>
      <div formGroupName="schedule">
        <app-schedule-fields [form]="form.controls.schedule" />
      </div>

      <app-alert [message]="submission.error()" />
      <div class="page-actions">
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:PeerSupervision.Create.Submit' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .search {
      display: flex;
      gap: 8px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .people {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
      max-width: 700px;
    }
    .people li {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      padding: 4px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
    }
    .field-error {
      color: var(--ax-text-danger);
    }
    h2 {
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionGroupCreatePage {
  private readonly api = inject(PeerSupervisionApi);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorMessages);

  protected readonly kinds = KINDS;
  protected readonly kindLabels = enumLabels('SupervisionKind', KINDS);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    kind: new FormControl<SupervisionKind>('Group', { nonNullable: true }),
    supervisorPersonId: new FormControl('', { nonNullable: true }),
    inviteePersonIds: new FormControl<string[]>([], { nonNullable: true }),
    agreement: agreementForm(),
    schedule: scheduleForm(),
  });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly candidates = signal<SupervisionCandidate[]>([]);
  protected readonly chosen = signal<SupervisionCandidate[]>([]);
  protected readonly submission = new FormSubmission();

  protected readonly supervisors = signal<{ id: string; name: string }[]>([]);

  constructor() {
    // The settings' defaults for what counts as participation, and the only supervisor when there is one.
    void this.api.options().then((options) => {
      this.supervisors.set(options.supervisors.map((s) => ({ id: s.personId, name: s.name })));
      this.form.controls.agreement.patchValue({
        meetingsForEvidence: options.meetingsForEvidence,
        evidencePeriodMonths: options.evidencePeriodMonths,
      });
      if (options.supervisors.length === 1)
        this.form.controls.supervisorPersonId.setValue(options.supervisors[0].personId);
    });
  }

  protected async find(): Promise<void> {
    try {
      const supervisor = orNull(this.form.controls.supervisorPersonId.value) ?? undefined;
      this.candidates.set(await this.api.candidates(this.search.value, supervisor));
    } catch (error) {
      this.submission.error.set(this.errors.describe(error));
    }
  }

  protected isChosen(person: SupervisionCandidate): boolean {
    return this.chosen().some((p) => p.personId === person.personId);
  }

  protected add(person: SupervisionCandidate): void {
    if (!this.isChosen(person)) this.chosen.update((list) => [...list, person]);
    this.form.controls.inviteePersonIds.setValue(this.chosen().map((p) => p.personId));
  }

  protected remove(person: SupervisionCandidate): void {
    this.chosen.update((list) => list.filter((p) => p.personId !== person.personId));
    this.form.controls.inviteePersonIds.setValue(this.chosen().map((p) => p.personId));
  }

  protected async create(): Promise<void> {
    const value = this.form.getRawValue();
    const created = await this.submission.run(this.form, () =>
      this.api.create({
        name: value.name,
        kind: value.kind,
        supervisorPersonId: orNull(value.supervisorPersonId),
        inviteePersonIds: value.inviteePersonIds,
        agreement: toAgreementInput(value.agreement),
        schedule: toScheduleInput(value.schedule),
      }),
    );
    if (created) await this.router.navigate(['/supervision/groups', created.id]);
  }
}
