import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { pageTestProviders } from '../../testing/page-providers';
import { SupervisionCases } from './supervision-cases';

const GROUP = 'g1';
const SOON = new Date(Date.now() + 7 * 86_400_000).toISOString();
const SOON_END = new Date(Date.now() + 7 * 86_400_000 + 7_200_000).toISOString();
const MEETINGS = [
  { id: 'm1', startsAt: SOON, endsAt: SOON_END, status: 'Planned' },
  { id: 'm0', startsAt: '2026-01-01T08:00:00Z', endsAt: '2026-01-01T10:00:00Z', status: 'Held' },
];
const CASE = {
  id: 'c1',
  meetingId: 'm1',
  meetingStartsAt: SOON,
  title: 'Sinne i mottaket',
  description: 'En bruker var sint.',
  authorName: 'Test Testesen',
  isMine: true,
  canChange: true,
  broughtAt: '2026-12-01T08:00:00Z',
};

describe('SupervisionCases', () => {
  let http: HttpTestingController;

  async function render(cases: unknown[] = []) {
    TestBed.configureTestingModule({
      imports: [SupervisionCases],
      providers: [...pageTestProviders([])],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SupervisionCases);
    fixture.componentRef.setInput('groupId', GROUP);
    fixture.componentRef.setInput('meetings', MEETINGS);
    fixture.detectChanges();
    await vi.waitFor(() => answerList(cases));
    await fixture.whenStable();
    return fixture;
  }

  function answerList(cases: unknown[]) {
    http
      .expectOne(
        (r) => r.url.endsWith(`/api/peer-supervision/groups/${GROUP}/cases`) && r.method === 'GET',
      )
      .flush(cases);
  }

  function fill(root: HTMLElement, title: string, description: string) {
    const input = root.querySelector<HTMLInputElement>('input[formcontrolname=title]')!;
    input.value = title;
    input.dispatchEvent(new Event('input'));
    const area = root.querySelector<HTMLTextAreaElement>('textarea[formcontrolname=description]')!;
    area.value = description;
    area.dispatchEvent(new Event('input'));
  }

  it('lists the cases and offers the author to change or withdraw theirs', async () => {
    const fixture = await render([CASE, { ...CASE, id: 'c2', isMine: false, canChange: false }]);
    const root = fixture.nativeElement as HTMLElement;
    const cases = [...root.querySelectorAll('[data-testid=case]')];
    expect(cases.length).toBe(2);
    expect(cases[0].textContent).toContain('Sinne i mottaket');
    expect(cases[0].querySelector('.withdraw')).not.toBeNull();
    expect(cases[1].querySelector('.withdraw')).toBeNull();
  });

  it('brings a case to the coming meeting, and sends it again when the author says the name is no person', async () => {
    const fixture = await render();
    const root = fixture.nativeElement as HTMLElement;
    fill(root, 'Sinne', 'Jeg møtte Kari Nordmann i mottaket.');
    root.querySelector<HTMLButtonElement>('[data-testid=case-form] button[type=submit]')!.click();

    const first = http.expectOne((r) => r.method === 'POST');
    expect(first.request.body).toEqual({
      meetingId: 'm1',
      title: 'Sinne',
      description: 'Jeg møtte Kari Nordmann i mottaket.',
      acknowledgeNameWarning: false,
    });
    first.flush(
      {
        status: 400,
        code: 'Error:PeerSupervision.CaseMayNameAPerson',
        detail: '«Kari Nordmann» ser ut som et navn.',
        errors: { description: ['«Kari Nordmann» ser ut som et navn.'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    fixture.detectChanges();
    const warning = root.querySelector('[data-testid=name-warning]')!;
    expect(warning.textContent).toContain('Kari Nordmann');

    warning.querySelector<HTMLButtonElement>('.acknowledge')!.click();
    const again = http.expectOne((r) => r.method === 'POST');
    expect(again.request.body.acknowledgeNameWarning).toBe(true);
    again.flush(CASE);
    await vi.waitFor(() => answerList([CASE]));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(root.querySelectorAll('[data-testid=case]').length).toBe(1);
    expect(root.querySelector('[data-testid=name-warning]')).toBeNull();
  });

  it('shows an identity-number refusal at the field and offers no way around it', async () => {
    const fixture = await render();
    const root = fixture.nativeElement as HTMLElement;
    fill(root, 'Sak', 'Fnr 15038512363');
    root.querySelector<HTMLButtonElement>('[data-testid=case-form] button[type=submit]')!.click();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          status: 400,
          code: 'Error:PeerSupervision.CaseHasNationalIdentityNumber',
          detail: 'Teksten inneholder et fødselsnummer.',
          errors: { description: ['Teksten inneholder et fødselsnummer.'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(root.querySelector('[data-testid=name-warning]')).toBeNull();
    expect(root.querySelector('mat-error')?.textContent).toContain('fødselsnummer');
  });
});
