import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { App } from './app';
import { provideAppNavigation } from './app.navigation';
import { AuthService } from './core/auth.service';
import { provideAppIcons } from './core/icons';
import { CurrentUser } from './core/current-user';
import { Permission, Permissions } from './core/permissions';

function render(user: Partial<CurrentUser> | null) {
  const current = signal(user as CurrentUser | null);
  const auth = {
    user: current,
    isAuthenticated: () => current() !== null,
    hasPermission: (p: Permission) => current()?.permissions.includes(p) ?? false,
    login: vi.fn(),
    logout: vi.fn(),
  };
  TestBed.configureTestingModule({
    imports: [App],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTranslateService(),
      provideAppIcons(),
      provideAppNavigation(),
      { provide: AuthService, useValue: auth },
    ],
  });
  const fixture = TestBed.createComponent(App);
  fixture.detectChanges();
  return { element: fixture.nativeElement as HTMLElement, auth };
}

const navLabels = (element: HTMLElement) =>
  [...element.querySelectorAll('nav a')].map((a) => a.textContent?.trim());

const groupHeadings = (element: HTMLElement) =>
  [...element.querySelectorAll('nav h2')].map((h) => h.textContent?.trim());

describe('App shell', () => {
  it('offers sign-in and no navigation to anonymous visitors', () => {
    const { element } = render(null);
    expect(element.querySelector('nav')).toBeNull();
    const buttons = [...element.querySelectorAll('header button')].map((b) =>
      b.textContent?.trim(),
    );
    expect(buttons).toContain('Ui:SignIn');
  });

  it('shows a leader only the pages their permissions allow, their own pages first', () => {
    const { element } = render({
      name: 'Lise Leder',
      roles: ['Leader'],
      permissions: [Permissions.OrganisationView],
      scope: null,
    });
    expect(navLabels(element)).toEqual([
      'Menu:Home',
      'Menu:MyProgramme',
      'Menu:Competence.My',
      'Menu:Certificates.My',
      'Menu:Calendar.Subscription',
      'Menu:Notifications',
      'Menu:PersonalData.Processing',
      'Menu:Regions',
      'Menu:Municipalities',
      'Menu:Offices',
    ]);
    expect(groupHeadings(element)).toEqual(['Menu:Group.Mine', 'Menu:Group.Organisation']);
    expect(element.querySelector('[data-testid=user-name]')?.textContent).toContain('Lise Leder');
  });

  it('shows a system admin every page, administration first, and a coordinator their scope', () => {
    const { element } = render({
      name: 'Kari Nordmann',
      roles: ['SystemAdmin'],
      permissions: Object.values(Permissions),
      scope: { kind: 'Region', id: '1', name: 'Trøndelag' },
    });
    expect(groupHeadings(element)).toEqual([
      'Menu:Group.Administration',
      'Menu:Group.Organisation',
      'Menu:Group.Programme',
      'Menu:Group.Competence',
      'Menu:Group.Mine',
    ]);
    expect(navLabels(element)).toEqual([
      'Menu:Home',
      'Menu:HrImport',
      'Menu:Jobs',
      'Menu:Users',
      'Menu:Grants',
      'Menu:AuditLog',
      'Menu:PeerSupervision.Settings',
      'Menu:Evaluations.Manage',
      'Menu:Evaluations.Review',
      'Menu:Development.Indicators',
      'Menu:PersonalData.Admin',
      'Menu:Regions',
      'Menu:Municipalities',
      'Menu:Offices',
      'Menu:People',
      'Menu:Facilitation',
      'Menu:Cohorts',
      'Menu:CohortCalendar',
      'Menu:Programme',
      'Menu:CourseEditor',
      'Menu:PeerSupervision.Supervisors',
      'Menu:Development.Coaching',
      'Menu:Reporting.Programme',
      'Menu:Competence.Approvals',
      'Menu:Competence.Gaps',
      'Menu:CourseProgress',
      'Menu:CompetenceAdmin.Catalogue',
      'Menu:CompetenceAdmin.Requirements',
      'Menu:PeerSupervision.Reports',
      'Menu:MyProgramme',
      'Menu:Competence.My',
      'Menu:Courses.Mine',
      'Menu:Courses.Catalogue',
      'Menu:Certificates.My',
      'Menu:Calendar.Subscription',
      'Menu:Notifications',
      'Menu:PeerSupervision',
      'Menu:Evaluations',
      'Menu:Development',
      'Menu:Development.Feedback',
      'Menu:PersonalData.Mine',
      'Menu:PersonalData.Processing',
    ]);
    expect(element.querySelector('[data-testid=user-scope]')?.textContent).toContain('Trøndelag');
  });

  it('names each group of the menu by its heading', () => {
    const { element } = render({
      name: 'Lise Leder',
      roles: ['Leader'],
      permissions: [],
      scope: null,
    });
    const lists = [...element.querySelectorAll('nav ul[aria-labelledby]')];
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      const heading = element.querySelector(`#${list.getAttribute('aria-labelledby')}`);
      expect(heading?.tagName).toBe('H2');
    }
  });

  it('has a skip link, a banner and one main landmark', () => {
    const { element } = render(null);
    expect(element.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(element.querySelectorAll('header').length).toBe(1);
    expect(element.querySelectorAll('main#main').length).toBe(1);
  });
});
