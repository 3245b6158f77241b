import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { DevelopmentApi, DevelopmentPlan, ResultIndicator } from '../../data/development-api';
import { Alert } from '../../shared/alert';
import { PlanPanel } from '../../shared/plan-panel';

/**
 * A leader's plan as their coach sees it: agree goals, give feedback, schedule coaching and
 * write the shared notes. The leader's private notes are not here: no one but the leader reads them.
 */
@Component({
  selector: 'app-coached-plan',
  imports: [Alert, MatProgressBarModule, PlanPanel, RouterLink, TranslatePipe],
  template: `
    <p>
      <a routerLink="/development/coaching">{{ 'Page:Development.Coaching.Back' | translate }}</a>
    </p>
    <h1>
      {{
        plan()
          ? ('Page:Development.Coaching.PlanOf' | translate: { name: plan()!.leaderName })
          : ('Page:Development.Coaching.Plan' | translate)
      }}
    </h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    @if (plan(); as p) {
      <app-plan-panel [plan]="p" [indicators]="indicators()" (changed)="plan.set($event)" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoachedPlanPage {
  private readonly api = inject(DevelopmentApi);
  private readonly errors = inject(ErrorMessages);

  readonly planId = input.required<string>();
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly plan = signal<DevelopmentPlan | null>(null);
  protected readonly indicators = signal<ResultIndicator[]>([]);

  constructor() {
    effect(() => void this.load(this.planId()));
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      const [plan, indicators] = await Promise.all([this.api.plan(id), this.api.indicators()]);
      this.plan.set(plan);
      this.indicators.set(indicators);
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }
}
