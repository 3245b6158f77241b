import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import type { ProgrammeVersion } from '../../data/programme-api';
import { pageTestProviders } from '../../testing/page-providers';
import { ApprovalPanel, approvalState } from './approval-panel';
import {
  DIRECTORATE_APPROVAL,
  DRAFT,
  KS_APPROVAL,
  PUBLISHED,
} from '../../testing/programme-test-data';

const OWNER = { edit: true, approve: true };

describe('approvalState', () => {
  it('gives a KS admin the KS button on a fresh draft, with both parties waiting', () => {
    const state = approvalState(DRAFT, OWNER);
    expect(state.approveFor).toBe('Ks');
    expect(state.cards.map((c) => [c.party, c.approval, c.mine])).toEqual([
      ['Ks', null, true],
      ['Directorate', null, false],
    ]);
    expect(state.canEdit).toBe(true);
    expect(state.resetWarning).toBe(false);
    expect(state.published).toBe(false);
  });

  it('after the KS approval: the KS admin has no button, edits warn that they reset it', () => {
    const state = approvalState({ ...DRAFT, approvals: [KS_APPROVAL], canApprove: false }, OWNER);
    expect(state.approveFor).toBeNull();
    expect(state.cards[0].approval?.approvedBy).toBe('Kari KS-Nordmann');
    expect(state.cards[1].approval).toBeNull();
    expect(state.resetWarning).toBe(true);
    expect(state.canEdit).toBe(true);
  });

  it('gives the directorate admin the directorate button when KS has approved', () => {
    const version: ProgrammeVersion = {
      ...DRAFT,
      approvals: [KS_APPROVAL],
      myParty: 'Directorate',
      myPartyName: 'Arbeids- og velferdsdirektoratet',
    };
    const state = approvalState(version, OWNER);
    expect(state.approveFor).toBe('Directorate');
    expect(state.cards.find((c) => c.mine)?.party).toBe('Directorate');
  });

  it('shows no button to those without the approve permission, nor edits without edit', () => {
    const state = approvalState(
      { ...DRAFT, myParty: null, myPartyName: null, canApprove: false, canEdit: false },
      { edit: false, approve: false },
    );
    expect(state.approveFor).toBeNull();
    expect(state.cards.every((c) => !c.mine)).toBe(true);
    expect(state.canEdit).toBe(false);
    // The permission alone decides, whatever the server says about the version.
    expect(approvalState(DRAFT, { edit: false, approve: false })).toMatchObject({
      approveFor: null,
      canEdit: false,
    });
  });

  it('hides every edit and approval on a published version', () => {
    // Even should the server ever say otherwise, a published version is read only.
    const state = approvalState({ ...PUBLISHED, canEdit: true, canApprove: true }, OWNER);
    expect(state.published).toBe(true);
    expect(state.publishedAt).toBe(PUBLISHED.publishedAt);
    expect(state.approveFor).toBeNull();
    expect(state.canEdit).toBe(false);
    expect(state.resetWarning).toBe(false);
  });

  it('explains why a version without modules cannot be approved yet', () => {
    const state = approvalState({ ...DRAFT, modules: [], canApprove: false }, OWNER);
    expect(state.approveFor).toBeNull();
    expect(state.needsModules).toBe(true);
  });
});

describe('ApprovalPanel', () => {
  function render(version: ProgrammeVersion) {
    TestBed.configureTestingModule({
      imports: [ApprovalPanel],
      providers: pageTestProviders([Permissions.ProgrammesEdit, Permissions.ProgrammesApprove]),
    });
    const fixture = TestBed.createComponent(ApprovalPanel);
    fixture.componentRef.setInput('state', approvalState(version, OWNER));
    fixture.detectChanges();
    return fixture;
  }

  const card = (element: HTMLElement, party: string) =>
    element.querySelector<HTMLElement>(`[data-testid=party-${party}]`)!;

  it('shows both owners, who approved and who is awaited, and the caller’s own button', () => {
    const fixture = render({ ...DRAFT, approvals: [DIRECTORATE_APPROVAL] });
    const element = fixture.nativeElement as HTMLElement;
    expect(card(element, 'Ks').querySelector('h3')?.textContent).toContain('Enum:ApprovalParty.Ks');
    expect(card(element, 'Ks').textContent).toContain('Page:Programme.Approval.Waiting');
    expect(card(element, 'Ks').textContent).toContain('Page:Programme.Approval.YourParty');
    expect(card(element, 'Directorate').textContent).toContain(
      'Page:Programme.Approval.ApprovedBy',
    );
    expect(card(element, 'Directorate').querySelector('button')).toBeNull();
    expect(element.querySelector('[data-testid=reset-warning]')).not.toBeNull();

    let asked: string | undefined;
    fixture.componentInstance.approve.subscribe((party) => (asked = party));
    const button = card(element, 'Ks').querySelector('button')!;
    expect(button.textContent).toContain('Page:Programme.Approval.ApproveKs');
    button.click();
    expect(asked).toBe('Ks');
  });

  it('on a published version shows the publication and no buttons', () => {
    const element = render(PUBLISHED).nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=published-banner]')?.textContent).toContain(
      'Page:Programme.Approval.Published',
    );
    expect(element.querySelectorAll('button').length).toBe(0);
    expect(element.querySelector('[data-testid=reset-warning]')).toBeNull();
  });
});
