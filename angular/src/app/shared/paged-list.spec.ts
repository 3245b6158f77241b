import { Injector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ListQuery, PagedResult } from '../data/models';
import { PagedList } from './paged-list';

describe('PagedList', () => {
  function create(load: (q: ListQuery) => Promise<PagedResult<string>>, reloadOn = [signal('nb')]) {
    const injector = TestBed.inject(Injector);
    return {
      list: TestBed.runInInjectionContext(() => new PagedList<string>(load, reloadOn)),
      injector,
    };
  }

  it('asks the server for the current page, sort and filter', async () => {
    const load = vi.fn(async () => ({ totalCount: 44, items: ['a', 'b'] }));
    const { list } = create(load);
    TestBed.tick();
    await vi.waitFor(() => expect(list.items()).toEqual(['a', 'b']));
    expect(load).toHaveBeenLastCalledWith({
      filter: undefined,
      sorting: 'name asc',
      skipCount: 0,
      maxResultCount: 25,
    });
    expect(list.totalCount()).toBe(44);

    list.onPage({ pageIndex: 1, pageSize: 10, length: 44 });
    list.onSort({ active: 'size', direction: 'desc' });
    list.setFilter('  Værnes ');
    TestBed.tick();
    expect(load).toHaveBeenLastCalledWith({
      filter: 'Værnes',
      sorting: 'size desc',
      skipCount: 0,
      maxResultCount: 10,
    });
  });

  it('goes back to the first page when the filter changes', () => {
    const { list } = create(async () => ({ totalCount: 0, items: [] }));
    list.onPage({ pageIndex: 3, pageSize: 25, length: 100 });
    list.setFilter('x');
    expect(list.pageIndex()).toBe(0);
  });

  it('drops the answer of a request that a newer one replaced', async () => {
    const answers: ((r: PagedResult<string>) => void)[] = [];
    const { list } = create(() => new Promise((resolve) => answers.push(resolve)));
    TestBed.tick();
    list.setFilter('new');
    TestBed.tick();
    expect(answers.length).toBe(2);
    answers[1]({ totalCount: 1, items: ['new'] });
    answers[0]({ totalCount: 1, items: ['old'] });
    await vi.waitFor(() => expect(list.loading()).toBe(false));
    expect(list.items()).toEqual(['new']);
  });

  it('reloads when a reload signal such as the language changes', () => {
    const language = signal('nb');
    const load = vi.fn(async () => ({ totalCount: 0, items: [] }));
    create(load, [language]);
    TestBed.tick();
    language.set('en');
    TestBed.tick();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the error for the page to show', async () => {
    const { list } = create(async () => {
      throw new Error('down');
    });
    TestBed.tick();
    await vi.waitFor(() => expect(list.error()).toBeInstanceOf(Error));
    expect(list.loading()).toBe(false);
  });
});
