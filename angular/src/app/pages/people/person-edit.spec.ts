import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { Permission, Permissions } from '../../core/permissions';
import { Person } from '../../data/models';
import { pageTestProviders } from '../../testing/page-providers';
import { PersonEditPage } from './person-edit';

const PERSON: Person = {
  id: 'p1',
  concurrencyStamp: 's1',
  employeeNumber: 'E100',
  firstName: 'Åse',
  lastName: 'Ødegård',
  email: 'ase@example.no',
  employer: 'State',
  officeId: 'o1',
  officeName: 'NAV Malvik',
  userId: null,
  jobRoles: [{ jobRoleId: 'j1', jobRoleName: 'Rådgiver', startDate: '2024-01-15' }],
} as Person;

describe('PersonEditPage', () => {
  let http: HttpTestingController;

  async function render(permissions: Permission[]) {
    TestBed.configureTestingModule({
      imports: [PersonEditPage],
      providers: pageTestProviders(permissions),
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('nb', { 'Ui:DeleteConfirm.Message': 'Slette «{{name}}»?' });
    translate.use('nb');
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PersonEditPage);
    fixture.componentRef.setInput('id', 'p1');
    fixture.detectChanges();
    http.expectOne((r) => r.url.endsWith('/api/organisation/people/p1')).flush(PERSON);
    http
      .expectOne((r) => r.url.endsWith('/api/organisation/offices'))
      .flush({ totalCount: 1, items: [{ id: 'o1', name: 'NAV Malvik' }] });
    http
      .expectOne((r) => r.url.endsWith('/api/organisation/job-roles'))
      .flush([{ id: 'j1', code: 'Advisor', name: 'Rådgiver' }]);
    await fixture.whenStable();
    return fixture;
  }

  const input = (element: HTMLElement, name: string) =>
    element.querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`)!;

  it('lets a manager change the person, but not the employee number', async () => {
    const element = (await render([Permissions.PeopleManage])).nativeElement as HTMLElement;

    expect(element.querySelectorAll('h1').length).toBe(1);
    expect(element.querySelector('h1 .subtitle')?.textContent).toBe('Åse Ødegård');
    expect(input(element, 'employeeNumber').disabled).toBe(true);
    expect(input(element, 'firstName').disabled).toBe(false);
    expect(input(element, 'startDate').disabled).toBe(false);
    const buttons = [...element.querySelectorAll('.form-actions button')].map((b) =>
      b.textContent?.trim(),
    );
    expect(buttons).toEqual(['Page:People.AddJobRole', 'Ui:Save', 'Ui:Delete']);
  });

  it('asks before deleting, naming the person, and then returns to the list', async () => {
    const fixture = await render([Permissions.PeopleManage]);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const deleteButton = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('button'),
    ].find((b) => b.textContent?.includes('Ui:Delete'))!;
    deleteButton.click();
    await fixture.whenStable();

    const dialog = document.querySelector('mat-dialog-container')!;
    expect(dialog.textContent).toContain('Slette «Åse Ødegård»?');
    dialog.querySelector<HTMLButtonElement>('button[cdkfocusinitial]')!.click();
    await vi.waitFor(() =>
      http.expectOne((r) => r.method === 'DELETE' && r.url.endsWith('/people/p1')).flush(null),
    );
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith(['/people']));
  });

  it('shows a reader the whole person read-only, job roles included, without buttons', async () => {
    const element = (await render([Permissions.PeopleView])).nativeElement as HTMLElement;

    const inputs = [...element.querySelectorAll<HTMLInputElement>('form input')];
    expect(inputs.length).toBeGreaterThan(4);
    expect(inputs.filter((i) => !i.disabled).map((i) => i.name || i.type)).toEqual([]);
    expect(element.querySelector('form button')).toBeNull();
  });
});
