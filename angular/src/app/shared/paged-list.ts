import { computed, effect, inject, signal, Signal, untracked } from '@angular/core';
import { PageEvent } from '@angular/material/paginator';
import { Sort } from '@angular/material/sort';
import { LanguageService } from '../core/language.service';
import { ListQuery, PagedResult } from '../data/models';

export const PAGE_SIZES = [10, 25, 50, 100];

/**
 * Server-side paging, sorting and filtering state for one table. Must be created in an
 * injection context (a component field), because it reloads through an effect.
 */
export class PagedList<T, TExtra extends object = object> {
  readonly filter = signal('');
  readonly sort = signal<Sort>({ active: 'name', direction: 'asc' });
  readonly pageIndex = signal(0);
  readonly pageSize = signal(25);
  readonly extra = signal<Partial<TExtra>>({});

  readonly items = signal<T[]>([]);
  readonly totalCount = signal(0);
  readonly loading = signal(false);
  readonly error = signal<unknown>(null);

  readonly query = computed<ListQuery & Partial<TExtra>>(() => {
    const sort = this.sort();
    return {
      ...this.extra(),
      filter: this.filter().trim() || undefined,
      sorting: sort.active && sort.direction ? `${sort.active} ${sort.direction}` : undefined,
      skipCount: this.pageIndex() * this.pageSize(),
      maxResultCount: this.pageSize(),
    };
  });

  private requestNumber = 0;

  /**
   * `reloadOn` lists signals whose change must refetch the page. By default that is the language,
   * because the server translates some of the texts in the rows.
   */
  constructor(
    private readonly load: (query: ListQuery & Partial<TExtra>) => Promise<PagedResult<T>>,
    reloadOn: Signal<unknown>[] = [inject(LanguageService).current],
  ) {
    effect(() => {
      const query = this.query();
      reloadOn.forEach((s) => s());
      untracked(() => void this.fetch(query));
    });
  }

  setFilter(value: string): void {
    this.filter.set(value);
    this.pageIndex.set(0);
  }

  setExtra(extra: Partial<TExtra>): void {
    this.extra.set(extra);
    this.pageIndex.set(0);
  }

  onSort(sort: Sort): void {
    this.sort.set(sort);
    this.pageIndex.set(0);
  }

  onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  reload(): Promise<void> {
    return this.fetch(this.query());
  }

  private async fetch(query: ListQuery & Partial<TExtra>): Promise<void> {
    // Answers to superseded requests are dropped, so a slow old page never overwrites a new one.
    const request = ++this.requestNumber;
    this.loading.set(true);
    try {
      const result = await this.load(query);
      if (request !== this.requestNumber) return;
      this.items.set(result.items);
      this.totalCount.set(result.totalCount);
      this.error.set(null);
    } catch (error) {
      if (request === this.requestNumber) this.error.set(error);
    } finally {
      if (request === this.requestNumber) this.loading.set(false);
    }
  }
}
