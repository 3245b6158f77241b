import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import { SupervisionHours, SupervisorOverview as Overview } from '../../data/peer-supervisor-api';
import { pageTestProviders } from '../../testing/page-providers';
import { SupervisorOverview } from './supervisor-overview';

const OVERVIEW: Overview = {
  isAppointed: true,
  capacity: 3,
  groups: [
    {
      id: 'g1',
      name: 'Veiledningsgruppe Malvik',
      kind: 'Group',
      isCoSupervisor: false,
      members: 5,
      nextMeetingAt: '2027-03-02T08:00:00Z',
    },
  ],
  nextMeetings: [
    {
      id: 'm2',
      groupId: 'g1',
      groupName: 'Veiledningsgruppe Malvik',
      startsAt: '2027-03-02T08:00:00Z',
      endsAt: '2027-03-02T10:00:00Z',
      status: 'Planned',
      place: 'Møterommet',
      videoLink: null,
    },
  ],
  attendanceDue: [
    {
      id: 'm1',
      groupId: 'g1',
      groupName: 'Veiledningsgruppe Malvik',
      startsAt: '2027-02-16T08:00:00Z',
      endsAt: '2027-02-16T10:00:00Z',
      status: 'Planned',
      place: null,
      videoLink: null,
    },
  ],
};

const HOURS: SupervisionHours = {
  from: '2026-03-01',
  to: '2027-02-28',
  meetings: 1,
  totalMinutes: 90,
  rows: [
    {
      meetingId: 'm0',
      groupId: 'g1',
      groupName: 'Veiledningsgruppe Malvik',
      kind: 'Group',
      asCoSupervisor: false,
      startsAt: '2027-02-02T08:00:00Z',
      durationMinutes: 90,
      membersPresent: 4,
    },
  ],
};

describe('SupervisorOverview', () => {
  let http: HttpTestingController;

  async function render(overview: Overview) {
    TestBed.configureTestingModule({
      imports: [SupervisorOverview],
      providers: pageTestProviders([Permissions.PeerSupervisionView]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SupervisorOverview);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/my-supervision/overview')).flush(overview),
    );
    await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/my-supervision/hours')).flush(HOURS),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows what the supervisor leads, the meeting to register and the hours log, with links to the group', async () => {
    const element = await render(OVERVIEW);
    expect(element.querySelector('[data-testid=supervised-groups] a')?.getAttribute('href')).toBe(
      '/supervision/groups/g1',
    );
    const due = element.querySelector('[data-testid=attendance-due]');
    expect(due?.textContent).toContain('Page:PeerSupervision.Overview.RegisterAttendance');
    expect(due?.querySelector('a')?.getAttribute('href')).toBe('/supervision/groups/g1');
    expect(element.querySelectorAll('[data-testid=next-meetings] li').length).toBe(1);
    const cells = [...element.querySelectorAll('[data-testid=hours-table] tbody td')].map((c) =>
      c.textContent?.trim(),
    );
    expect(cells).toContain('90');
    expect(cells).toContain('4');
  });

  it('asks for the hours of the period the supervisor chooses, and exports that period', async () => {
    const element = await render(OVERVIEW);
    const [from, to] = [...element.querySelectorAll<HTMLInputElement>('input[type=date]')];
    from.value = '2027-01-01';
    from.dispatchEvent(new Event('change'));
    to.value = '2027-01-31';
    to.dispatchEvent(new Event('change'));
    await vi.waitFor(() =>
      http
        .expectOne(
          (r) =>
            r.url.endsWith('/my-supervision/hours') &&
            r.params.get('from') === '2027-01-01' &&
            r.params.get('to') === '2027-01-31',
        )
        .flush({ ...HOURS, rows: [], meetings: 0, totalMinutes: 0 }),
    );
    const csv = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Page:PeerSupervision.Overview.ExportCsv'),
    );
    csv?.click();
    const request = http.expectOne((r) => r.url.endsWith('/my-supervision/hours/export'));
    expect(request.request.params.get('format')).toBe('Csv');
    expect(request.request.params.get('from')).toBe('2027-01-01');
    expect(request.request.responseType).toBe('blob');
  });

  it('shows nothing to someone who neither is appointed nor leads a group', async () => {
    const element = await render({ ...OVERVIEW, isAppointed: false, capacity: null, groups: [] });
    expect(element.querySelector('[data-testid=supervisor-overview]')).toBeNull();
  });
});
