import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permission, Permissions } from '../../core/permissions';
import { CompetenceRequirement } from '../../data/competence-catalogue-api';
import { pageTestProviders } from '../../testing/page-providers';
import { CompetenceRequirementDetailPage } from './requirement-detail';

const V1 = {
  id: 'v1',
  validFrom: '2024-01-01',
  validTo: null,
  minimumLevel: 2,
  minimumLevelName: 'Kunnskap',
  deadlineMonths: 3,
  renewalMonths: 24,
  isMandatory: true,
};

const REQUIREMENT: CompetenceRequirement = {
  id: 'req1',
  jobRoleId: 'j1',
  jobRoleName: 'Veileder',
  competenceAreaId: 'a1',
  competenceAreaCode: 'PERSONVERN',
  competenceAreaName: 'Personvern og GDPR',
  maxLevel: 4,
  regionId: null,
  regionName: null,
  officeId: null,
  officeName: null,
  current: V1,
  versions: [V1],
  concurrencyStamp: 'stamp-1',
};

describe('CompetenceRequirementDetailPage', () => {
  let http: HttpTestingController;

  async function render(permissions: Permission[], requirement = REQUIREMENT) {
    TestBed.configureTestingModule({
      imports: [CompetenceRequirementDetailPage],
      providers: pageTestProviders(permissions),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CompetenceRequirementDetailPage);
    fixture.componentRef.setInput('id', 'req1');
    fixture.detectChanges();
    http.expectOne((r) => r.url.endsWith('/api/competence/requirements/req1')).flush(requirement);
    // The scale, to explain the level numbers, is looked up once the requirement is known.
    const area = await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/competence/areas/a1')),
    );
    area.flush({ scaleId: 's1' });
    const scale = await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/competence/scales/s1')),
    );
    scale.flush({ levels: [] });
    await fixture.whenStable();
    return fixture;
  }

  const versionForm = (element: HTMLElement) =>
    element.querySelector<HTMLFormElement>('#new-version')!;
  const input = (form: HTMLElement, control: string) =>
    form.querySelector<HTMLInputElement>(
      `input[formcontrolname=${control}], input[data-control=${control}]`,
    )!;
  function type(form: HTMLElement, control: string, value: string) {
    input(form, control).value = value;
    input(form, control).dispatchEvent(new Event('input'));
  }
  const versionRows = (element: HTMLElement) =>
    element.querySelectorAll('[data-testid=requirement-versions] tbody tr');

  it('shows the history, and starts a new version from the current terms', async () => {
    const element = (await render([Permissions.CompetenceManageRequirements]))
      .nativeElement as HTMLElement;
    expect(element.querySelector('h1 .subtitle')?.textContent).toBe(
      'Veileder – Personvern og GDPR',
    );
    expect(versionRows(element).length).toBe(1);
    expect(versionRows(element)[0].textContent).toContain('2 Kunnskap');
    expect(versionRows(element)[0].textContent).toContain(
      'Page:CompetenceAdmin.Requirements.UntilFurtherNotice',
    );
    const form = versionForm(element);
    expect(input(form, 'minimumLevel').value).toBe('2');
    expect(input(form, 'renewalMonths').value).toBe('24');
    expect(input(form, 'validFrom').value).toBe('');
  });

  it('sends a new version with an empty renewal as null and shows the new history', async () => {
    const fixture = await render([Permissions.CompetenceManageRequirements]);
    const element = fixture.nativeElement as HTMLElement;
    const form = versionForm(element);
    type(form, 'validFrom', '2027-01-01');
    type(form, 'minimumLevel', '3');
    type(form, 'renewalMonths', '');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    const post = http.expectOne(
      (r) => r.method === 'POST' && r.url.endsWith('/requirements/req1/versions'),
    );
    expect(post.request.body).toEqual({
      validFrom: '2027-01-01',
      minimumLevel: 3,
      deadlineMonths: 3,
      renewalMonths: null,
      isMandatory: true,
      concurrencyStamp: 'stamp-1',
    });
    const v2 = { ...V1, id: 'v2', validFrom: '2027-01-01', minimumLevel: 3, renewalMonths: null };
    post.flush({
      ...REQUIREMENT,
      versions: [v2, { ...V1, validTo: '2027-01-01' }],
      concurrencyStamp: 'stamp-2',
    });
    await vi.waitFor(() => expect(versionRows(element).length).toBe(2));
    expect(versionRows(element)[0].textContent).toContain(
      'Page:CompetenceAdmin.Requirements.NoRenewal',
    );
    // The form starts again from the latest terms, without a date.
    expect(input(form, 'validFrom').value).toBe('');
    expect(input(form, 'minimumLevel').value).toBe('3');
  });

  it('shows field errors at the new-version fields only', async () => {
    const fixture = await render([Permissions.CompetenceManageRequirements]);
    const element = fixture.nativeElement as HTMLElement;
    const form = versionForm(element);
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          status: 400,
          errors: { ValidFrom: ['Må fylles ut.'], renewalMonths: ['Må være mellom 1 og 240.'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();

    const errorOf = (el: Element) =>
      el.closest('mat-form-field')!.querySelector('mat-error')?.textContent ?? null;
    expect(errorOf(input(form, 'validFrom'))).toContain('Må fylles ut.');
    expect(errorOf(input(form, 'renewalMonths'))).toContain('Må være mellom 1 og 240.');
    expect(form.querySelector('[role=alert]')?.textContent).toContain('Ui:Error.FixFields');
    const retire = element.querySelector<HTMLFormElement>('#retire')!;
    expect(errorOf(input(retire, 'validFrom'))).toBeNull();
  });

  it('offers to reload after a concurrency conflict, and not after a broken rule', async () => {
    const fixture = await render([Permissions.CompetenceManageRequirements]);
    const element = fixture.nativeElement as HTMLElement;
    const form = versionForm(element);
    type(form, 'validFrom', '2024-01-01');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          status: 409,
          code: 'Error:Competence.RequirementVersionOverlaps',
          detail: 'En ny versjon må gjelde fra en dato etter 2024-01-01.',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    let alert = form.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('En ny versjon må gjelde fra en dato etter 2024-01-01.');
    expect(alert.querySelector('button')).toBeNull();

    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        { status: 409, code: 'Error:ConcurrencyConflict', detail: 'Noen andre har endret dette.' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    alert = form.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('Ui:Error.Concurrency');
    alert.querySelector<HTMLButtonElement>('button')!.click();
    http
      .expectOne((r) => r.method === 'GET' && r.url.endsWith('/requirements/req1'))
      .flush(REQUIREMENT);
    await fixture.whenStable();
    expect(form.querySelector('[role=alert]')?.textContent?.trim()).toBe('');
  });

  it('retires the requirement from a date after confirming', async () => {
    const fixture = await render([Permissions.CompetenceManageRequirements]);
    const element = fixture.nativeElement as HTMLElement;
    const retire = element.querySelector<HTMLFormElement>('#retire')!;
    type(retire, 'validFrom', '2027-06-01');
    retire.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();

    const dialog = document.querySelector('mat-dialog-container')!;
    expect(dialog.textContent).toContain('Page:CompetenceAdmin.Requirements.RetireConfirm.Message');
    dialog.querySelector<HTMLButtonElement>('button[cdkfocusinitial]')!.click();
    const post = await vi.waitFor(() =>
      http.expectOne((r) => r.method === 'POST' && r.url.endsWith('/requirements/req1/retire')),
    );
    expect(post.request.body).toEqual({ validFrom: '2027-06-01', concurrencyStamp: 'stamp-1' });
    post.flush({ ...REQUIREMENT, versions: [{ ...V1, validTo: '2027-06-01' }] });
    await vi.waitFor(() => expect(element.querySelector('#retire')).toBeNull());
    expect(element.querySelector('[data-testid=requirement-summary]')?.textContent).toContain(
      'Page:CompetenceAdmin.Requirements.State.Ending',
    );
  });

  it('shows readers the history without any form', async () => {
    const element = (await render([Permissions.CompetenceView])).nativeElement as HTMLElement;
    expect(versionRows(element).length).toBe(1);
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('button')).toBeNull();
  });

  it('shows no translation key as a tooltip over the heading', async () => {
    const element = (await render([Permissions.CompetenceView])).nativeElement as HTMLElement;
    const header = element.querySelector('app-edit-page-header')!;
    expect(header).not.toBeNull();
    expect(header.hasAttribute('title')).toBe(false);
    const titles = [...element.querySelectorAll('[title]')].map((e) => e.getAttribute('title'));
    expect(titles.filter((t) => /^[A-Z][A-Za-z]+:[A-Za-z.]+$/.test(t ?? ''))).toEqual([]);
  });
});
