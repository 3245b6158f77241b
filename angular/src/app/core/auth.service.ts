import { computed, inject, Injectable, signal } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
import { IdentityApi } from '../data/identity-api';
import { appOrigin } from './api-url';
import { CurrentUser } from './current-user';
import { Permission } from './permissions';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly oauth = inject(OAuthService);
  private readonly identity = inject(IdentityApi);

  readonly user = signal<CurrentUser | null>(null);
  readonly isAuthenticated = computed(() => this.user() !== null);

  hasPermission(permission: Permission): boolean {
    return this.user()?.permissions.includes(permission) ?? false;
  }

  /**
   * Completes a sign-in that is returning from the login page, restores an earlier session from its
   * refresh token, and loads the current user. Never throws: a host without a working identity
   * endpoint leaves the app usable for anonymous visitors.
   */
  async init(): Promise<void> {
    const origin = appOrigin();
    this.oauth.configure({
      issuer: origin + '/',
      clientId: 'NavLederprogram_App',
      redirectUri: origin + '/',
      postLogoutRedirectUri: origin + '/',
      responseType: 'code',
      scope: 'openid profile email roles offline_access navlederprogram_api',
      requireHttps: window.location.protocol === 'https:',
      useSilentRefresh: false,
    });
    try {
      await this.oauth.loadDiscoveryDocumentAndTryLogin();
      if (!this.oauth.hasValidAccessToken() && this.oauth.getRefreshToken()) {
        await this.oauth.refreshToken();
      }
    } catch (error) {
      console.warn('Sign-in could not be completed', error);
      this.oauth.logOut(true);
      return;
    }
    this.oauth.setupAutomaticSilentRefresh();
    if (this.oauth.hasValidAccessToken()) {
      await this.loadUser();
    }
    this.restoreRequestedUrl();
  }

  login(returnUrl = '/'): void {
    this.oauth.initCodeFlow(returnUrl);
  }

  logout(): void {
    this.user.set(null);
    this.oauth.logOut();
  }

  private async loadUser(): Promise<void> {
    try {
      this.user.set(await this.identity.me());
    } catch (error) {
      console.warn('Current user could not be loaded', error);
      this.user.set(null);
    }
  }

  /** The route asked for before sign-in travels through the login page as OAuth state. */
  private restoreRequestedUrl(): void {
    const state = this.oauth.state;
    if (!state) return;
    const url = safeDecode(state);
    // Only same-origin paths: the state round-trips through the browser's address bar.
    if (url.startsWith('/') && !url.startsWith('//')) {
      history.replaceState(null, '', url);
    }
    this.oauth.state = '';
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
