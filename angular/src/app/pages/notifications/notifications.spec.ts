import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { pageTestProviders } from '../../testing/page-providers';
import { NotificationsPage } from './notifications';

@Component({ template: '' })
class Blank {}

const ITEMS = [
  {
    id: 'n1',
    kind: 'CompetenceExpiry',
    kindName: 'Kompetanse som utløper',
    subject: 'Kompetansen din i Arbeidsevnevurdering utløper 1. mars 2027',
    body: 'Dokumentasjonen er gyldig til 1. mars 2027.\n\nForny den.',
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

describe('NotificationsPage', () => {
  let http: HttpTestingController;

  function render() {
    TestBed.configureTestingModule({
      imports: [NotificationsPage],
      providers: [
        ...pageTestProviders([]),
        provideRouter([{ path: 'competence/my', component: Blank }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NotificationsPage);
    fixture.detectChanges();
    return fixture;
  }

  function answerList(check?: (params: URLSearchParams) => void) {
    const request = http.expectOne(
      (r) => r.url.endsWith('/api/notifications') && r.method === 'GET',
    );
    check?.(new URLSearchParams(request.request.params.toString()));
    request.flush({ totalCount: 2, items: ITEMS });
  }

  it('lists the notifications with the unread ones marked', async () => {
    const fixture = render();
    await vi.waitFor(() => answerList((p) => expect(p.get('maxResultCount')).toBe('20')));
    await fixture.whenStable();
    const rows = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid=notification]'),
    ];
    expect(rows.length).toBe(2);
    expect(rows[0].classList).toContain('unread');
    expect(rows[0].textContent).toContain('Ui:Notifications.Unread');
    expect(rows[0].textContent).toContain('Kompetanse som utløper');
    expect(rows[1].classList).not.toContain('unread');
    expect(rows[1].querySelector('.mark-read')).toBeNull();
  });

  it('marks a notification read when it is opened and goes where it leads', async () => {
    const fixture = render();
    await vi.waitFor(() => answerList());
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid=notification] .open')!
      .click();
    const read = http.expectOne((r) => r.url.endsWith('/api/notifications/n1/read'));
    expect(read.request.method).toBe('POST');
    read.flush({ ...ITEMS[0], isRead: true });
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe('/competence/my'));
    // The list and the bell's count are asked for again.
    await vi.waitFor(() => answerList());
    http.expectOne((r) => r.url.endsWith('/api/notifications/unread-count')).flush({ count: 0 });
  });

  it('shows only the unread ones on request', async () => {
    const fixture = render();
    await vi.waitFor(() => answerList((p) => expect(p.get('unreadOnly')).toBe('false')));
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid=unread-only] button')!
      .click();
    await vi.waitFor(() => answerList((p) => expect(p.get('unreadOnly')).toBe('true')));
  });
});
