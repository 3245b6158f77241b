import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { App } from './app';
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
      { provide: AuthService, useValue: auth },
    ],
  });
  const fixture = TestBed.createComponent(App);
  fixture.detectChanges();
  return { element: fixture.nativeElement as HTMLElement, auth };
}

const navLabels = (element: HTMLElement) =>
  [...element.querySelectorAll('nav a')].map((a) => a.textContent?.trim());

describe('App shell', () => {
  it('offers sign-in and no navigation to anonymous visitors', () => {
    const { element } = render(null);
    expect(element.querySelector('nav')).toBeNull();
    const buttons = [...element.querySelectorAll('header button')].map((b) =>
      b.textContent?.trim(),
    );
    expect(buttons).toContain('Ui:SignIn');
  });

  it('shows a leader only the pages their permissions allow', () => {
    const { element } = render({
      name: 'Lise Leder',
      permissions: [Permissions.OrganisationView],
      scope: null,
    });
    expect(navLabels(element)).toEqual([
      'Menu:Home',
      'Menu:Regions',
      'Menu:Municipalities',
      'Menu:Offices',
      'Menu:MyProgramme',
      'Menu:Competence.My',
      'Menu:Certificates.My',
      'Menu:Calendar.Subscription',
      'Menu:Notifications',
    ]);
    expect(element.querySelector('[data-testid=user-name]')?.textContent).toContain('Lise Leder');
  });

  it('shows an administrator every page and a coordinator their scope', () => {
    const { element } = render({
      name: 'Kari Nordmann',
      permissions: Object.values(Permissions),
      scope: { kind: 'Region', id: '1', name: 'Trøndelag' },
    });
    expect(navLabels(element)).toEqual([
      'Menu:Home',
      'Menu:Regions',
      'Menu:Municipalities',
      'Menu:Offices',
      'Menu:People',
      'Menu:HrImport',
      'Menu:MyProgramme',
      'Menu:Facilitation',
      'Menu:Cohorts',
      'Menu:CohortCalendar',
      'Menu:Programme',
      'Menu:Competence.My',
      'Menu:Competence.Approvals',
      'Menu:Competence.Gaps',
      'Menu:CompetenceAdmin.Catalogue',
      'Menu:CompetenceAdmin.Requirements',
      'Menu:Certificates.My',
      'Menu:Calendar.Subscription',
      'Menu:Notifications',
      'Menu:Jobs',
    ]);
    expect(element.querySelector('[data-testid=user-scope]')?.textContent).toContain('Trøndelag');
  });

  it('has a skip link, a banner and one main landmark', () => {
    const { element } = render(null);
    expect(element.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(element.querySelectorAll('header').length).toBe(1);
    expect(element.querySelectorAll('main#main').length).toBe(1);
  });
});
