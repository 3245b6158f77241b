import { inject } from '@angular/core';
import { CanActivateFn, Route, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { Permission } from './permissions';

/**
 * Lets signed-in users with the route's `data.permission` through. Anonymous users are sent to
 * sign in and come back here; signed-in users without the permission see the forbidden page.
 */
export const permissionGuard: CanActivateFn = (route, state) => {
  const auth = inject(AuthService);
  if (!auth.isAuthenticated()) {
    auth.login(state.url);
    return false;
  }
  const permission = route.data['permission'] as Permission | undefined;
  if (!permission || auth.hasPermission(permission)) return true;
  return inject(Router).createUrlTree(['/forbidden']);
};

/**
 * A page behind the guard, loaded when first opened: for signed-in users with the permission, or
 * for every signed-in user when there is none. `title` is the translation key of its title.
 */
export function guardedPage(
  path: string,
  title: string,
  permission: Permission | undefined,
  loadComponent: NonNullable<Route['loadComponent']>,
): Route {
  return {
    path,
    canActivate: [permissionGuard],
    ...(permission ? { data: { permission } } : {}),
    title,
    loadComponent,
  };
}
