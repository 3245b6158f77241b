import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { RouterLink } from '@angular/router';
import { ModuleProgress, MyCohort } from '../../data/participation-api';
import { StatusChip } from '../../shared/status-chip';
import { AssignmentItem } from './assignment-item';
import { GatheringInfo } from './gathering-info';
import { moduleChecklist, modulePresentation } from './programme-format';
import { ReflectionEditor } from './reflection-editor';
import { ContentText } from '../../shared/content-text';

/**
 * One module of the participant's programme. A locked module shows only when it opens; an open
 * one shows everything to do, with a checklist of what is still missing; a completed one keeps
 * its content behind a disclosure.
 */
@Component({
  selector: 'app-programme-module',
  imports: [
    ContentText,
    NgTemplateOutlet,
    TranslatePipe,
    MatButtonModule,
    RouterLink,
    StatusChip,
    AssignmentItem,
    GatheringInfo,
    ReflectionEditor,
  ],
  template: `
    <section
      class="module"
      [class.locked]="state() === 'locked'"
      [attr.aria-labelledby]="id() + '-heading'"
      [attr.data-state]="state()"
      data-testid="module"
    >
      <div class="module-head">
        <h3 [id]="id() + '-heading'">
          {{ 'Page:MyProgramme.Module.Heading' | translate: { order: module().order } }}:
          <app-content-text [text]="module().title" />
        </h3>
        <app-status-chip [chip]="presentation().chip" />
      </div>
      @if (presentation().note; as note) {
        <p class="note" data-testid="module-note">{{ note.key | translate: note.params }}</p>
      }
      @if (state() === 'locked') {
        <p><app-content-text [text]="module().description" /></p>
      } @else {
        <p><app-content-text [text]="module().description" /></p>
        @if (state() === 'completed') {
          <details>
            <summary>{{ 'Page:MyProgramme.Module.ShowContent' | translate }}</summary>
            <ng-container *ngTemplateOutlet="content" />
          </details>
        } @else {
          <ng-container *ngTemplateOutlet="content" />
        }
      }
    </section>

    <ng-template #content>
      @if (checklist().length) {
        <h4>{{ 'Page:MyProgramme.Checklist.Heading' | translate }}</h4>
        <ul class="checklist" data-testid="checklist">
          @for (item of checklist(); track item.key) {
            <li [class.done]="item.complete">
              <span class="mark" aria-hidden="true">{{ item.complete ? '✓' : '○' }}</span>
              {{ item.key | translate: { done: item.done, total: item.total } }}
              <span class="visually-hidden">
                –
                {{
                  (item.complete
                    ? 'Page:MyProgramme.Checklist.Done'
                    : 'Page:MyProgramme.Checklist.NotDone'
                  ) | translate
                }}
              </span>
            </li>
          }
        </ul>
      }

      @if (module().learningOutcomes.length) {
        <h4>{{ 'Page:MyProgramme.Module.LearningOutcomes' | translate }}</h4>
        <ul>
          @for (outcome of module().learningOutcomes; track $index) {
            <li><app-content-text [text]="outcome" /></li>
          }
        </ul>
      }

      @if (module().courseReference; as course) {
        <h4>{{ 'Page:MyProgramme.ELearning.Heading' | translate }}</h4>
        <p>
          {{ 'Page:MyProgramme.ELearning.Course' | translate }}:
          <strong>
            @if (module().courseTitle; as title) {
              <app-content-text [text]="title" />
            } @else {
              {{ course }}
            }
          </strong>
        </p>
        @if (module().eLearningDone) {
          <p data-testid="e-learning-done">✓ {{ 'Page:MyProgramme.ELearning.Done' | translate }}</p>
        } @else {
          <p class="muted">{{ 'Page:MyProgramme.ELearning.Pending' | translate }}</p>
        }
        @if (module().courseId; as courseId) {
          <a mat-stroked-button [routerLink]="['/courses', courseId]" data-testid="open-course">
            {{ 'Page:MyProgramme.ELearning.Open' | translate }}
          </a>
        }
      }

      @if (module().sessions.length) {
        <h4>{{ 'Page:MyProgramme.Gatherings.Heading' | translate }}</h4>
        <ul class="plain">
          @for (item of module().sessions; track item.session.id) {
            <li>
              <app-gathering-info [cohortId]="cohortId()" [session]="item.session" />
              <p>
                {{ 'Page:MyProgramme.Gatherings.MyAttendance' | translate }}:
                <strong data-testid="my-attendance">{{
                  (item.present === true
                    ? 'Page:MyProgramme.Attendance.Present'
                    : item.present === false
                      ? 'Page:MyProgramme.Attendance.Absent'
                      : 'Page:MyProgramme.Attendance.NotRegistered'
                  ) | translate
                }}</strong>
              </p>
            </li>
          }
        </ul>
      }

      @if (module().assignments.length) {
        <h4>{{ 'Page:MyProgramme.Assignments.Heading' | translate }}</h4>
        @for (assignment of module().assignments; track assignment.assignmentId) {
          <app-assignment-item
            [enrolmentId]="enrolmentId()"
            [assignment]="assignment"
            [fieldId]="'assignment-' + assignment.assignmentId"
            [readonly]="readonly()"
            (saved)="updated.emit($event)"
          />
        }
      }

      @if (module().reflections.length) {
        <h4>{{ 'Page:MyProgramme.Reflection.Heading' | translate }}</h4>
        @for (reflection of module().reflections; track reflection.reflectionTaskId) {
          <app-reflection-editor
            [enrolmentId]="enrolmentId()"
            [reflection]="reflection"
            [fieldId]="'reflection-' + reflection.reflectionTaskId"
            [readonly]="readonly()"
            (saved)="updated.emit($event)"
          />
        }
      }
    </ng-template>
  `,
  styles: `
    .module {
      padding: 16px;
      margin-bottom: 16px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    .module.locked {
      background: var(--ax-bg-neutral-soft);
    }
    .module-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    h3 {
      margin: 0;
      font-size: 1.25rem;
    }
    h4 {
      font-size: 1.0625rem;
      margin: 20px 0 8px;
    }
    .note {
      font-weight: 600;
      margin: 8px 0 0;
    }
    .checklist,
    .plain {
      list-style: none;
      padding: 0;
    }
    .checklist li {
      margin: 4px 0;
    }
    .mark {
      display: inline-block;
      width: 1.5em;
      font-weight: 700;
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    summary {
      cursor: pointer;
      color: var(--ax-text-accent);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeModule {
  private readonly language = inject(LanguageService);

  readonly module = input.required<ModuleProgress>();
  readonly enrolmentId = input.required<string>();
  readonly cohortId = input.required<string>();
  readonly readonly = input(false);
  readonly updated = output<MyCohort>();

  protected readonly id = computed(() => 'module-' + this.module().moduleId);
  protected readonly presentation = computed(() =>
    modulePresentation(this.module(), this.language.current()),
  );
  protected readonly state = computed(() => this.presentation().state);
  protected readonly checklist = computed(() => moduleChecklist(this.module()));
}
