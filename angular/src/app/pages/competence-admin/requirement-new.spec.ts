import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Permissions } from '../../core/permissions';
import { pageTestProviders } from '../../testing/page-providers';
import { CompetenceRequirementNewPage } from './requirement-new';
import { todayIso } from './requirement-form';

const LEVELS = ['Kjennskap', 'Kunnskap', 'Ferdighet', 'Ekspert'].map((name, i) => ({
  level: i + 1,
  name,
  names: { nb: name, nn: name, en: name },
}));

describe('CompetenceRequirementNewPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [CompetenceRequirementNewPage],
      providers: pageTestProviders([Permissions.CompetenceManageRequirements]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CompetenceRequirementNewPage);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url.endsWith('/api/organisation/job-roles'))
      .flush([{ id: 'j1', code: 'Advisor', name: 'Veileder', isLeaderRole: false }]);
    http
      .expectOne((r) => r.url.endsWith('/api/organisation/regions'))
      .flush({ totalCount: 1, items: [{ id: 'r1', name: 'Trøndelag' }] });
    http
      .expectOne((r) => r.url.endsWith('/api/organisation/offices'))
      .flush({ totalCount: 1, items: [{ id: 'o1', name: 'NAV Malvik' }] });
    http
      .expectOne((r) => r.url.endsWith('/api/competence/areas'))
      .flush({
        totalCount: 1,
        items: [{ id: 'a1', code: 'ETIKK', name: 'Profesjonsetikk', scaleId: 's1', maxLevel: 4 }],
      });
    http
      .expectOne((r) => r.url.endsWith('/api/competence/scales'))
      .flush({ totalCount: 1, items: [{ id: 's1', name: 'Skala', levels: LEVELS }] });
    await fixture.whenStable();
    return fixture;
  }

  function type(element: HTMLElement, control: string, value: string) {
    const input = element.querySelector<HTMLInputElement>(
      `input[formcontrolname=${control}], input[data-control=${control}]`,
    )!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    return input;
  }

  it("sends a national requirement, then shows the server's level error at the level field", async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const component = fixture.componentInstance as unknown as {
      form: { patchValue(v: object): void };
    };
    // Selects are Material overlays; choosing through the form is what the template does too.
    component.form.patchValue({ jobRoleId: 'j1', competenceAreaId: 'a1' });
    fixture.detectChanges();
    expect(element.textContent).toContain('1 Kjennskap · 2 Kunnskap · 3 Ferdighet · 4 Ekspert');
    const level = type(element, 'minimumLevel', '9');
    type(element, 'deadlineMonths', '6');
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    const post = http.expectOne(
      (r) => r.method === 'POST' && r.url.endsWith('/api/competence/requirements'),
    );
    expect(post.request.body).toEqual({
      jobRoleId: 'j1',
      competenceAreaId: 'a1',
      regionId: null,
      officeId: null,
      validFrom: todayIso(),
      minimumLevel: 9,
      deadlineMonths: 6,
      renewalMonths: null,
      isMandatory: true,
    });
    post.flush(
      {
        status: 400,
        errors: {
          minimumLevel: ['Nivået må være mellom 1 og 4 på skalaen til denne kompetansen.'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(level.closest('mat-form-field')!.querySelector('mat-error')?.textContent).toContain(
      'Nivået må være mellom 1 og 4',
    );
    expect(level.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Ui:Error.FixFields');
  });

  it('sends the office of an office requirement, and opens the created requirement', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const component = fixture.componentInstance as unknown as {
      form: { patchValue(v: object): void };
    };
    component.form.patchValue({ regionId: 'r1' });
    const office = element.querySelectorAll<HTMLInputElement>('mat-radio-button input')[2];
    office.click();
    fixture.detectChanges();
    expect(element.querySelector('mat-select[formcontrolname=officeId]')).not.toBeNull();
    expect(element.querySelector('mat-select[formcontrolname=regionId]')).toBeNull();
    component.form.patchValue({ officeId: 'o1' });
    type(element, 'renewalMonths', '24');
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    const post = http.expectOne((r) => r.method === 'POST');
    expect(post.request.body).toMatchObject({ regionId: null, officeId: 'o1', renewalMonths: 24 });
    post.flush({ id: 'req1' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/competence/admin/requirements', 'req1'], {
      replaceUrl: true,
    });
  });

  it('shows a duplicate requirement (409) in its own words, without offering to reload', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          status: 409,
          code: 'Error:Competence.RequirementExists',
          detail: 'Denne rollen har allerede et krav til denne kompetansen.',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    const alert = element.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('Denne rollen har allerede et krav');
    expect(alert.querySelector('button')).toBeNull();
  });
});
