import { provideHttpClient, withInterceptors, withInterceptorsFromDi } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideAppNavigation } from './app.navigation';
import { routes } from './app.routes';
import { apiUrl, appOrigin } from './core/api-url';
import { ApiTranslateLoader } from './core/api-translate-loader';
import { AuthService } from './core/auth.service';
import { acceptLanguageInterceptor } from './core/http-interceptors';
import { provideAppIcons } from './core/icons';
import { LanguageService } from './core/language.service';
import { TranslatedTitleStrategy } from './core/translated-title.strategy';
import { provideApiConfiguration } from './data/api-client';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideAppNavigation(),
    // The OAuth library's token interceptor is class-based, hence withInterceptorsFromDi.
    provideHttpClient(withInterceptorsFromDi(), withInterceptors([acceptLanguageInterceptor])),
    provideApiConfiguration(appOrigin()),
    provideOAuthClient({
      resourceServer: { allowedUrls: [apiUrl('/api')], sendAccessToken: true },
    }),
    provideTranslateService({ loader: provideTranslateLoader(ApiTranslateLoader) }),
    provideAppIcons(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => {
      const language = inject(LanguageService);
      const auth = inject(AuthService);
      return Promise.all([
        language.init().catch((error) => console.warn('Texts could not be loaded', error)),
        auth.init(),
      ]);
    }),
  ],
};
