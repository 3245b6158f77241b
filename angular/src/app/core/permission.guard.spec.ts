import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user';
import { permissionGuard } from './permission.guard';
import { Permission, Permissions } from './permissions';

function fakeAuth(user: Partial<CurrentUser> | null) {
  const current = signal(user as CurrentUser | null);
  return {
    user: current,
    isAuthenticated: () => current() !== null,
    hasPermission: (p: Permission) => current()?.permissions.includes(p) ?? false,
    login: vi.fn(),
  };
}

function run(auth: ReturnType<typeof fakeAuth>, permission?: Permission, url = '/offices') {
  TestBed.configureTestingModule({ providers: [{ provide: AuthService, useValue: auth }] });
  const route = { data: permission ? { permission } : {} } as unknown as ActivatedRouteSnapshot;
  const state = { url } as RouterStateSnapshot;
  return TestBed.runInInjectionContext(() => permissionGuard(route, state));
}

describe('permissionGuard', () => {
  it('lets a user with the permission through', () => {
    const auth = fakeAuth({ permissions: [Permissions.OrganisationView] });
    expect(run(auth, Permissions.OrganisationView)).toBe(true);
  });

  it('sends a user without the permission to the forbidden page', () => {
    const auth = fakeAuth({ permissions: [Permissions.OrganisationView] });
    const result = run(auth, Permissions.JobsView, '/admin/jobs');
    expect(result).toBeInstanceOf(UrlTree);
    const router = TestBed.inject(Router);
    expect(router.serializeUrl(result as UrlTree)).toBe('/forbidden');
  });

  it('starts sign-in for an anonymous visitor and returns to the asked-for page', () => {
    const auth = fakeAuth(null);
    expect(run(auth, Permissions.OrganisationView, '/offices?page=2')).toBe(false);
    expect(auth.login).toHaveBeenCalledWith('/offices?page=2');
  });

  it('lets a signed-in user through a route that names no permission', () => {
    const auth = fakeAuth({ permissions: [] });
    expect(run(auth)).toBe(true);
  });
});
