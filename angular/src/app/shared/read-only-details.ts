import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** One fact on a read-only page. */
export interface Detail {
  /** Translation key of the label. */
  label: string;
  /** The value as text; a list is shown one item a line; nothing shows as a dash. */
  value: string | number | readonly string[] | null | undefined;
  /** The value is a translation key (e.g. an enum label). */
  translate?: boolean;
}

/**
 * What someone who may only look sees instead of a form: labels and values as text, in full
 * contrast, without fields, hints or buttons that suggest they could change them.
 */
@Component({
  selector: 'app-read-only-details',
  imports: [TranslatePipe],
  template: `
    <dl class="details" data-testid="read-only-details">
      @for (detail of details(); track $index) {
        <div>
          <dt>{{ detail.label | translate }}</dt>
          <dd>
            @if (isList(detail.value)) {
              @if (detail.value.length) {
                <ul>
                  @for (item of detail.value; track $index) {
                    <li>{{ item }}</li>
                  }
                </ul>
              } @else {
                –
              }
            } @else if (
              detail.value === null || detail.value === undefined || detail.value === ''
            ) {
              –
            } @else if (detail.translate) {
              {{ '' + detail.value | translate }}
            } @else {
              {{ detail.value }}
            }
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .details {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 16px 24px;
      max-width: 800px;
      margin: 0 0 16px;
    }
    dt {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    dd {
      margin: 2px 0 0;
      font-size: 1.0625rem;
      overflow-wrap: anywhere;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReadOnlyDetails {
  readonly details = input.required<readonly Detail[]>();

  protected isList(value: Detail['value']): value is readonly string[] {
    return Array.isArray(value);
  }
}
