import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Permission, Permissions } from '../../core/permissions';
import type { ProgrammeVersion, ProgrammeVersionSummary } from '../../data/programme-api';
import { pageTestProviders } from '../../testing/page-providers';
import { latestPublished, NewVersionDialog, toCreateVersionInput } from './new-version-dialog';
import { content, DRAFT, KS_APPROVAL, PUBLISHED } from '../../testing/programme-test-data';
import { ProgrammeVersionPage } from './version-page';

const OWNER: Permission[] = [
  Permissions.ProgrammesView,
  Permissions.ProgrammesEdit,
  Permissions.ProgrammesApprove,
];

const button = (root: ParentNode, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    b.textContent?.includes(text),
  );

describe('ProgrammeVersionPage', () => {
  let http: HttpTestingController;

  async function render(version: ProgrammeVersion, permissions = OWNER) {
    TestBed.configureTestingModule({
      imports: [ProgrammeVersionPage],
      providers: pageTestProviders(permissions),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProgrammeVersionPage);
    fixture.componentRef.setInput('id', version.id);
    fixture.detectChanges();
    http.expectOne((r) => r.url.endsWith(`/api/programme/versions/${version.id}`)).flush(version);
    const element = fixture.nativeElement as HTMLElement;
    await vi.waitFor(() =>
      expect(element.querySelector('[data-testid=approval-panel]')).not.toBeNull(),
    );
    return fixture;
  }

  const editLinks = (element: HTMLElement) =>
    [...element.querySelectorAll('a')].filter((a) =>
      a.textContent?.includes('Page:Programme.Version.EditModule'),
    );

  it('lets the owners edit a draft: details, modules with their buttons, approval', async () => {
    const element = (await render(DRAFT)).nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Page:Programme.Version.Heading');
    expect(element.querySelector<HTMLInputElement>('#version-details input')?.value).toBe(
      'Lederprogrammet 2027',
    );
    expect(element.querySelectorAll('[data-testid=modules] > li').length).toBe(2);
    expect(editLinks(element).length).toBe(2);
    // The first module cannot move up, the last cannot move down.
    expect(element.querySelector<HTMLButtonElement>('#module-0-up')?.disabled).toBe(true);
    expect(element.querySelector<HTMLButtonElement>('#module-1-down')?.disabled).toBe(true);
    expect(button(element, 'Page:Programme.Approval.ApproveKs')).toBeTruthy();
    expect(element.querySelector('[data-testid=version-history] tbody')?.textContent).toContain(
      'Enum:VersionHistoryAction.Created',
    );
  });

  it('moves a module with the version’s stamp and shows the new order', async () => {
    const fixture = await render(DRAFT);
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('#module-0-down')!.click();
    const move = http.expectOne((r) => r.url.endsWith('/versions/v2/modules/m1/move'));
    expect(move.request.body).toEqual({ position: 2, concurrencyStamp: 'stamp-1' });
    move.flush({
      ...DRAFT,
      modules: [
        { ...DRAFT.modules[1], order: 1 },
        { ...DRAFT.modules[0], order: 2 },
      ],
      concurrencyStamp: 'stamp-2',
    });
    await fixture.whenStable();
    const titles = [...element.querySelectorAll('[data-testid=modules] h3')].map((h) => h.id);
    expect(titles).toEqual(['module-m2', 'module-m1']);
  });

  it('shows a reload hint when the version changed meanwhile', async () => {
    const fixture = await render(DRAFT);
    const element = fixture.nativeElement as HTMLElement;
    button(element, 'Page:Programme.Version.SaveDetails')!.click();
    http
      .expectOne((r) => r.method === 'PUT')
      .flush({ status: 409, code: 'Error:Concurrency' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    const alert = element.querySelector('#version-details [role=alert]')!;
    expect(alert.textContent).toContain('Ui:Error.Concurrency');
    expect(button(alert, 'Ui:Reload')).toBeTruthy();
  });

  it('hides every edit control on a published version', async () => {
    const element = (await render(PUBLISHED)).nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=published-banner]')).not.toBeNull();
    expect(element.querySelector('#version-details')).toBeNull();
    expect(editLinks(element).length).toBe(0);
    expect(element.querySelector('#add-module')).toBeNull();
    expect(element.querySelectorAll('button').length).toBe(0);
  });

  it('shows a draft read only to someone without the edit permission', async () => {
    const element = (
      await render(
        { ...DRAFT, approvals: [KS_APPROVAL], canEdit: false, canApprove: false, myParty: null },
        [Permissions.ProgrammesView],
      )
    ).nativeElement as HTMLElement;
    expect(element.querySelector('#version-details')).toBeNull();
    expect(editLinks(element).length).toBe(0);
    expect(element.querySelectorAll('button').length).toBe(0);
  });
});

describe('NewVersionDialog', () => {
  const summary = (number: number, status: 'Draft' | 'Published'): ProgrammeVersionSummary => ({
    id: `v${number}`,
    number,
    name: content(`Versjon ${number}`),
    status,
    statusName: status,
    moduleCount: 4,
    ksApproved: status === 'Published',
    directorateApproved: status === 'Published',
    publishedAt: null,
    lastModificationTime: null,
  });
  const VERSIONS = [summary(3, 'Draft'), summary(2, 'Published'), summary(1, 'Published')];

  it('starts from the newest published version, and sends an empty name as null', () => {
    expect(latestPublished(VERSIONS)?.id).toBe('v2');
    expect(toCreateVersionInput({ name: '  ', copyFromVersionId: '' })).toEqual({
      name: null,
      copyFromVersionId: null,
    });
  });

  function render() {
    const close = vi.fn();
    TestBed.configureTestingModule({
      imports: [NewVersionDialog],
      providers: [
        ...pageTestProviders(OWNER),
        { provide: MAT_DIALOG_DATA, useValue: VERSIONS },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NewVersionDialog);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const name = element.querySelector<HTMLInputElement>('input')!;
    name.value = 'Lederprogrammet 2028';
    name.dispatchEvent(new Event('input'));
    return { fixture, element, http, close };
  }

  it('shows why the API refuses a second draft', async () => {
    const { fixture, element, http, close } = render();
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const post = http.expectOne((r) => r.method === 'POST');
    expect(post.request.body).toEqual({
      name: { nb: 'Lederprogrammet 2028' },
      copyFromVersionId: 'v2',
    });
    post.flush(
      {
        status: 409,
        code: 'Error:Programmes.DraftExists',
        detail: 'Det finnes allerede et utkast.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'Det finnes allerede et utkast.',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('creates the copy under its new name and closes with it', async () => {
    const { element, http, close } = render();
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const post = http.expectOne((r) => r.method === 'POST');
    expect(post.request.body).toEqual({
      name: { nb: 'Lederprogrammet 2028' },
      copyFromVersionId: 'v2',
    });
    post.flush({ ...DRAFT, name: 'Lederprogrammet 2028' });
    await vi.waitFor(() =>
      expect(close).toHaveBeenCalledWith(expect.objectContaining({ name: 'Lederprogrammet 2028' })),
    );
  });
});
