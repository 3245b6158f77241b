import { HttpTestingController } from '@angular/common/http/testing';
import { Component, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Permission, Permissions } from '../core/permissions';
import { Region, RegionInput } from '../data/models';
import { OrganisationApi } from '../data/organisation-api';
import { pageTestProviders } from '../testing/page-providers';
import { EditPage, EditPageActions } from './edit-page';
import { EntityEditor } from './entity-editor';

@Component({
  selector: 'app-test-host',
  imports: [ReactiveFormsModule, EditPage, EditPageActions],
  template: `
    <app-edit-page [editor]="editor" title="Page:Regions.Edit" backLabel="Page:Regions.BackToList">
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <input formControlName="name" />
        <app-edit-page-actions [editor]="editor" />
      </form>
    </app-edit-page>
  `,
})
class Host {
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    code: new FormControl('', { nonNullable: true }),
  });
  readonly editor = new EntityEditor<Region, RegionInput>({
    api: inject(OrganisationApi).regions,
    id: signal('r1'),
    form: this.form,
    managePermission: Permissions.OrganisationManage,
    name: (region) => region.name,
    toInput: () => this.form.getRawValue(),
    patch: (region) => this.form.reset({ name: region.name, code: region.code }),
    listPath: '/regions',
    details: (region) => [{ label: 'Field:Name', value: region.name }],
  });
}

const REGION: Region = { id: 'r1', name: 'Trøndelag', code: '50', concurrencyStamp: 's1' };

describe('EditPage', () => {
  let http: HttpTestingController;

  async function render(permissions: Permission[]) {
    TestBed.configureTestingModule({ providers: pageTestProviders(permissions) });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    http.expectOne((r) => r.method === 'GET' && r.url.endsWith('/regions/r1')).flush(REGION);
    await settled();
    return fixture.nativeElement as HTMLElement;
  }

  /** The API's answer arrives as a promise; the page shows it on the next check. */
  async function settled() {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  async function saveAnswering(element: HTMLElement, status: number, body: object) {
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http
      .expectOne((r) => r.method === 'PUT' && r.url.endsWith('/regions/r1'))
      .flush(body, { status, statusText: 'Conflict' });
    await settled();
    return element.querySelector('[role=alert]');
  }

  it('shows those who may change the entity its heading, name and form', async () => {
    const element = await render([Permissions.OrganisationManage]);
    expect(element.querySelector('h1')?.textContent).toContain('Trøndelag');
    expect(element.querySelector<HTMLInputElement>('input[formcontrolname=name]')?.value).toBe(
      'Trøndelag',
    );
    expect(element.querySelector('[data-testid=read-only-details]')).toBeNull();
  });

  it('shows those who may only look the entity as text, without a form or buttons', async () => {
    const element = await render([]);
    expect(element.querySelector('[data-testid=read-only-details]')?.textContent).toContain(
      'Trøndelag',
    );
    expect(element.querySelectorAll('input, button')).toHaveLength(0);
  });

  it('offers to reload after a stale save, and not after a duplicate name', async () => {
    const element = await render([Permissions.OrganisationManage]);
    let alert = await saveAnswering(element, 409, {
      status: 409,
      code: 'Error:Organisation.DuplicateRegionName',
      detail: 'Det finnes allerede en region med dette navnet.',
    });
    expect(alert?.textContent).toContain('Det finnes allerede en region med dette navnet.');
    expect(alert?.querySelector('button')).toBeNull();

    alert = await saveAnswering(element, 409, {
      status: 409,
      code: 'Error:ConcurrencyConflict',
      detail: 'Noen andre har endret dette.',
    });
    expect(alert?.textContent).toContain('Ui:Error.Concurrency');
    expect(alert?.querySelector('button')?.textContent).toContain('Ui:Reload');
  });
});
