import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Chip } from './competence-format';

/** A status in words on a coloured background: the colour helps, the text carries the meaning. */
@Component({
  selector: 'app-status-chip',
  imports: [TranslatePipe],
  template: `<span [class]="'chip chip-' + chip().tone" data-testid="status-chip">{{
    chip().label | translate
  }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border: 1px solid;
      border-radius: 999px;
      font-size: 0.875rem;
      font-weight: 600;
      line-height: 1.4;
      white-space: nowrap;
      color: var(--ax-text-neutral);
    }
    .chip-success {
      background: var(--ax-bg-success-moderate);
      border-color: var(--ax-border-success);
    }
    .chip-warning {
      background: var(--ax-bg-warning-moderate);
      border-color: var(--ax-border-warning);
    }
    .chip-danger {
      background: var(--ax-bg-danger-moderate);
      border-color: var(--ax-border-danger);
    }
    .chip-info {
      background: var(--ax-bg-info-moderate);
      border-color: var(--ax-border-info);
    }
    .chip-neutral {
      background: var(--ax-bg-neutral-moderate);
      border-color: var(--ax-border-neutral);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly chip = input.required<Chip>();
}
