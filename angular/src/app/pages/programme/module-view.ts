import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProgrammeModule } from '../../data/programme-api';
import { ContentText } from '../../shared/content-text';
import { EnumLabelPipe } from '../../shared/enum-labels';

/**
 * What one module holds, for reading: learning outcomes, e-learning, gatherings, assignments,
 * reflection tasks and the competence it grants. The page puts the module's buttons inside.
 */
@Component({
  selector: 'app-module-view',
  imports: [TranslatePipe, EnumLabelPipe, ContentText],
  template: `
    @let m = module();
    <h3 [id]="'module-' + m.id">
      {{ 'Page:Programme.Module.Heading' | translate: { order: m.order, title: m.title.text } }}
    </h3>
    @if (m.description.text) {
      <p class="description"><app-content-text [text]="m.description" /></p>
    }
    <div class="parts">
      <div>
        <h4>{{ 'Page:Programme.Module.LearningOutcomes' | translate }}</h4>
        @if (m.learningOutcomes.length) {
          <ul>
            @for (outcome of m.learningOutcomes; track $index) {
              <li><app-content-text [text]="outcome" /></li>
            }
          </ul>
        } @else {
          <p class="none">{{ 'Page:Programme.Module.None' | translate }}</p>
        }
      </div>
      <div>
        <h4>{{ 'Page:Programme.Module.Course' | translate }}</h4>
        <p [class.none]="!m.courseReference">
          {{ m.courseReference || ('Page:Programme.Module.NoCourse' | translate) }}
        </p>
      </div>
      @if (m.gatherings.length) {
        <div>
          <h4>{{ 'Page:Programme.Module.Gatherings' | translate }}</h4>
          <ul>
            @for (g of m.gatherings; track g.id) {
              <li>
                <strong><app-content-text [text]="g.title" /></strong> –
                {{ g.format | enumLabel: 'GatheringFormat' | translate }},
                {{ 'Page:Programme.Module.Duration' | translate: { minutes: g.durationMinutes } }}
              </li>
            }
          </ul>
        </div>
      }
      @if (m.assignments.length) {
        <div>
          <h4>{{ 'Page:Programme.Module.Assignments' | translate }}</h4>
          <ul>
            @for (a of m.assignments; track a.id) {
              <li>
                <strong><app-content-text [text]="a.title" /></strong> –
                {{ 'Page:Programme.Module.DueDays' | translate: { days: a.dueDaysAfterUnlock } }}
                @if (a.instructions.text) {
                  <div class="instructions"><app-content-text [text]="a.instructions" /></div>
                }
              </li>
            }
          </ul>
        </div>
      }
      @if (m.reflectionTasks.length) {
        <div>
          <h4>{{ 'Page:Programme.Module.ReflectionTasks' | translate }}</h4>
          <ul>
            @for (r of m.reflectionTasks; track r.id) {
              <li><app-content-text [text]="r.prompt" /></li>
            }
          </ul>
        </div>
      }
      @if (m.grants.length) {
        <div>
          <h4>{{ 'Page:Programme.Module.Grants' | translate }}</h4>
          <ul>
            @for (g of m.grants; track g.competenceAreaId) {
              <li>
                <strong>{{ g.competenceAreaName }}</strong> –
                {{ 'Page:Programme.Module.Level' | translate: { level: g.level } }},
                @if (g.validMonths) {
                  {{ 'Page:Programme.Module.ValidMonths' | translate: { months: g.validMonths } }}
                } @else {
                  {{ 'Page:Programme.Module.NoExpiry' | translate }}
                }
              </li>
            }
          </ul>
        </div>
      }
    </div>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      margin: 0 0 8px;
      font-size: 1.25rem;
    }
    h4 {
      margin: 12px 0 4px;
      font-size: 1rem;
    }
    .description {
      max-width: 70ch;
      margin: 0 0 8px;
    }
    .parts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
      gap: 0 24px;
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    li {
      margin-bottom: 4px;
    }
    p {
      margin: 0;
    }
    .none {
      color: var(--ax-text-neutral-subtle);
    }
    .instructions {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleView {
  readonly module = input.required<ProgrammeModule>();
}
