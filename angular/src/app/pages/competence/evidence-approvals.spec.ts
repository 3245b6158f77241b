import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import { PendingEvidence } from '../../data/competence-api';
import { pageTestProviders } from '../../testing/page-providers';
import { EvidenceApprovalsPage } from './evidence-approvals';

const ITEM = {
  personName: 'Agnieszka Eriksen',
  officeId: 'o1',
  officeName: 'NAV Værnes',
  evidence: {
    id: 'e1',
    personId: 'p1',
    competenceAreaId: 'a1',
    competenceAreaName: 'Personvern og GDPR',
    level: 3,
    levelName: 'Ferdighet',
    source: 'Upload',
    title: 'Kursbevis personvern',
    achievedOn: '2026-03-01',
    validUntil: null,
    state: 'Pending',
    rejectionReason: null,
    decidedAt: null,
    hasDocument: true,
    submittedAt: '2026-03-02T10:00:00Z',
  },
} as PendingEvidence;

describe('EvidenceApprovalsPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [EvidenceApprovalsPage],
      providers: pageTestProviders([Permissions.CompetenceApproveEvidence]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(EvidenceApprovalsPage);
    fixture.detectChanges();
    await vi.waitFor(() => expectPending().flush({ totalCount: 1, items: [ITEM] }));
    await fixture.whenStable();
    return fixture;
  }

  const expectPending = () =>
    http.expectOne((r) => r.method === 'GET' && r.url.endsWith('/api/competence/evidence/pending'));

  const button = (root: ParentNode, text: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.includes(text),
    )!;

  it('lists who sent what, with the document, and approves in one step', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const row = element.querySelector('[data-testid=approval-table] tbody tr')!;
    expect(row.textContent).toContain('Agnieszka Eriksen');
    expect(row.textContent).toContain('NAV Værnes');
    expect(row.textContent).toContain('3 – Ferdighet');
    expect(button(row, 'Page:Competence.Evidence.Download')).toBeTruthy();

    button(row, 'Page:Competence.Approvals.Approve').click();
    http
      .expectOne((r) => r.method === 'POST' && r.url.endsWith('/evidence/e1/approve'))
      .flush({ ...ITEM.evidence, state: 'Approved' });
    await vi.waitFor(() => expectPending().flush({ totalCount: 0, items: [] }));
  });

  it('rejects only with a reason, and shows what the server says about it at the field', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    button(element, 'Page:Competence.Approvals.Reject').click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container')!;
    expect(dialog.querySelector('h2')?.textContent).toContain('Page:Competence.Reject.Title');
    const reason = dialog.querySelector('textarea')!;
    const send = button(dialog, 'Page:Competence.Reject.Submit');

    send.click();
    await fixture.whenStable();
    http.expectNone((r) => r.url.endsWith('/reject'));
    expect(dialog.querySelector('mat-error')?.textContent).toContain(
      'Page:Competence.Reject.ReasonRequired',
    );

    reason.value = 'x'.repeat(3);
    reason.dispatchEvent(new Event('input'));
    send.click();
    const request = http.expectOne((r) => r.url.endsWith('/evidence/e1/reject'));
    expect(request.request.body).toEqual({ reason: 'xxx' });
    request.flush(
      { status: 400, errors: { reason: ['Begrunnelsen er for kort.'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await vi.waitFor(() =>
      expect(dialog.querySelector('mat-error')?.textContent).toContain('Begrunnelsen er for kort.'),
    );

    reason.value = 'Dokumentet er uleselig.';
    reason.dispatchEvent(new Event('input'));
    send.click();
    http
      .expectOne((r) => r.url.endsWith('/evidence/e1/reject'))
      .flush({ ...ITEM.evidence, state: 'Rejected' });
    await vi.waitFor(() => expectPending().flush({ totalCount: 0, items: [] }));
    await vi.waitFor(() => expect(document.querySelector('mat-dialog-container')).toBeNull());
  });
});
