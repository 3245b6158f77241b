import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Permissions } from '../../core/permissions';
import { pageTestProviders } from '../../testing/page-providers';
import { OfficeEditPage } from './office-edit';

describe('OfficeEditPage', () => {
  let http: HttpTestingController;

  function render() {
    TestBed.configureTestingModule({
      imports: [OfficeEditPage],
      providers: pageTestProviders([Permissions.OrganisationManage]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OfficeEditPage);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url.endsWith('/api/organisation/regions'))
      .flush({ totalCount: 1, items: [{ id: 'r1', name: 'Trøndelag', code: '50' }] });
    return fixture;
  }

  it('shows the server field error next to the field, and the page alert', async () => {
    const fixture = render();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    const post = http.expectOne(
      (r) => r.method === 'POST' && r.url.endsWith('/api/organisation/offices'),
    );
    expect(post.request.body).toEqual({
      name: '',
      regionId: null,
      leadershipModel: 'SingleLeader',
      size: null,
      municipalityIds: [],
    });
    post.flush(
      { status: 400, title: 'Validation failed', errors: { name: ['Navn må fylles ut.'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const nameField = element
      .querySelector('input[formcontrolname=name]')!
      .closest('mat-form-field')!;
    expect(nameField.querySelector('mat-error')?.textContent).toContain('Navn må fylles ut.');
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Ui:Error.FixFields');
  });

  it('opens the new office after it is created', async () => {
    const fixture = render();
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    const input = fixture.nativeElement.querySelector(
      'input[formcontrolname=name]',
    ) as HTMLInputElement;
    input.value = 'NAV Værnes';
    input.dispatchEvent(new Event('input'));
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('button[type=submit]')!
      .click();

    const post = http.expectOne((r) => r.method === 'POST');
    expect(post.request.body.name).toBe('NAV Værnes');
    post.flush({ id: 'o1', name: 'NAV Værnes', municipalities: [], municipalityIds: [] });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/offices', 'o1'], { replaceUrl: true });
  });
});
