import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ContentTextDto, TranslatedTextDto } from '../data/models';

/**
 * A programme text as the reader gets it. When it is not translated into the reader's language
 * it shows in bokmål, marked as such for everyone (a small tag) and for screen readers (`lang`,
 * WCAG 3.1.2).
 */
@Component({
  selector: 'app-content-text',
  imports: [TranslatePipe],
  template: `<span [attr.lang]="text().isFallback ? text().language : null">{{ text().text }}</span>
    @if (text().isFallback) {
      <span class="bokmal-only" [attr.title]="'Ui:Content.BokmalOnlyHint' | translate"
        ><span aria-hidden="true">{{ 'Ui:Content.BokmalOnly' | translate }}</span
        ><span class="visually-hidden">({{ 'Ui:Content.BokmalOnlyHint' | translate }})</span></span
      >
    }`,
  styles: `
    .bokmal-only {
      display: inline-block;
      margin-inline-start: 0.5em;
      padding: 0 6px;
      border: 1px solid var(--ax-border-neutral-subtle, #8a8a8a);
      border-radius: 8px;
      font-size: 0.75rem;
      font-weight: normal;
      line-height: 1.4;
      vertical-align: middle;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContentText {
  readonly text = input.required<ContentTextDto | TranslatedTextDto>();
}
