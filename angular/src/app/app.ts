import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, map, skip } from 'rxjs';
import { AuthService } from './core/auth.service';
import { Language, LANGUAGE_NAMES, LanguageService } from './core/language.service';
import { buildNavigation, NAV_ITEMS, NavItem } from './core/navigation';
import { NotificationsApi } from './data/notifications-api';
import { LanguageMenu } from './shared/language-menu';
import { NotificationBell } from './shared/notification-bell';

@Component({
  selector: 'app-root',
  imports: [
    NgTemplateOutlet,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    MatIconModule,
    LanguageMenu,
    NotificationBell,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly notifications = inject(NotificationsApi);
  private readonly sidenav = viewChild(MatSidenav);

  protected readonly languageNames = LANGUAGE_NAMES;
  /** The language menu (and the overlay it needs) is loaded when it is first wanted, not with the app. */
  protected readonly languageMenuWanted = signal(false);

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  private readonly contributedNavItems = inject(NAV_ITEMS, { optional: true }) ?? [];

  protected readonly navigation = computed(() =>
    buildNavigation(this.contributedNavItems, this.auth.user()?.roles ?? [], (item: NavItem) =>
      item.permission ? this.auth.hasPermission(item.permission) : true,
    ),
  );

  constructor() {
    // After an in-app navigation, move focus to the new page so screen readers start there.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
      )
      .subscribe(() => {
        if (this.narrow()) this.sidenav()?.close();
        setTimeout(() => this.focusMain());
      });
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  protected setLanguage(language: Language): void {
    void this.language.use(language);
    // Signed in, the choice is also kept on the server, so that e-mail comes in the same language.
    if (this.auth.isAuthenticated()) {
      this.notifications.setCulture(language).catch((error) => {
        console.warn('The language could not be saved', error);
      });
    }
  }

  private focusMain(): void {
    const main = this.document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      main?.focus();
    }
  }
}
