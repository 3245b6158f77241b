import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import type { StatusCounts } from '../../data/competence-api';
import { COMPETENCE_STATUSES, countOf, formatPercent } from '../../shared/competence-format';
import { EnumLabelPipe } from '../../shared/enum-labels';

/** Coverage, total and the count of each status, as a row of cards. */
@Component({
  selector: 'app-summary-cards',
  imports: [TranslatePipe, EnumLabelPipe],
  template: `
    <dl class="cards" [attr.data-testid]="testId()">
      <div class="card card-coverage">
        <dt>{{ 'Page:Competence.Summary.Coverage' | translate }}</dt>
        <dd [attr.data-testid]="coverageTestId()">{{ percent() }}</dd>
      </div>
      <div class="card">
        <dt>{{ 'Page:Competence.Summary.Total' | translate }}</dt>
        <dd>{{ counts().total }}</dd>
      </div>
      @for (status of statuses; track status) {
        <div class="card">
          <dt>{{ status | enumLabel: 'CompetenceStatus' | translate }}</dt>
          <dd>{{ count(status) }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .cards {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin: 0;
    }
    .card {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      padding: 8px 16px;
      min-width: 120px;
    }
    .card dt {
      font-size: 0.875rem;
    }
    .card dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 600;
    }
    .card-coverage {
      background: var(--ax-bg-accent-soft);
      border-color: var(--ax-border-accent);
    }
  `,
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryCards {
  readonly counts = input.required<StatusCounts>();
  readonly testId = input.required<string>();
  /** Marks the coverage figure for tests; none by default. */
  readonly coverageTestId = input<string | null>(null);

  private readonly language = inject(LanguageService);

  protected readonly statuses = COMPETENCE_STATUSES;
  protected readonly percent = computed(() =>
    formatPercent(this.counts().coverage, this.language.current()),
  );

  protected count(status: (typeof COMPETENCE_STATUSES)[number]): number {
    return countOf(this.counts(), status);
  }
}
