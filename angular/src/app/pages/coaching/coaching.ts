import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { CoachedLeader, DevelopmentApi } from '../../data/development-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';

/** The leaders in the cohorts a facilitator facilitates, with their plan's goals and next session. */
@Component({
  selector: 'app-coaching',
  imports: [Alert, AppDatePipe, MatProgressBarModule, RouterLink, TranslatePipe],
  template: `
    <h1>{{ 'Page:Development.Coaching.Title' | translate }}</h1>
    <p>{{ 'Page:Development.Coaching.Intro' | translate }}</p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    @if (!loading() && !leaders().length) {
      <p>{{ 'Page:Development.Coaching.None' | translate }}</p>
    }
    @if (leaders().length) {
      <div class="scroll" tabindex="0" role="region" aria-labelledby="leaders-caption">
        <table data-testid="coached-leaders">
          <caption id="leaders-caption">
            {{
              'Page:Development.Coaching.Leaders' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'Page:Development.Coaching.Leader' | translate }}</th>
              <th scope="col">{{ 'Page:Development.Cohort' | translate }}</th>
              <th scope="col">{{ 'Page:Development.Office' | translate }}</th>
              <th scope="col">{{ 'Page:Development.Goals' | translate }}</th>
              <th scope="col">{{ 'Page:Development.Coaching.NextSession' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (l of leaders(); track l.personId + l.cohortId) {
              <tr>
                <th scope="row">
                  @if (l.planId) {
                    <a [routerLink]="['/development/coaching', l.planId]">{{ l.leaderName }}</a>
                  } @else {
                    {{ l.leaderName }}
                    <span class="hint">({{ 'Page:Development.Coaching.NoPlan' | translate }})</span>
                  }
                  @if (l.isMyCoachee) {
                    <span class="hint">· {{ 'Page:Development.Coaching.Mine' | translate }}</span>
                  }
                </th>
                <td>{{ l.cohortName }}</td>
                <td>{{ l.officeName }}</td>
                <td>
                  {{
                    'Page:Development.Coaching.AgreedOf'
                      | translate: { agreed: l.agreedGoals, goals: l.goals }
                  }}
                </td>
                <td>{{ l.nextSessionAt ? (l.nextSessionAt | appDate: 'dateTime') : '–' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      max-width: 960px;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 8px 0;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
      font-weight: normal;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoachingPage {
  private readonly api = inject(DevelopmentApi);
  private readonly errors = inject(ErrorMessages);

  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly leaders = signal<CoachedLeader[]>([]);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.leaders.set(await this.api.coached());
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }
}
