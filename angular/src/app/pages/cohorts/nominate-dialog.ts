import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, startWith } from 'rxjs';
import { CohortApi, Nominee } from '../../data/cohort-api';
import { Alert } from '../../shared/alert';
import { nominationOutcome } from './cohort-actions';
import { injectErrorText } from './cohort-format';

export interface NominateDialogData {
  cohortId: string;
  cohortName: string;
}

/**
 * Finds leaders in the caller's own area and nominates them one at a time. Only leaders are
 * offered (the API lists nobody else); each shows role, office and where they stand in the
 * programme, and those who cannot be nominated (already in a cohort, completed) are shown disabled
 * with the reason. Closes with whether anyone was nominated.
 */
@Component({
  selector: 'app-nominate-dialog',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'Page:Cohorts.Nominate.Title' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'Page:Cohorts.Nominate.Intro' | translate: { name: data.cohortName } }}</p>
      <mat-form-field class="search">
        <mat-label>{{ 'Page:Cohorts.Nominate.Search' | translate }}</mat-label>
        <input matInput type="search" [formControl]="search" autocomplete="off" cdkFocusInitial />
      </mat-form-field>
      <p class="note" data-testid="leaders-only">
        {{ 'Page:Cohorts.Nominate.SearchHint' | translate }}
      </p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
      }
      <app-alert kind="success" [message]="result()" />
      <app-alert [message]="error()" />
      <p class="count" aria-live="polite">
        {{ 'Page:Cohorts.Nominate.Count' | translate: { count: total() } }}
      </p>
      <ul class="nominees" data-testid="nominees">
        @for (nominee of nominees(); track nominee.personId) {
          <li [attr.data-person]="nominee.personId">
            <span class="who">
              <span class="name">{{ nominee.name }}</span>
              <span class="office">{{ nominee.jobRoleName }}, {{ nominee.officeName }}</span>
              <span class="standing" data-testid="standing">
                @if (nominee.standingCohortName) {
                  {{
                    'Page:Cohorts.Nominate.StandingIn'
                      | translate
                        : { standing: nominee.standingName, cohort: nominee.standingCohortName }
                  }}
                } @else {
                  {{
                    'Page:Cohorts.Nominate.Standing' | translate: { standing: nominee.standingName }
                  }}
                }
              </span>
              @if (!nominee.canNominate && !nominee.alreadyInCohort && nominee.reason) {
                <span class="reason" data-testid="reason" [id]="'reason-' + nominee.personId">{{
                  nominee.reason
                }}</span>
              }
            </span>
            @if (nominee.alreadyInCohort) {
              <button
                mat-stroked-button
                type="button"
                disabled
                [attr.aria-label]="
                  'Page:Cohorts.Nominate.AlreadyFor' | translate: { name: nominee.name }
                "
              >
                {{ 'Page:Cohorts.Nominate.Already' | translate }}
              </button>
            } @else if (!nominee.canNominate) {
              <button
                mat-stroked-button
                type="button"
                disabled
                [attr.aria-label]="
                  'Page:Cohorts.Nominate.UnavailableFor' | translate: { name: nominee.name }
                "
                [attr.aria-describedby]="'reason-' + nominee.personId"
              >
                {{ 'Page:Cohorts.Nominate.Unavailable' | translate }}
              </button>
            } @else {
              <button
                mat-flat-button
                type="button"
                [disabled]="saving()"
                [attr.aria-label]="
                  'Page:Cohorts.Nominate.ButtonFor' | translate: { name: nominee.name }
                "
                (click)="nominate(nominee)"
              >
                {{ 'Page:Cohorts.Nominate.Button' | translate }}
              </button>
            }
          </li>
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="nominated()">
        {{ 'Page:Cohorts.Nominate.Close' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .search {
      width: 100%;
      min-width: min(520px, 75vw);
    }
    .nominees {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .nominees li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .name {
      display: block;
      font-weight: 600;
    }
    .office,
    .standing,
    .reason,
    .note,
    .count {
      display: block;
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NominateDialog implements OnInit {
  protected readonly data = inject<NominateDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(CohortApi);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly errorText = injectErrorText();

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly nominees = signal<Nominee[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly result = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly nominated = signal(false);
  private requestNumber = 0;

  ngOnInit(): void {
    this.search.valueChanges
      .pipe(
        startWith(''),
        debounceTime(300),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((filter) => void this.find(filter));
  }

  private async find(filter: string): Promise<void> {
    const request = ++this.requestNumber;
    this.loading.set(true);
    try {
      const page = await this.api.nominees(this.data.cohortId, filter);
      if (request !== this.requestNumber) return;
      this.nominees.set(page.items);
      this.total.set(page.totalCount);
      this.error.set(null);
    } catch (error) {
      if (request === this.requestNumber) this.error.set(this.errorText(error));
    } finally {
      if (request === this.requestNumber) this.loading.set(false);
    }
  }

  protected async nominate(nominee: Nominee): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.result.set(null);
    this.error.set(null);
    try {
      const enrolment = await this.api.nominate(this.data.cohortId, nominee.personId);
      const outcome = nominationOutcome({ ...enrolment, personName: nominee.name });
      this.result.set(this.translate.instant(outcome.key, outcome.params) as string);
      this.nominated.set(true);
      this.nominees.update((list) =>
        list.map((n) =>
          n.personId === nominee.personId
            ? {
                ...n,
                alreadyInCohort: true,
                canNominate: false,
                standingName: enrolment.statusName,
                standingCohortName: this.data.cohortName,
              }
            : n,
        ),
      );
    } catch (error) {
      this.error.set(this.errorText(error));
    } finally {
      this.saving.set(false);
    }
  }
}
