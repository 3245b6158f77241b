import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import { MySupervision } from '../../data/peer-supervision-api';
import { pageTestProviders } from '../../testing/page-providers';
import { MySupervisionPage } from './my-supervision';

const INVITED = {
  id: 'g1',
  name: 'Veiledningsgruppe Nord',
  kind: 'Group' as const,
  supervisorName: 'Kjell Kollega',
  isSupervisor: false,
  myStatus: 'Invited' as const,
  hasAccess: false,
  memberCount: 3,
  endedAt: null,
  nextMeetingAt: null,
};

const MINE: MySupervision = {
  invitations: [INVITED],
  groups: [],
  leading: [],
  nextMeetings: [],
  canCreate: false,
};

describe('MySupervisionPage', () => {
  it('lists an invitation with answers, and accepting it asks the server and reloads', async () => {
    TestBed.configureTestingModule({
      imports: [MySupervisionPage],
      providers: pageTestProviders([Permissions.PeerSupervisionView]),
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MySupervisionPage);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/peer-supervision/mine')).flush(MINE),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=invitations]')?.textContent).toContain(
      'Veiledningsgruppe Nord',
    );
    expect(element.querySelector('[data-testid=create-group]')).toBeNull();

    const accept = element.querySelector('[data-testid=invitations] button') as HTMLButtonElement;
    accept.click();
    http.expectOne((r) => r.url.endsWith('/api/peer-supervision/groups/g1/accept')).flush({});
    await vi.waitFor(() =>
      http
        .expectOne((r) => r.url.endsWith('/api/peer-supervision/mine'))
        .flush({ ...MINE, invitations: [] }),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=invitations]')).toBeNull();
  });
});
