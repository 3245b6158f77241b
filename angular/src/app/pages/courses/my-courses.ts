import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { CourseApi, MyCourse, MyCourses } from '../../data/course-api';
import { Alert } from '../../shared/alert';
import { ContentText } from '../../shared/content-text';
import { AppDatePipe } from '../../shared/date-format';

interface Section {
  key: keyof MyCourses;
  heading: string;
  empty: string;
}

/** "My courses": required (with deadlines, overdue marked), in progress, completed, and expiring. */
@Component({
  selector: 'app-my-courses',
  imports: [
    AppDatePipe,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    Alert,
    ContentText,
  ],
  template: `
    <h1>{{ 'Page:Courses.Mine.Title' | translate }}</h1>
    <p>
      {{ 'Page:Courses.Mine.Intro' | translate }}
      <a routerLink="/courses">{{ 'Page:Courses.Mine.ToCatalogue' | translate }}</a>
    </p>
    @if (mine.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />

    @if (courses(); as all) {
      @for (section of sections; track section.key) {
        <section
          [attr.aria-labelledby]="'section-' + section.key"
          [attr.data-testid]="'my-courses-' + section.key"
        >
          <h2 [id]="'section-' + section.key">
            {{ section.heading | translate }} ({{ all[section.key].length }})
          </h2>
          <ul class="courses">
            @for (c of all[section.key]; track c.courseId) {
              <li class="course" [class.overdue]="c.overdue && section.key === 'required'">
                <a [routerLink]="['/courses', c.courseId]"><app-content-text [text]="c.title" /></a>
                <span class="facts">
                  @switch (section.key) {
                    @case ('required') {
                      @if (c.dueOn) {
                        {{ 'Page:Courses.DueOn' | translate: { date: (c.dueOn | appDate) } }}
                      }
                      @if (c.overdue) {
                        <strong class="overdue-tag" data-testid="overdue">{{
                          'Page:Courses.Mine.Overdue' | translate
                        }}</strong>
                      }
                      @if (c.enrolmentId) {
                        {{ progress(c) | translate: { percent: c.progressPercent } }}
                      }
                    }
                    @case ('inProgress') {
                      {{ progress(c) | translate: { percent: c.progressPercent } }}
                    }
                    @case ('completed') {
                      {{
                        'Page:Courses.Mine.CompletedOn'
                          | translate: { date: (c.completedAt | appDate) }
                      }}
                      @if (c.validUntil) {
                        ·
                        {{
                          'Page:Courses.Mine.ValidUntil'
                            | translate: { date: (c.validUntil | appDate) }
                        }}
                      }
                    }
                    @case ('expiring') {
                      {{
                        'Page:Courses.Mine.ValidUntil'
                          | translate: { date: (c.validUntil | appDate) }
                      }}
                    }
                  }
                </span>
              </li>
            } @empty {
              <li class="empty">{{ section.empty | translate }}</li>
            }
          </ul>
        </section>
      }
    }
  `,
  styles: `
    .courses {
      list-style: none;
      padding: 0;
      margin: 0 0 24px;
      display: grid;
      gap: 8px;
      max-width: 900px;
    }
    .course {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      justify-content: space-between;
      padding: 10px 14px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    .course.overdue {
      border-color: var(--ax-border-danger);
    }
    .overdue-tag {
      margin-inline-start: 8px;
      color: var(--ax-text-danger, inherit);
    }
    h2 {
      font-size: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCoursesPage {
  private readonly api = inject(CourseApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  protected readonly sections: Section[] = [
    {
      key: 'required',
      heading: 'Page:Courses.Mine.Required',
      empty: 'Page:Courses.Mine.RequiredEmpty',
    },
    {
      key: 'inProgress',
      heading: 'Page:Courses.Mine.InProgress',
      empty: 'Page:Courses.Mine.InProgressEmpty',
    },
    {
      key: 'completed',
      heading: 'Page:Courses.Mine.Completed',
      empty: 'Page:Courses.Mine.CompletedEmpty',
    },
    {
      key: 'expiring',
      heading: 'Page:Courses.Mine.Expiring',
      empty: 'Page:Courses.Mine.ExpiringEmpty',
    },
  ];

  protected readonly mine = resource({
    params: () => ({ language: this.language.current() }),
    loader: () => this.api.myCourses(),
  });
  protected readonly courses = computed(() => (this.mine.hasValue() ? this.mine.value() : null));
  protected readonly error = computed(() => {
    const error = this.mine.error();
    return error ? this.errors.describe(error) : null;
  });

  protected progress(course: MyCourse): string {
    return course.progressPercent > 0
      ? 'Page:Courses.Mine.Progress'
      : 'Page:Courses.Mine.NotStarted';
  }
}
