import { HttpTestingController } from '@angular/common/http/testing';
import { content } from '../../testing/programme-test-data';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../core/auth.service';
import type { MyCohort } from '../../data/participation-api';
import { pageTestProviders } from '../../testing/page-providers';
import { MyProgrammePage } from './my-programme';

const COHORT: MyCohort = {
  enrolmentId: 'e1',
  cohortId: 'c1',
  cohortName: 'Nasjonalt kull 2026',
  versionName: content('Lederprogrammet 2026'),
  cohortStatus: 'Running',
  cohortStatusName: 'Pågår',
  startsOn: '2026-08-26',
  endsOn: '2027-01-23',
  status: 'Enrolled',
  statusName: 'Påmeldt',
  waitlistPosition: null,
  modulesCompleted: 0,
  nextSession: null,
  upcomingDeadlines: [],
  certificateId: null,
  modules: [
    {
      moduleId: 'm1',
      order: 1,
      title: content('Endringsledelse'),
      description: content('Lede endring.'),
      learningOutcomes: [content('Planlegge en endring')],
      courseReference: null,
      unlocksOn: '2026-11-19',
      unlocked: true,
      eLearningDone: true,
      completedOn: null,
      sessions: [],
      assignments: [
        {
          assignmentId: 'a1',
          title: content('Endringsprosjekt'),
          instructions: content('Beskriv en endring.'),
          dueOn: '2026-12-04',
          status: null,
          statusName: null,
          answer: null,
          submittedAt: null,
          feedback: null,
          reviewedBy: null,
        },
      ],
      reflections: [
        {
          reflectionTaskId: 'r1',
          prompt: content('Hva tar du med deg?'),
          text: null,
          writtenAt: null,
        },
      ],
    },
    {
      moduleId: 'm2',
      order: 2,
      title: content('Neste modul'),
      description: content('Kommer.'),
      learningOutcomes: [content('Skjult')],
      courseReference: null,
      unlocksOn: '2027-01-04',
      unlocked: false,
      eLearningDone: false,
      completedOn: null,
      sessions: [],
      assignments: [],
      reflections: [],
    },
  ],
};

describe('MyProgrammePage', () => {
  let http: HttpTestingController;

  async function render(
    cohorts: MyCohort[],
    noPerson: { code: string; message: string } | null = null,
  ) {
    TestBed.configureTestingModule({
      imports: [MyProgrammePage],
      providers: [
        ...pageTestProviders([]),
        {
          provide: AuthService,
          useValue: { hasPermission: () => false, user: signal({ name: 'Anne Aas' }) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MyProgrammePage);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http
        .expectOne((r) => r.method === 'GET' && r.url.endsWith('/api/my-programme'))
        .flush({ cohorts, noPerson }),
    );
    await fixture.whenStable();
    return fixture;
  }

  const button = (root: ParentNode, text: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.includes(text),
    )!;

  it('links to the cohorts when the user is in none', async () => {
    const fixture = await render([]);
    const empty = (fixture.nativeElement as HTMLElement).querySelector('[data-testid=no-cohorts]')!;
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('/cohorts');
    expect(fixture.nativeElement.querySelector('h1').textContent).toContain('Anne Aas');
  });

  it('explains that a user without a person has no programme, instead of offering cohorts', async () => {
    const message =
      'Brukaren din er ikkje knytt til ein person i organisasjonsregisteret. Be systemadministratoren eller HR om å knyte han til deg.';
    const fixture = await render([], { code: 'Error:Competence.NoPersonProfile', message });
    const element = fixture.nativeElement as HTMLElement;
    const notice = element.querySelector('[data-testid=no-person]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain(message);
    expect(element.querySelector('[data-testid=no-cohorts]')).toBeNull();
  });

  it('shows an open module in full and a locked one only with its opening date', async () => {
    const fixture = await render([COHORT]);
    const [open, locked] = (fixture.nativeElement as HTMLElement).querySelectorAll(
      '[data-testid=module]',
    );
    expect(open.getAttribute('data-state')).toBe('open');
    expect(open.textContent).toContain('Planlegge en endring');
    expect(open.textContent).toContain('Page:MyProgramme.Reflection.Private');
    expect(open.querySelectorAll('textarea').length).toBe(2);
    expect(locked.getAttribute('data-state')).toBe('locked');
    expect(locked.querySelector('[data-testid=module-note]')?.textContent).toContain(
      'Page:MyProgramme.Module.OpensOn',
    );
    expect(locked.textContent).not.toContain('Skjult');
    expect(locked.querySelector('textarea')).toBeNull();
  });

  it('submits an answer, and shows why the server refused it', async () => {
    const fixture = await render([COHORT]);
    const element = fixture.nativeElement as HTMLElement;
    const assignment = element.querySelector('[data-testid=assignment]')!;
    const textarea = assignment.querySelector('textarea')!;
    textarea.value = 'Mitt svar';
    textarea.dispatchEvent(new Event('input'));
    button(assignment, 'Page:MyProgramme.Assignment.Submit').click();
    const request = http.expectOne(
      (r) => r.method === 'PUT' && r.url.endsWith('/api/my-programme/e1/assignments/a1'),
    );
    expect(request.request.body).toEqual({ answer: 'Mitt svar' });
    request.flush(
      { status: 409, detail: 'Oppgaven er allerede godkjent.' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(assignment.querySelector('[role=alert]')?.textContent).toContain(
      'Oppgaven er allerede godkjent.',
    );
  });
});
