import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { NavigationEnd, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';
import { NotificationCenter } from '../core/notification-center';
import { NotificationMenu } from './notification-menu';

/** How often the bell asks for the unread count while the app is open. */
export const NOTIFICATION_POLL_MS = 60_000;

/**
 * The bell in the toolbar: the unread count as a badge and in its accessible name, refreshed every
 * minute and on every navigation; it opens the latest notifications. The menu is loaded when it is
 * first opened, so that the first page load does not carry it.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [TranslatePipe, MatBadgeModule, MatButtonModule, MatIconModule, NotificationMenu],
  template: `
    @defer (when menuWanted()) {
      <app-notification-menu [openOnStart]="true" />
    } @placeholder {
      <button
        mat-icon-button
        type="button"
        data-testid="notification-bell"
        aria-haspopup="menu"
        (click)="menuWanted.set(true)"
        [attr.aria-label]="
          center.unread() > 0
            ? ('Ui:Notifications.BellUnread' | translate: { count: center.unread() })
            : ('Ui:Notifications.Bell' | translate)
        "
        [matBadge]="center.unread() > 99 ? '99+' : center.unread()"
        [matBadgeHidden]="center.unread() === 0"
        matBadgeSize="small"
        matBadgeColor="warn"
      >
        <mat-icon svgIcon="bell" />
      </button>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  protected readonly center = inject(NotificationCenter);
  protected readonly menuWanted = signal(false);

  constructor() {
    void this.center.refresh();
    const timer = setInterval(() => void this.center.refresh(), NOTIFICATION_POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => void this.center.refresh());
  }
}
