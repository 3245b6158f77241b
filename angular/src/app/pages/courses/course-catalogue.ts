import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import {
  CatalogueCourse,
  CatalogueFilters,
  CONTENT_LANGUAGES,
  COURSE_CATEGORIES,
  COURSE_LENGTHS,
  CourseApi,
} from '../../data/course-api';
import { Lookups } from '../../data/lookups';
import { Alert } from '../../shared/alert';
import { ContentText } from '../../shared/content-text';
import { AppDatePipe } from '../../shared/date-format';
import { enumKey, EnumLabelPipe } from '../../shared/enum-labels';
import { SelectOption } from '../../shared/form-field';
import { ListFilter } from '../../shared/list-filter';
import { PagedList } from '../../shared/paged-list';
import { SelectFilter } from '../../shared/select-filter';
import { contentLanguageKey } from './course-format';

/**
 * The course catalogue: published courses to search and narrow down, those required for the
 * learner first, each card saying how long it takes, its language and where the learner stands.
 */
@Component({
  selector: 'app-course-catalogue',
  imports: [
    AppDatePipe,
    RouterLink,
    MatPaginatorModule,
    MatProgressBarModule,
    TranslatePipe,
    Alert,
    ContentText,
    EnumLabelPipe,
    ListFilter,
    SelectFilter,
  ],
  template: `
    <h1>{{ 'Page:Courses.Catalogue.Title' | translate }}</h1>
    <p>{{ 'Page:Courses.Catalogue.Intro' | translate }}</p>

    <div
      class="filters"
      role="search"
      [attr.aria-label]="'Page:Courses.Catalogue.Search' | translate"
    >
      <app-list-filter [list]="list" />
      <app-select-filter
        label="Page:Courses.Field.Category"
        [value]="list.extra().category"
        [options]="categories"
        [translateNames]="true"
        (changed)="filter({ category: $any($event) })"
      />
      <app-select-filter
        label="Page:Courses.Field.JobRole"
        [value]="list.extra().jobRoleId"
        [options]="jobRoles.value()"
        (changed)="filter({ jobRoleId: $event })"
      />
      <app-select-filter
        label="Page:Courses.Field.Language"
        [value]="list.extra().language"
        [options]="languages"
        [translateNames]="true"
        (changed)="filter({ language: $event })"
      />
      <app-select-filter
        label="Page:Courses.Field.Length"
        [value]="list.extra().length"
        [options]="lengths"
        [translateNames]="true"
        (changed)="filter({ length: $any($event) })"
      />
    </div>

    @if (list.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />

    <p class="count" role="status" aria-live="polite" data-testid="catalogue-count">
      {{ 'Page:Courses.Catalogue.Count' | translate: { count: list.totalCount() } }}
    </p>
    <ul class="cards" data-testid="catalogue">
      @for (c of list.items(); track c.courseId) {
        <li
          class="card"
          [class.required]="c.required"
          [attr.aria-labelledby]="'course-' + c.courseId"
        >
          <h2 [id]="'course-' + c.courseId">
            <a [routerLink]="['/courses', c.courseId]"><app-content-text [text]="c.title" /></a>
          </h2>
          @if (c.required) {
            <p class="badge required-badge" data-testid="course-required">
              {{ 'Page:Courses.Required' | translate }}
              @if (c.dueOn) {
                – {{ 'Page:Courses.DueOn' | translate: { date: (c.dueOn | appDate) } }}
              }
            </p>
          }
          <p class="summary"><app-content-text [text]="c.summary" /></p>
          <dl class="meta">
            <dt>{{ 'Page:Courses.Field.Length' | translate }}</dt>
            <dd>{{ 'Page:Courses.Minutes' | translate: { minutes: c.estimatedMinutes } }}</dd>
            <dt>{{ 'Page:Courses.Field.Language' | translate }}</dt>
            <dd>{{ languageKey(c.contentLanguage) | translate }}</dd>
            <dt>{{ 'Page:Courses.Field.Category' | translate }}</dt>
            <dd>{{ c.category | enumLabel: 'CourseCategory' | translate }}</dd>
            <dt>{{ 'Page:Courses.Field.Status' | translate }}</dt>
            <dd data-testid="course-status">
              {{ c.status | enumLabel: 'CourseLearnerStatus' | translate }}
            </dd>
          </dl>
        </li>
      } @empty {
        @if (!list.loading()) {
          <li class="empty" data-testid="catalogue-empty">
            {{ 'Page:Courses.Catalogue.Empty' | translate }}
          </li>
        }
      }
    </ul>
    <mat-paginator
      [length]="list.totalCount()"
      [pageIndex]="list.pageIndex()"
      [pageSize]="list.pageSize()"
      [pageSizeOptions]="pageSizes"
      (page)="list.onPage($event)"
    />
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
    .cards {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 16px;
    }
    .card {
      padding: 16px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    .card.required {
      border-color: var(--ax-border-warning);
    }
    .card h2 {
      margin: 0 0 8px;
      font-size: 1.125rem;
    }
    .badge {
      display: inline-block;
      margin: 0 0 8px;
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--ax-bg-warning-soft);
      font-size: 0.875rem;
    }
    .meta {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 12px;
      margin: 0;
      font-size: 0.875rem;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseCataloguePage {
  private readonly api = inject(CourseApi);
  private readonly lookups = inject(Lookups);
  private readonly errors = inject(ErrorMessages);

  protected readonly pageSizes = [12, 24, 48];
  protected readonly list = new PagedList<CatalogueCourse, CatalogueFilters>((query) =>
    this.api.catalogue(query),
  );
  protected readonly categories: SelectOption[] = COURSE_CATEGORIES.map((c) => ({
    id: c,
    name: enumKey('CourseCategory', c),
  }));
  protected readonly lengths: SelectOption[] = COURSE_LENGTHS.map((l) => ({
    id: l,
    name: enumKey('CourseLengthBand', l),
  }));
  protected readonly languages: SelectOption[] = CONTENT_LANGUAGES.map((l) => ({
    id: l,
    name: this.languageKey(l),
  }));
  protected readonly jobRoles = resource({
    loader: async () =>
      (await this.lookups.jobRoles()).map((r): SelectOption => ({ id: r.id, name: r.name })),
  });
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? this.errors.describe(error) : null;
  });

  constructor() {
    this.list.pageSize.set(this.pageSizes[0]);
    this.list.sort.set({ active: '', direction: '' });
  }

  protected filter(change: CatalogueFilters): void {
    this.list.setExtra({ ...this.list.extra(), ...change });
  }

  protected languageKey(language: string): string {
    return contentLanguageKey(language);
  }
}
