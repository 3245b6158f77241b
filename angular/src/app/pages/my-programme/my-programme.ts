import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { MyCohort, ParticipationApi } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { valueOf } from '../../shared/resource-value';
import { MyCohortView } from './my-cohort';

/** "Mitt lederprogram": the signed-in leader's cohorts, progress, work and certificate. */
@Component({
  selector: 'app-my-programme',
  imports: [TranslatePipe, RouterLink, MatButtonModule, MatProgressBarModule, Alert, MyCohortView],
  template: `
    <h1>
      {{ 'Page:MyProgramme.Title' | translate }}
      @if (auth.user(); as user) {
        <span class="subtitle" data-testid="participant-name">{{ user.name }}</span>
      }
    </h1>
    @if (programme.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />

    @if (noPerson(); as reason) {
      <div class="empty info-box" role="status" data-testid="no-person">
        <h2>{{ 'Page:MyProgramme.NoPerson.Heading' | translate }}</h2>
        <p>{{ reason.message }}</p>
      </div>
    } @else if (cohorts(); as list) {
      @if (list.length === 0) {
        <div class="empty info-box" role="status" data-testid="no-cohorts">
          <h2>{{ 'Page:MyProgramme.Empty.Heading' | translate }}</h2>
          <p>{{ 'Page:MyProgramme.Empty.Text' | translate }}</p>
          <a mat-flat-button routerLink="/cohorts">{{
            'Page:MyProgramme.Empty.Link' | translate
          }}</a>
        </div>
      } @else {
        <p>{{ 'Page:MyProgramme.Intro' | translate }}</p>
        @for (cohort of list; track cohort.enrolmentId) {
          <app-my-cohort
            [cohort]="cohort"
            (updated)="replace($event)"
            (withdrawn)="programme.reload()"
          />
        }
      }
    }
  `,
  styles: `
    .subtitle {
      display: block;
      font-size: 1.125rem;
      font-weight: normal;
      color: var(--ax-text-neutral-subtle);
      margin-top: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyProgrammePage {
  private readonly api = inject(ParticipationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  protected readonly auth = inject(AuthService);

  /** Reloads in a new language: statuses and formats come translated from the API. */
  protected readonly programme = resource({
    params: () => this.language.current(),
    loader: () => this.api.myProgramme(),
  });

  protected readonly cohorts = computed(() => valueOf(this.programme)?.cohorts);
  /** A user not linked to a person has no programme; the API says why, and the page explains it. */
  protected readonly noPerson = computed(() => valueOf(this.programme)?.noPerson ?? null);
  protected readonly error = computed(() => {
    const error = this.programme.error();
    return error ? this.errors.describe(error) : null;
  });

  /** Every change answers with the cohort as it is now; it takes the old one's place. */
  protected replace(updated: MyCohort): void {
    this.programme.update((programme) =>
      programme
        ? {
            ...programme,
            cohorts: programme.cohorts.map((c) =>
              c.enrolmentId === updated.enrolmentId ? updated : c,
            ),
          }
        : programme,
    );
  }
}
