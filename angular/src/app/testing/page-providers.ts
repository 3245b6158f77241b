import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { AuthService } from '../core/auth.service';
import { provideAppIcons } from '../core/icons';
import { Permission } from '../core/permissions';

/**
 * What a page needs in a unit test: a router, HTTP answered through HttpTestingController,
 * translation keys shown as they are, the icons, and a signed-in user with these permissions.
 */
export function pageTestProviders(permissions: Permission[]): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter([]),
    provideHttpClient(),
    provideHttpClientTesting(),
    provideTranslateService(),
    provideAppIcons(),
    {
      provide: AuthService,
      useValue: { hasPermission: (p: Permission) => permissions.includes(p) },
    },
  ];
}
