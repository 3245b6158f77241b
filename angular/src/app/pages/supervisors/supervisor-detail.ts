import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ErrorMessages } from '../../core/error-messages';
import { PeerSupervisor, PeerSupervisorApi } from '../../data/peer-supervisor-api';
import { Alert } from '../../shared/alert';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog';
import { AppDatePipe } from '../../shared/date-format';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { numberOrNull } from '../../shared/form-values';
import { ReadOnlyDetails, Detail } from '../../shared/read-only-details';
import { valueOf } from '../../shared/resource-value';

/** One appointment: its capacity and offices can change while it lasts, and it can be ended. */
@Component({
  selector: 'app-supervisor-detail',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatProgressBarModule,
    Alert,
    AppDatePipe,
    ReadOnlyDetails,
    SelectField,
    TextField,
  ],
  template: `
    <p>
      <a routerLink="/supervision/supervisors">{{
        'Page:PeerSupervision.Supervisors.BackToList' | translate
      }}</a>
    </p>
    <h1>
      {{ 'Page:PeerSupervision.Supervisors.Detail' | translate }}
      @if (supervisor(); as s) {
        <span class="subtitle">{{ s.personName }}</span>
      }
    </h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError() ?? submission.error()" />
    @if (supervisor(); as s) {
      <app-read-only-details [details]="details()" />
      @if (s.isActive) {
        <form [formGroup]="form" (ngSubmit)="save(s)" novalidate>
          <h2>{{ 'Page:PeerSupervision.Supervisors.Change' | translate }}</h2>
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
              [options]="offices()"
              [multiple]="true"
            />
          </div>
          <div class="form-actions">
            <button mat-flat-button type="submit" [disabled]="submission.saving()">
              {{ 'Ui:Save' | translate }}
            </button>
            <button
              mat-stroked-button
              type="button"
              [disabled]="submission.saving()"
              (click)="end(s)"
            >
              {{ 'Page:PeerSupervision.Supervisors.End' | translate }}
            </button>
          </div>
        </form>
      } @else {
        <p data-testid="ended">
          {{
            'Page:PeerSupervision.Supervisors.EndedOn' | translate: { date: s.endedOn | appDate }
          }}
        </p>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisorDetailPage {
  readonly id = input.required<string>();

  private readonly api = inject(PeerSupervisorApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errors = inject(ErrorMessages);

  protected readonly form = new FormGroup({
    capacity: new FormControl<number | null>(null),
    officeIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly submission = new FormSubmission();
  protected readonly supervisor = signal<PeerSupervisor | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);

  private readonly options = resource({ loader: () => this.api.options() });
  /** The region's offices in the caller's scope, and any already served that the list lacks. */
  protected readonly offices = computed(() => {
    const s = this.supervisor();
    const region = valueOf(this.options)?.regions.find((r) => r.id === s?.regionId);
    const offices = region?.offices ?? [];
    return [...offices, ...(s?.offices ?? []).filter((o) => !offices.some((x) => x.id === o.id))];
  });
  protected readonly details = computed<Detail[]>(() => {
    const s = this.supervisor();
    if (!s) return [];
    return [
      { label: 'Page:PeerSupervision.Supervisors.Person', value: s.personName },
      { label: 'Field:Office', value: s.personOfficeName },
      { label: 'Field:Region', value: s.regionName },
      {
        label: 'Page:PeerSupervision.Supervisors.Load',
        value: this.translate.instant('Page:PeerSupervision.Supervisors.LoadValue', {
          groups: s.activeGroups,
          capacity: s.capacity,
        }) as string,
      },
      { label: 'Page:PeerSupervision.Supervisors.Offices', value: s.offices.map((o) => o.name) },
    ];
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.show(await this.api.get(id));
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  private show(s: PeerSupervisor): void {
    this.supervisor.set(s);
    this.form.reset({ capacity: s.capacity, officeIds: s.offices.map((o) => o.id) });
  }

  protected async save(s: PeerSupervisor): Promise<void> {
    const value = this.form.getRawValue();
    const saved = await this.submission.run(this.form, () =>
      this.api.change(s.id, { capacity: numberOrNull(value.capacity), officeIds: value.officeIds }),
    );
    if (saved) {
      this.show(saved);
      this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, {
        duration: 4000,
      });
    }
  }

  protected async end(s: PeerSupervisor): Promise<void> {
    const data: ConfirmDialogData = {
      title: this.translate.instant('Page:PeerSupervision.Supervisors.EndTitle') as string,
      message: this.translate.instant('Page:PeerSupervision.Supervisors.EndMessage', {
        name: s.personName,
      }) as string,
      confirm: this.translate.instant('Page:PeerSupervision.Supervisors.End') as string,
    };
    if (!(await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed()))) return;
    const ended = await this.submission.run(this.form, () => this.api.end(s.id));
    if (ended) this.show(ended);
  }
}
