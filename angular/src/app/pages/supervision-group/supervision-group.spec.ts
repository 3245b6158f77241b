import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import { SupervisionGroup, SupervisionMeeting } from '../../data/peer-supervision-api';
import { pageTestProviders } from '../../testing/page-providers';
import { SupervisionGroupPage } from './supervision-group';
import { toScheduleInput, scheduleForm } from './supervision-forms';

const AGREEMENT = {
  version: 2,
  confidentiality: 'Det som sies i gruppen, blir i gruppen.',
  meetingFrequency: 'Annenhver tirsdag',
  method: 'Reflekterende team',
  caseAnonymisation: 'Ingen navn',
  meetingsForEvidence: 4,
  evidencePeriodMonths: 12,
  createdAt: '2027-01-10T10:00:00Z',
};

function group(overrides: Partial<SupervisionGroup>): SupervisionGroup {
  return {
    id: 'g1',
    name: 'Veiledningsgruppe Nord',
    kind: 'Group',
    supervisorPersonId: 's1',
    supervisorName: 'Kjell Kollega',
    coSupervisorPersonId: null,
    coSupervisorName: null,
    regionId: 'r1',
    endedAt: null,
    isSupervisor: false,
    canManage: false,
    hasAccess: false,
    myStatus: 'Active',
    myAcceptedAgreementVersion: 1,
    agreement: AGREEMENT,
    members: [],
    schedule: null,
    concurrencyStamp: 'x',
    ...overrides,
  };
}

const MEETING: SupervisionMeeting = {
  id: 'm1',
  groupId: 'g1',
  groupName: 'Veiledningsgruppe Nord',
  originalStartsAt: '2027-03-09T08:00:00Z',
  startsAt: '2020-03-09T08:00:00Z',
  endsAt: '2020-03-09T10:00:00Z',
  status: 'Planned',
  place: 'Møterom 2',
  videoLink: null,
  heldAt: null,
  attendedPersonIds: [],
  iAttended: false,
};

describe('SupervisionGroupPage', () => {
  let http: HttpTestingController;

  async function render(shown: SupervisionGroup, meetings?: SupervisionMeeting[]) {
    TestBed.configureTestingModule({
      imports: [SupervisionGroupPage],
      providers: pageTestProviders([Permissions.PeerSupervisionView]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SupervisionGroupPage);
    fixture.componentRef.setInput('id', 'g1');
    fixture.detectChanges();
    await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/peer-supervision/groups/g1')).flush(shown),
    );
    if (meetings)
      await vi.waitFor(() => {
        fixture.detectChanges();
        http
          .expectOne((r) => r.url.endsWith('/api/peer-supervision/groups/g1/meetings'))
          .flush(meetings);
      });
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  it('shows a member who has not accepted the current agreement only the agreement, and asks for no meetings', async () => {
    const fixture = await render(group({}));
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=agreement]')?.textContent).toContain(
      'Reflekterende team',
    );
    expect(element.querySelector('[data-testid=accept-agreement]')).not.toBeNull();
    expect(element.querySelector('[data-testid=meetings]')).toBeNull();
    http.expectNone((r) => r.url.endsWith('/meetings'));

    (element.querySelector('[data-testid=accept-agreement]') as HTMLButtonElement).click();
    const accept = http.expectOne((r) =>
      r.url.endsWith('/api/peer-supervision/groups/g1/agreement/accept'),
    );
    expect(accept.request.body).toEqual({ version: 2 });
  });

  it('lets the supervisor register attendance at a meeting that has started', async () => {
    const fixture = await render(
      group({
        isSupervisor: true,
        canManage: true,
        hasAccess: true,
        myStatus: null,
        members: [
          {
            personId: 'p1',
            name: 'Ola Nordmann',
            officeName: 'NAV Malvik',
            status: 'Active',
            acceptedCurrentAgreement: true,
          },
        ],
      }),
      [MEETING],
    );
    const element = fixture.nativeElement as HTMLElement;
    (element.querySelector('[data-testid=register-attendance]') as HTMLButtonElement).click();
    fixture.detectChanges();
    const box = element.querySelector(
      '[data-testid=attendance] input[type=checkbox]',
    ) as HTMLInputElement;
    box.click();
    fixture.detectChanges();
    const save = [
      ...element.querySelectorAll('[data-testid=attendance] button'),
    ][0] as HTMLButtonElement;
    save.click();
    const request = http.expectOne((r) =>
      r.url.endsWith('/api/peer-supervision/meetings/m1/attendance'),
    );
    expect(request.request.body).toEqual({ attendedPersonIds: ['p1'] });
  });
});

describe('toScheduleInput', () => {
  it('sends the rule built from the choices, the first start as Oslo time and no empty link', () => {
    const form = scheduleForm();
    form.patchValue({ firstDate: '2027-03-09', time: '09:00', interval: 2, count: 10 });
    expect(toScheduleInput(form.getRawValue())).toEqual({
      recurrenceRule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10',
      firstStartsAt: '2027-03-09T09:00:00',
      durationMinutes: 120,
      place: null,
      videoLink: null,
    });
  });
});
