import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { ParticipationApi } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { valueOf } from '../../shared/resource-value';
import { AssessmentTab } from './assessment-tab';
import { AttendanceTab } from './attendance-tab';
import { ContentText } from '../../shared/content-text';

/** A facilitator's work in one cohort: attendance at its gatherings, and assessment. */
@Component({
  selector: 'app-facilitation-cohort',
  imports: [
    ContentText,
    TranslatePipe,
    RouterLink,
    MatProgressBarModule,
    MatTabsModule,
    Alert,
    AttendanceTab,
    AssessmentTab,
  ],
  template: `
    <p class="back">
      <a routerLink="/facilitation">{{ 'Page:Facilitation.Back' | translate }}</a>
    </p>
    <h1>
      @if (current(); as c) {
        {{ c.name }}
        <span class="subtitle"
          ><app-content-text [text]="c.versionName" /> – {{ c.statusName }}</span
        >
      } @else {
        {{ 'Page:Facilitation.Cohort.Title' | translate }}
      }
    </h1>
    @if (cohort.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    @if (current(); as c) {
      <mat-tab-group animationDuration="0ms" mat-stretch-tabs="false">
        <mat-tab [label]="'Page:Facilitation.Tab.Attendance' | translate">
          <ng-template matTabContent>
            <app-attendance-tab [cohort]="c" />
          </ng-template>
        </mat-tab>
        <mat-tab [label]="'Page:Facilitation.Tab.Assessment' | translate">
          <ng-template matTabContent>
            <app-assessment-tab [cohort]="c" />
          </ng-template>
        </mat-tab>
      </mat-tab-group>
    }
  `,
  styles: `
    .back {
      margin: 0 0 8px;
    }
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
export class FacilitationCohortPage {
  private readonly api = inject(ParticipationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  /** From the route. */
  readonly cohortId = input.required<string>();

  protected readonly cohort = resource({
    params: () => ({ id: this.cohortId(), language: this.language.current() }),
    loader: ({ params }) => this.api.cohort(params.id),
  });
  protected readonly current = computed(() => valueOf(this.cohort));
  protected readonly error = computed(() => {
    const error = this.cohort.error();
    return error ? this.errors.describe(error) : null;
  });
}
