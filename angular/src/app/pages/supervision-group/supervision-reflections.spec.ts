import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { pageTestProviders } from '../../testing/page-providers';
import { SupervisionReflections } from './supervision-reflections';

const GROUP = 'g1';
const MINE = {
  id: 'r1',
  groupId: GROUP,
  meetingId: null,
  text: 'Mitt private notat',
  authorName: 'Meg Selv',
  isMine: true,
  sharedWithGroupAt: null,
  writtenAt: '2026-12-01T08:00:00Z',
};
const OTHERS = {
  ...MINE,
  id: 'r2',
  text: 'Delt av en kollega',
  authorName: 'Kari Kollega',
  isMine: false,
  sharedWithGroupAt: '2026-12-02T08:00:00Z',
};

describe('SupervisionReflections', () => {
  let http: HttpTestingController;

  /** The element, once the page shows it (answers arrive in later ticks). */
  async function shown(
    fixture: { detectChanges(): void; nativeElement: unknown },
    selector: string,
  ) {
    return vi.waitFor(() => {
      fixture.detectChanges();
      const element = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`${selector} is not shown`);
      return element;
    });
  }

  function answer(mine: unknown[], shared: unknown[]) {
    http.expectOne((r) => r.url.endsWith(`/groups/${GROUP}/reflections/mine`)).flush(mine);
    http.expectOne((r) => r.url.endsWith(`/groups/${GROUP}/reflections/shared`)).flush(shared);
  }

  async function render(mine: unknown[], shared: unknown[]) {
    TestBed.configureTestingModule({
      imports: [SupervisionReflections],
      providers: [...pageTestProviders([])],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SupervisionReflections);
    fixture.componentRef.setInput('groupId', GROUP);
    fixture.detectChanges();
    await vi.waitFor(() => answer(mine, shared));
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  it('says the notes are private and shows the own notes apart from those others shared', async () => {
    const fixture = await render(
      [MINE],
      [OTHERS, { ...MINE, sharedWithGroupAt: '2026-12-02T08:00:00Z' }],
    );
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain('Page:PeerSupervision.Reflections.Private');
    expect(root.querySelector('[data-testid=my-reflection]')!.textContent).toContain(
      'Mitt private notat',
    );
    const shared = [...root.querySelectorAll('[data-testid=shared-reflection]')];
    expect(shared.length).toBe(1);
    expect(shared[0].textContent).toContain('Delt av en kollega');
  });

  it('writes a note and shares and withdraws it on request', async () => {
    const fixture = await render([], []);
    const root = fixture.nativeElement as HTMLElement;
    const area = root.querySelector<HTMLTextAreaElement>('textarea')!;
    area.value = '  Mitt private notat ';
    area.dispatchEvent(new Event('input'));
    root
      .querySelector<HTMLButtonElement>('[data-testid=reflection-form] button[type=submit]')!
      .click();
    const write = http.expectOne(
      (r) => r.method === 'POST' && r.url.endsWith(`/groups/${GROUP}/reflections`),
    );
    expect(write.request.body).toEqual({ text: 'Mitt private notat', meetingId: null });
    write.flush(MINE);
    await vi.waitFor(() => answer([MINE], []));
    (await shown(fixture, '[data-testid=my-reflection] .share')).click();
    http
      .expectOne((r) => r.method === 'POST' && r.url.endsWith('/reflections/r1/share'))
      .flush(MINE);
    const shared = { ...MINE, sharedWithGroupAt: '2026-12-02T08:00:00Z' };
    await vi.waitFor(() => answer([shared], [shared]));
    await shown(fixture, '[data-testid=my-reflection] .shared');
    expect(root.querySelector('[data-testid=shared-reflection]')).toBeNull();

    (await shown(fixture, '[data-testid=my-reflection] .unshare')).click();
    http
      .expectOne((r) => r.method === 'DELETE' && r.url.endsWith('/reflections/r1/share'))
      .flush(MINE);
    await vi.waitFor(() => answer([MINE], []));
  });
});
