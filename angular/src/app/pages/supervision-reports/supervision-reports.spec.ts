import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import { SupervisionReport } from '../../data/supervision-report-api';
import { pageTestProviders } from '../../testing/page-providers';
import { SupervisionReportsPage } from './supervision-reports';

const counts = (
  groups: number,
  members: number,
  held: number,
  attended: number,
  expected: number,
) => ({
  groups,
  supervisors: 1,
  members,
  meetingsHeld: held,
  meetingsCancelled: 1,
  attended,
  expected,
  attendanceRate: expected ? attended / expected : 0,
});

const REPORT: SupervisionReport = {
  scopeName: 'Hele landet',
  total: counts(3, 11, 5, 15, 20),
  byRegion: [
    { id: 'r1', name: 'Nordland', counts: counts(1, 3, 1, 3, 4) },
    { id: 'r2', name: 'Trøndelag', counts: counts(2, 8, 4, 12, 16) },
  ],
  groups: [
    {
      id: 'g1',
      name: 'Malvik-gruppa',
      kind: 'Group',
      offices: ['NAV Malvik', 'NAV Værnes'],
      supervisorName: 'Kjell Kollega',
      members: 4,
      meetingsHeld: 2,
      meetingsCancelled: 0,
      attendanceRate: 0.75,
    },
  ],
  byOffice: [
    { id: 'o1', name: 'NAV Malvik', groups: 1, members: 3 },
    { id: 'o2', name: 'NAV Værnes', groups: 1, members: 1 },
  ],
  regions: [
    { id: 'r1', name: 'Nordland' },
    { id: 'r2', name: 'Trøndelag' },
  ],
  offices: [],
};

describe('SupervisionReportsPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [SupervisionReportsPage],
      providers: pageTestProviders([Permissions.PeerSupervisionViewReports]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SupervisionReportsPage);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/peer-supervision/reports')).flush(REPORT),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  it('shows each region in a table next to the chart, with its attendance rate', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=by-region-chart]')).not.toBeNull();
    const rows = [...element.querySelectorAll('[data-testid=by-region-table] tbody tr')];
    expect(rows.map((r) => r.querySelector('td')?.textContent?.trim())).toEqual([
      'Nordland',
      'Trøndelag',
    ]);
    expect(rows[1].querySelector('[data-column=meetingsHeld]')?.textContent?.trim()).toBe('4');
    expect(rows[1].querySelector('[data-column=attendanceRate]')?.textContent).toContain('75');
    expect(
      element
        .querySelector('[data-testid=supervision-total] [data-column=groups]')
        ?.textContent?.trim(),
    ).toBe('3');
  });

  it('lists the groups and the members per office, counts only', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const group = element.querySelector('[data-testid=by-group-table] tbody tr')!;
    const cells = [...group.querySelectorAll('td')].map((c) => c.textContent?.trim());
    expect(cells).toEqual([
      'Malvik-gruppa',
      'Enum:SupervisionKind.Group',
      'NAV Malvik, NAV Værnes',
      'Kjell Kollega',
      '4',
      '2',
      '0',
      expect.stringContaining('75'),
    ]);
    const offices = [...element.querySelectorAll('[data-testid=by-office-table] tbody tr')];
    expect(offices.map((r) => r.querySelector('td')?.textContent?.trim())).toEqual([
      'NAV Malvik',
      'NAV Værnes',
    ]);
  });

  it('asks again for the chosen period and region, and lets the office go with another region', async () => {
    const fixture = await render();
    const page = fixture.componentInstance as unknown as {
      from: { set(v: string): void };
      to: { set(v: string): void };
      officeId: { set(v: string): void; (): string | undefined };
      chooseRegion(id: string): void;
    };
    page.officeId.set('o1');
    page.from.set('2026-01-01');
    page.to.set('2026-06-30');
    page.chooseRegion('r2');
    fixture.detectChanges();
    const request = await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/peer-supervision/reports')),
    );
    expect(request.request.params.get('from')).toBe('2026-01-01');
    expect(request.request.params.get('to')).toBe('2026-06-30');
    expect(request.request.params.get('regionId')).toBe('r2');
    expect(request.request.params.has('officeId')).toBe(false);
    expect(page.officeId()).toBeUndefined();
    request.flush(REPORT);
  });
});
