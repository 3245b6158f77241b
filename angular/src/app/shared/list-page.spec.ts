import { Component, signal, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Permission, Permissions } from '../core/permissions';
import { ListQuery, PagedResult } from '../data/models';
import { pageTestProviders } from '../testing/page-providers';
import { TableField } from './data-table';
import { ListPage } from './list-page';
import { PagedList } from './paged-list';

interface Row {
  name: string;
  code: string;
}

let load: (query: ListQuery) => Promise<PagedResult<Row>>;

@Component({
  imports: [ListPage, MatTableModule, MatSortModule],
  template: `
    <app-list-page
      heading="Page:Regions.Title"
      newLabel="Page:Regions.New"
      newLink="/regions/new"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
      tableTestId="region-table"
    >
      <span listFilter class="extra-filter">extra</span>
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>Name</th>
        <td mat-cell *matCellDef="let row">{{ row.name }}</td>
      </ng-container>
      <ng-container matColumnDef="code">
        <th mat-header-cell *matHeaderCellDef>Code</th>
        <td mat-cell *matCellDef="let row">{{ row.code }}</td>
      </ng-container>
    </app-list-page>
  `,
})
class Host {
  readonly managePermission = Permissions.OrganisationManage;
  readonly columns = ['name', 'code'];
  readonly list = new PagedList<Row>((query) => load(query), [signal('nb')]);
}

/** The same list, its columns described as fields. */
@Component({
  imports: [ListPage],
  template: `
    <app-list-page
      heading="Page:Regions.Title"
      newLabel="Page:Regions.New"
      newLink="/regions/new"
      [managePermission]="managePermission"
      [list]="list"
      [fields]="fields"
    />
  `,
})
class FieldsHost {
  readonly managePermission = Permissions.OrganisationManage;
  readonly fields: TableField<Row>[] = [
    {
      id: 'name',
      heading: 'Field:Name',
      value: (r) => r.name,
      link: (r) => ['/regions', r.code],
      sortable: true,
    },
    { id: 'code', heading: 'Field:Code', value: (r) => `Enum:Code.${r.code}`, translate: true },
  ];
  readonly list = new PagedList<Row>((query) => load(query), [signal('nb')]);
}

describe('ListPage', () => {
  async function render(permissions: Permission[], host: Type<object> = Host) {
    TestBed.configureTestingModule({
      imports: [host],
      providers: pageTestProviders(permissions),
    });
    const fixture = TestBed.createComponent(host);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it("shows the page's columns, its extra filter and, for managers, the new button", async () => {
    load = vi.fn(async () => ({ totalCount: 1, items: [{ name: 'Trøndelag', code: '50' }] }));
    const element = await render([Permissions.OrganisationManage]);

    expect(element.querySelectorAll('h1').length).toBe(1);
    const headers = [...element.querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Name', 'Code']);
    const cells = [...element.querySelectorAll('tbody td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['Trøndelag', '50']);
    expect(element.querySelector('table')?.getAttribute('data-testid')).toBe('region-table');
    expect(element.querySelector('.page-actions .extra-filter')).not.toBeNull();
    expect(element.querySelector('a[href="/regions/new"]')?.textContent).toContain(
      'Page:Regions.New',
    );
  });

  it('has no new button for readers, and an empty row when nothing matches', async () => {
    load = vi.fn(async () => ({ totalCount: 0, items: [] }));
    const element = await render([Permissions.OrganisationView]);

    expect(element.querySelector('a[href="/regions/new"]')).toBeNull();
    expect(element.querySelector('td.empty')?.textContent).toContain('Ui:NoRows');
    expect(element.querySelector('td.empty')?.getAttribute('colspan')).toBe('2');
  });

  it('asks the server for the order chosen in a sortable header', async () => {
    load = vi.fn(async () => ({ totalCount: 1, items: [{ name: 'Trøndelag', code: '50' }] }));
    const element = await render([]);
    const header = element.querySelector<HTMLElement>('th[mat-sort-header]')!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');

    header.querySelector<HTMLElement>('.mat-sort-header-container')!.click();
    await vi.waitFor(() =>
      expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ sorting: 'name desc' })),
    );
  });

  it('shows why the list could not be loaded', async () => {
    load = vi.fn(async () => {
      throw new Error('down');
    });
    const element = await render([]);
    await vi.waitFor(() =>
      expect(element.querySelector('[role=alert]')?.textContent).toContain('Ui:Error.Unexpected'),
    );
  });

  it('writes the columns described as fields: headings, values, links to the row and sorting', async () => {
    load = vi.fn(async () => ({ totalCount: 1, items: [{ name: 'Trøndelag', code: '50' }] }));
    const element = await render([], FieldsHost);

    const headers = [...element.querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Field:Name', 'Field:Code']);
    const cells = [...element.querySelectorAll('tbody td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['Trøndelag', 'Enum:Code.50']);
    expect(element.querySelector('tbody a[href="/regions/50"]')?.textContent).toBe('Trøndelag');
    const sortable = element.querySelectorAll<HTMLElement>('th[mat-sort-header]');
    expect(sortable).toHaveLength(1);
    expect(sortable[0].getAttribute('aria-sort')).toBe('ascending');

    sortable[0].querySelector<HTMLElement>('.mat-sort-header-container')!.click();
    await vi.waitFor(() =>
      expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ sorting: 'name desc' })),
    );
  });
});
