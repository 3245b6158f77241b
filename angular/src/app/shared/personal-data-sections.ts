import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { personalDataKeys, type PersonalDataSection } from '../data/personal-data-api';

/** An export shown per module: each stored item under its kind, with its values. One's own page and an admin's show it alike. */
@Component({
  selector: 'app-personal-data-sections',
  imports: [TranslatePipe],
  template: `
    @for (section of sections(); track section.module) {
      <section class="section" [attr.aria-labelledby]="'pd-' + section.module">
        <h2 [id]="'pd-' + section.module">
          {{ keys.module(section.module) | translate }}
          <span class="count">{{
            'Page:PersonalData.Items' | translate: { count: section.entries.length }
          }}</span>
        </h2>
        @if (section.entries.length === 0) {
          <p class="empty">{{ 'Page:PersonalData.Nothing' | translate }}</p>
        } @else {
          <ul>
            @for (entry of section.entries; track $index) {
              <li>
                <h3>{{ keys.kind(entry.kind) | translate }}</h3>
                <dl>
                  @for (value of shown(entry.values); track value[0]) {
                    <dt>{{ value[0] }}</dt>
                    <dd>{{ value[1] }}</dd>
                  }
                </dl>
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styles: `
    .section {
      margin: 0 0 24px;
      max-width: 960px;
    }
    h2 {
      font-size: 1.25rem;
      margin: 0 0 8px;
    }
    .count {
      font-size: 0.9rem;
      font-weight: normal;
      margin-left: 8px;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 8px;
    }
    li {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      padding: 8px 12px;
    }
    h3 {
      font-size: 1rem;
      margin: 0 0 4px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 16px;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonalDataSections {
  readonly sections = input.required<PersonalDataSection[]>();
  protected readonly keys = personalDataKeys;

  /** The values that hold something, in the order the server gave them. */
  protected shown(values: Record<string, string | null>): [string, string][] {
    return Object.entries(values).filter((v): v is [string, string] => !!v[1]);
  }
}
