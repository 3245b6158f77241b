import { AppDatePipe } from './date-format';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../core/language.service';
import { NotificationCenter } from '../core/notification-center';
import { AppNotification, NotificationsApi } from '../data/notifications-api';

const LATEST_COUNT = 5;

/**
 * The bell's menu of the latest notifications. It and the overlay it needs are loaded only when
 * someone first opens it (the bell shows a look-alike button until then), so `openOnStart` opens it at once.
 */
@Component({
  selector: 'app-notification-menu',
  imports: [
    AppDatePipe,
    RouterLink,
    TranslatePipe,
    MatBadgeModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
  ],
  template: `
    <button
      mat-icon-button
      type="button"
      data-testid="notification-bell"
      [matMenuTriggerFor]="menu"
      (menuOpened)="loadLatest()"
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
    <mat-menu
      #menu="matMenu"
      xPosition="before"
      class="notification-menu"
      [aria-label]="'Ui:Notifications.Latest' | translate"
    >
      @for (n of latest(); track n.id) {
        <button
          mat-menu-item
          type="button"
          class="notification-item"
          [class.unread]="!n.isRead"
          data-testid="bell-item"
          (click)="open(n)"
        >
          <span class="subject">
            @if (!n.isRead) {
              <span class="dot" aria-hidden="true"></span>
              <span class="visually-hidden">{{ 'Ui:Notifications.Unread' | translate }}:</span>
            }
            {{ n.subject }}
          </span>
          <span class="meta">{{ n.kindName }} · {{ n.creationTime | appDate: 'dateTime' }}</span>
        </button>
      } @empty {
        <button mat-menu-item type="button" disabled>
          {{ 'Ui:Notifications.Empty' | translate }}
        </button>
      }
      <button
        mat-menu-item
        type="button"
        data-testid="bell-mark-all"
        [disabled]="center.unread() === 0"
        (click)="markAllRead()"
      >
        {{ 'Ui:Notifications.MarkAllRead' | translate }}
      </button>
      <a mat-menu-item routerLink="/notifications">{{ 'Ui:Notifications.ShowAll' | translate }}</a>
      <a mat-menu-item routerLink="/notifications/settings">{{
        'Ui:Notifications.Settings' | translate
      }}</a>
    </mat-menu>
  `,
  styles: `
    .notification-item {
      height: auto;
      min-height: 56px;
      max-width: 360px;
      padding-top: 8px;
      padding-bottom: 8px;
    }
    .notification-item .subject,
    .notification-item .meta {
      display: block;
      white-space: normal;
      line-height: 1.3;
    }
    .notification-item.unread .subject {
      font-weight: 600;
    }
    .notification-item .meta {
      font-size: 0.8125rem;
      color: var(--ax-text-neutral-subtle);
    }
    .dot {
      display: inline-block;
      width: 8px;
      height: 8px;
      margin-right: 6px;
      border-radius: 50%;
      background: var(--ax-bg-accent-strong);
      vertical-align: middle;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationMenu {
  protected readonly center = inject(NotificationCenter);
  protected readonly language = inject(LanguageService);
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly trigger = viewChild.required(MatMenuTrigger);

  readonly openOnStart = input(false);
  protected readonly latest = signal<AppNotification[]>([]);

  constructor() {
    afterNextRender(() => {
      if (this.openOnStart()) this.trigger().openMenu();
    });
  }

  protected async loadLatest(): Promise<void> {
    try {
      const page = await this.api.list({ maxResultCount: LATEST_COUNT });
      this.latest.set(page.items);
    } catch {
      this.latest.set([]);
    }
  }

  protected async open(notification: AppNotification): Promise<void> {
    if (!notification.isRead) {
      try {
        await this.api.markRead(notification.id);
      } finally {
        void this.center.refresh();
      }
    }
    await this.router.navigateByUrl(notification.link ?? '/notifications');
  }

  protected async markAllRead(): Promise<void> {
    try {
      await this.api.markAllRead();
    } finally {
      await this.center.refresh();
    }
  }
}
