import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Permissions } from '../../core/permissions';
import {
  COURSE_CATEGORIES,
  CourseCategory,
  CourseEditorApi,
  CourseListItem,
  courseEditorPath,
} from '../../data/course-editor-api';
import { TableField } from '../../shared/data-table';
import { enumKey } from '../../shared/enum-labels';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { SelectFilter } from '../../shared/select-filter';

/** The courses an editor writes, with where each stands: published version and open draft. */
@Component({
  selector: 'app-course-list',
  imports: [ListPage, SelectFilter],
  template: `
    <app-list-page
      heading="Page:CourseEditor.List.Title"
      newLabel="Page:CourseEditor.List.New"
      newLink="/course-editor/new"
      [managePermission]="managePermission"
      [list]="list"
      [fields]="fields"
      tableTestId="course-table"
    >
      <app-select-filter
        listFilter
        label="Page:CourseEditor.Field.Category"
        [value]="list.extra().category"
        [options]="categories"
        [translateNames]="true"
        (changed)="list.setExtra({ category: $any($event) })"
      />
    </app-list-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseListPage {
  private readonly api = inject(CourseEditorApi);

  protected readonly managePermission = Permissions.ELearningEdit;
  protected readonly categories = COURSE_CATEGORIES.map((c) => ({
    id: c,
    name: enumKey('CourseCategory', c),
  }));
  protected readonly fields: TableField<CourseListItem>[] = [
    { id: 'code', heading: 'Page:CourseEditor.Field.Code', value: (c) => c.code, sortable: true },
    {
      id: 'title',
      heading: 'Page:CourseEditor.Field.Title',
      value: (c) => c.title,
      link: (c) => [courseEditorPath(c.id)],
      sortable: true,
    },
    { id: 'category', heading: 'Page:CourseEditor.Field.Category', value: (c) => c.categoryText },
    { id: 'status', heading: 'Page:CourseEditor.Field.Status', value: (c) => c.statusText },
    {
      id: 'published',
      heading: 'Page:CourseEditor.Field.PublishedVersion',
      value: (c) => c.publishedVersionNumber ?? '–',
    },
    { id: 'lessons', heading: 'Page:CourseEditor.Field.LessonCount', value: (c) => c.lessonCount },
  ];
  protected readonly list = new PagedList<CourseListItem, { category: CourseCategory }>((query) =>
    this.api.list(query),
  );

  constructor() {
    this.list.sort.set({ active: 'title', direction: 'asc' });
  }
}
