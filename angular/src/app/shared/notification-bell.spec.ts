import { HttpRequest } from '@angular/common/http';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { pageTestProviders } from '../testing/page-providers';
import { NOTIFICATION_POLL_MS, NotificationBell } from './notification-bell';

@Component({ template: '' })
class Blank {}

const COUNT_URL = '/api/notifications/unread-count';

const NOTIFICATIONS = [
  {
    id: 'n1',
    kind: 'CompetenceExpiry',
    kindName: 'Kompetanse som utløper',
    subject: 'Kompetansen din i Arbeidsevnevurdering utløper 1. mars 2027',
    body: 'Forny den før den utløper.',
    link: '/competence/my',
    creationTime: '2026-11-24T08:00:00Z',
    readAt: null,
    isRead: false,
  },
  {
    id: 'n2',
    kind: 'Cohort',
    kindName: 'Kull og moduler',
    subject: 'Påmeldingen til Kull 7 er åpen',
    body: 'Nå kan du melde deg på.',
    link: null,
    creationTime: '2026-11-23T08:00:00Z',
    readAt: '2026-11-23T09:00:00Z',
    isRead: true,
  },
];

describe('NotificationBell', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [NotificationBell],
      providers: [
        ...pageTestProviders([]),
        provideRouter([
          { path: 'competence/my', component: Blank },
          { path: 'notifications', component: Blank },
          { path: 'elsewhere', component: Blank },
        ]),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('nb', {
      'Ui:Notifications.Bell': 'Varsler',
      'Ui:Notifications.BellUnread': 'Varsler, {{count}} uleste',
    });
    await translate.use('nb');
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NotificationBell);
    fixture.detectChanges();
    return fixture;
  }

  function answerCount(count: number) {
    http.expectOne((r) => r.url.endsWith(COUNT_URL)).flush({ count });
  }

  function bell(fixture: { nativeElement: unknown }): HTMLButtonElement {
    return (fixture.nativeElement as HTMLElement).querySelector('[data-testid=notification-bell]')!;
  }

  /** Answers arrive through promises: check again until the view shows them. */
  async function expectLabel(
    fixture: { detectChanges(): void; nativeElement: unknown },
    label: string,
  ) {
    await vi.waitFor(() => {
      fixture.detectChanges();
      expect(bell(fixture).getAttribute('aria-label')).toBe(label);
    });
  }

  /** The pending requests to a URL ending, once they have been sent. */
  async function answerCountSoon(count: number) {
    await vi.waitFor(() => answerCount(count));
  }

  /** The menu is loaded on the first click and then opens: its request comes once it has. */
  async function openedMenuAsks(
    fixture: { detectChanges(): void },
    match: (r: HttpRequest<unknown>) => boolean,
  ): Promise<TestRequest> {
    return vi.waitFor(() => {
      fixture.detectChanges();
      return http.expectOne(match);
    });
  }

  afterEach(() => {
    vi.useRealTimers();
    http.verify();
  });

  it('shows the unread count as a badge and says it in its accessible name', async () => {
    const fixture = await render();
    answerCount(3);
    await expectLabel(fixture, 'Varsler, 3 uleste');
    const badge = (fixture.nativeElement as HTMLElement).querySelector('.mat-badge-content')!;
    expect(badge.textContent?.trim()).toBe('3');
    expect(badge.getAttribute('aria-hidden')).toBe('true');
  });

  it('has no badge and a plain name when everything is read', async () => {
    const fixture = await render();
    answerCount(0);
    await expectLabel(fixture, 'Varsler');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.mat-badge-hidden'),
    ).not.toBeNull();
  });

  it('asks again every minute', async () => {
    vi.useFakeTimers();
    const fixture = await render();
    answerCount(1);
    vi.advanceTimersByTime(NOTIFICATION_POLL_MS - 1);
    http.expectNone((r) => r.url.endsWith(COUNT_URL));
    vi.advanceTimersByTime(1);
    answerCount(4);
    await vi.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    expect(bell(fixture).getAttribute('aria-label')).toBe('Varsler, 4 uleste');
    fixture.destroy();
    vi.advanceTimersByTime(NOTIFICATION_POLL_MS * 2);
    http.expectNone((r) => r.url.endsWith(COUNT_URL));
  });

  it('asks again after each navigation', async () => {
    const fixture = await render();
    answerCount(1);
    await TestBed.inject(Router).navigateByUrl('/elsewhere');
    answerCount(2);
    await expectLabel(fixture, 'Varsler, 2 uleste');
  });

  it('opens the latest, marks one read when it is chosen and goes where it leads', async () => {
    const fixture = await render();
    answerCount(1);
    await expectLabel(fixture, 'Varsler, 1 uleste');
    bell(fixture).click();
    const latest = await openedMenuAsks(
      fixture,
      (r) => r.url.endsWith('/api/notifications') && r.params.get('maxResultCount') === '5',
    );
    latest.flush({ totalCount: 2, items: NOTIFICATIONS });
    await fixture.whenStable();

    const items = await vi.waitFor(() => {
      fixture.detectChanges();
      const shown = [...document.querySelectorAll<HTMLButtonElement>('[data-testid=bell-item]')];
      if (shown.length === 0) throw new Error('The menu shows no notifications yet');
      return shown;
    });
    expect(items.map((i) => i.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringContaining('Kompetansen din i Arbeidsevnevurdering'),
      expect.stringContaining('Påmeldingen til Kull 7 er åpen'),
    ]);
    expect(items[0].classList).toContain('unread');
    expect(items[1].classList).not.toContain('unread');

    items[0].click();
    const read = http.expectOne((r) => r.url.endsWith('/api/notifications/n1/read'));
    expect(read.request.method).toBe('POST');
    read.flush({ ...NOTIFICATIONS[0], isRead: true });
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe('/competence/my'));
    // Once after marking it read, once more after the navigation.
    const counts = http.match((r) => r.url.endsWith(COUNT_URL));
    expect(counts.length).toBe(2);
    counts.forEach((c) => c.flush({ count: 0 }));
    await expectLabel(fixture, 'Varsler');
  });

  it('marks everything read from the menu', async () => {
    const fixture = await render();
    answerCount(2);
    await expectLabel(fixture, 'Varsler, 2 uleste');
    bell(fixture).click();
    const latest = await openedMenuAsks(fixture, (r) => r.url.endsWith('/api/notifications'));
    latest.flush({ totalCount: 0, items: [] });
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid=bell-mark-all]')!.click();
    const all = http.expectOne((r) => r.url.endsWith('/api/notifications/read-all'));
    expect(all.request.method).toBe('POST');
    all.flush({ marked: 2 });
    await answerCountSoon(0);
    await expectLabel(fixture, 'Varsler');
  });
});
