import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { PeerSupervisorApi } from '../../data/peer-supervisor-api';
import { Alert } from '../../shared/alert';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { valueOf } from '../../shared/resource-value';
import { appointForm, candidateName, toAppointment } from './supervisor-form';

/**
 * A coordinator appoints a person of a region in their scope as peer supervisor: the person must
 * hold the supervision competence, and serves some of the region's offices.
 */
@Component({
  selector: 'app-supervisor-appoint',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    Alert,
    SelectField,
    TextField,
  ],
  template: `
    <p>
      <a routerLink="/supervision/supervisors">{{
        'Page:PeerSupervision.Supervisors.BackToList' | translate
      }}</a>
    </p>
    <h1>{{ 'Page:PeerSupervision.Supervisors.Appoint' | translate }}</h1>
    @if (options(); as o) {
      <p data-testid="requirement">
        @if (o.requiredCompetence) {
          {{
            'Page:PeerSupervision.Supervisors.Requirement'
              | translate: { competence: o.requiredCompetence, level: o.requiredLevel }
          }}
        } @else {
          {{ 'Page:PeerSupervision.Supervisors.NoRequirement' | translate }}
        }
      </p>
    }
    <form [formGroup]="form" (ngSubmit)="appoint()" novalidate>
      <div class="form-grid">
        <app-select-field
          control="regionId"
          label="Field:Region"
          [options]="options()?.regions"
          (changed)="regionChanged()"
        />
        <mat-form-field>
          <mat-label>{{ 'Page:PeerSupervision.Supervisors.Search' | translate }}</mat-label>
          <input
            matInput
            type="search"
            [value]="search()"
            (input)="search.set($any($event.target).value)"
            [disabled]="!regionId()"
          />
          <mat-hint>{{ 'Page:PeerSupervision.Supervisors.SearchHint' | translate }}</mat-hint>
        </mat-form-field>
        <app-select-field
          control="personId"
          label="Page:PeerSupervision.Supervisors.Person"
          [options]="candidateOptions()"
        />
      </div>
      <div class="form-grid">
        <app-text-field
          control="capacity"
          label="Page:PeerSupervision.Supervisors.Capacity"
          hint="Page:PeerSupervision.Supervisors.CapacityHint"
          type="number"
          [min]="1"
          [max]="20"
          [step]="1"
        />
        <app-select-field
          control="officeIds"
          label="Page:PeerSupervision.Supervisors.Offices"
          hint="Page:PeerSupervision.Supervisors.OfficesHint"
          [options]="offices()"
          [multiple]="true"
        />
      </div>
      <app-alert [message]="submission.error()" />
      <div class="page-actions">
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:PeerSupervision.Supervisors.AppointSubmit' | translate }}
        </button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisorAppointPage {
  private readonly api = inject(PeerSupervisorApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  protected readonly form = appointForm();
  protected readonly submission = new FormSubmission();
  protected readonly search = signal('');

  private readonly loaded = resource({
    params: () => this.language.current(),
    loader: () => this.api.options(),
  });
  protected readonly options = computed(() => valueOf(this.loaded));
  protected readonly regionId = toSignal(this.form.controls.regionId.valueChanges, {
    initialValue: '',
  });
  protected readonly offices = computed(
    () => this.options()?.regions.find((r) => r.id === this.regionId())?.offices ?? [],
  );

  private readonly candidates = resource({
    params: () =>
      this.regionId() ? { regionId: this.regionId(), filter: this.search() } : undefined,
    loader: ({ params }) => this.api.candidates(params.regionId, params.filter.trim()),
  });
  protected readonly candidateOptions = computed(() => {
    this.language.current();
    const lacks = this.translate.instant(
      'Page:PeerSupervision.Supervisors.LacksCompetence',
    ) as string;
    const appointed = this.translate.instant(
      'Page:PeerSupervision.Supervisors.AlreadyAppointed',
    ) as string;
    return (valueOf(this.candidates) ?? []).map((c) => ({
      id: c.personId,
      name: candidateName(c, lacks, appointed),
    }));
  });

  protected regionChanged(): void {
    this.form.controls.personId.setValue('');
    this.form.controls.officeIds.setValue([]);
  }

  protected async appoint(): Promise<void> {
    const saved = await this.submission.run(this.form, () =>
      this.api.appoint(toAppointment(this.form.getRawValue())),
    );
    if (saved) await this.router.navigate(['/supervision/supervisors', saved.id]);
  }
}
