import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** An error or notice that screen readers announce as soon as it appears. */
@Component({
  selector: 'app-alert',
  template: `
    <div role="alert" [class]="'alert alert-' + kind()">
      @if (message()) {
        <span>{{ message() }}</span>
        <ng-content />
      }
    </div>
  `,
  styles: `
    .alert:empty {
      display: none;
    }
    .alert {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
      border: 1px solid;
    }
    .alert-error {
      background: var(--ax-bg-danger-soft);
      border-color: var(--ax-border-danger);
      color: var(--ax-text-neutral);
    }
    .alert-success {
      background: var(--ax-bg-success-soft);
      border-color: var(--ax-border-success);
      color: var(--ax-text-neutral);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Alert {
  readonly message = input<string | null>(null);
  readonly kind = input<'error' | 'success'>('error');
}
