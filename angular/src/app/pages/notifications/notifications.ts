import { AppDatePipe } from '../../shared/date-format';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { NotificationCenter } from '../../core/notification-center';
import { AppNotification, NotificationsApi } from '../../data/notifications-api';
import { Alert } from '../../shared/alert';
import { TRANSLATED_PAGINATOR } from '../../shared/translated-paginator-intl';

/** All of the user's notifications, newest first: open one to go where it leads, and it is read. */
@Component({
  selector: 'app-notifications',
  imports: [
    AppDatePipe,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    Alert,
  ],
  providers: [TRANSLATED_PAGINATOR],
  template: `
    <h1>{{ 'Page:Notifications.Title' | translate }}</h1>
    <p>{{ 'Page:Notifications.Intro' | translate }}</p>

    <div class="toolbar">
      <mat-slide-toggle
        data-testid="unread-only"
        [checked]="unreadOnly()"
        (change)="showUnreadOnly($event.checked)"
        >{{ 'Page:Notifications.UnreadOnly' | translate }}</mat-slide-toggle
      >
      <span class="spacer"></span>
      <button
        mat-stroked-button
        type="button"
        data-testid="mark-all-read"
        [disabled]="center.unread() === 0"
        (click)="markAllRead()"
      >
        {{ 'Ui:Notifications.MarkAllRead' | translate }}
      </button>
      <a mat-button routerLink="/notifications/settings">
        <mat-icon svgIcon="cog" />
        {{ 'Ui:Notifications.Settings' | translate }}
      </a>
    </div>

    <app-alert [message]="error()" />
    <p class="status" role="status">{{ status() | translate }}</p>
    @if (page.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }

    <ul class="notification-list" data-testid="notification-list">
      @for (n of items(); track n.id) {
        <li [class.unread]="!n.isRead" data-testid="notification">
          <button type="button" class="open" (click)="open(n)">
            <span class="subject">
              @if (!n.isRead) {
                <span class="unread-label">{{ 'Ui:Notifications.Unread' | translate }}</span>
              }
              {{ n.subject }}
            </span>
            <span class="body">{{ n.body }}</span>
            <span class="meta">
              {{ n.kindName }} · {{ 'Page:Notifications.Received' | translate }}
              <time [attr.datetime]="n.creationTime">{{
                n.creationTime | appDate: 'dateTime'
              }}</time>
            </span>
          </button>
          @if (!n.isRead) {
            <button mat-button type="button" class="mark-read" (click)="markRead(n)">
              {{ 'Page:Notifications.MarkRead' | translate }}
            </button>
          }
        </li>
      } @empty {
        @if (!page.isLoading() && !error()) {
          <li class="empty">{{ 'Ui:Notifications.Empty' | translate }}</li>
        }
      }
    </ul>

    <mat-paginator
      [length]="total()"
      [pageIndex]="pageIndex()"
      [pageSize]="pageSize()"
      [pageSizeOptions]="[10, 20, 50]"
      (page)="changePage($event)"
    />
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-bottom: 8px;
    }
    .spacer {
      flex: 1;
    }
    .status:empty {
      display: none;
    }
    .notification-list {
      list-style: none;
      margin: 0;
      padding: 0;
      max-width: 900px;
    }
    .notification-list li {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .notification-list li.unread {
      background: var(--ax-bg-accent-soft);
    }
    .open {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 12px 16px;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    .open:focus-visible {
      outline: 3px solid var(--ax-border-focus);
      outline-offset: -3px;
    }
    .subject {
      font-weight: 600;
    }
    .unread li .subject,
    li.unread .subject {
      font-weight: 700;
    }
    .unread-label {
      display: inline-block;
      margin-right: 8px;
      padding: 0 6px;
      border-radius: 4px;
      background: var(--ax-bg-accent-strong);
      color: var(--ax-text-accent-contrast);
      font-size: 0.75rem;
      font-weight: 600;
      vertical-align: middle;
    }
    .body {
      white-space: pre-line;
    }
    .meta {
      font-size: 0.875rem;
      color: var(--ax-text-neutral-subtle);
    }
    .mark-read {
      margin-top: 12px;
    }
    .empty {
      padding: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly errors = inject(ErrorMessages);
  private readonly router = inject(Router);
  protected readonly center = inject(NotificationCenter);
  protected readonly language = inject(LanguageService);

  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly unreadOnly = signal(false);
  protected readonly status = signal('');
  private readonly version = signal(0);

  /** Reloads in a new language: subjects and bodies come rendered from the API. */
  protected readonly page = resource({
    params: () => ({
      language: this.language.current(),
      skipCount: this.pageIndex() * this.pageSize(),
      maxResultCount: this.pageSize(),
      unreadOnly: this.unreadOnly(),
      version: this.version(),
    }),
    loader: ({ params }) =>
      this.api.list({
        skipCount: params.skipCount,
        maxResultCount: params.maxResultCount,
        unreadOnly: params.unreadOnly,
      }),
  });

  protected readonly items = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly total = computed(() =>
    this.page.hasValue() ? this.page.value().totalCount : 0,
  );
  private readonly actionError = signal<unknown>(null);
  protected readonly error = computed(() => {
    const error = this.actionError() ?? this.page.error();
    return error ? this.errors.describe(error) : null;
  });

  protected showUnreadOnly(value: boolean): void {
    this.unreadOnly.set(value);
    this.pageIndex.set(0);
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
  }

  protected async open(notification: AppNotification): Promise<void> {
    if (!notification.isRead && !(await this.markRead(notification))) return;
    if (notification.link) await this.router.navigateByUrl(notification.link);
  }

  protected async markRead(notification: AppNotification): Promise<boolean> {
    try {
      this.actionError.set(null);
      await this.api.markRead(notification.id);
      this.reload();
      return true;
    } catch (error) {
      this.actionError.set(error);
      return false;
    }
  }

  protected async markAllRead(): Promise<void> {
    try {
      this.actionError.set(null);
      await this.api.markAllRead();
      this.status.set('Page:Notifications.AllMarkedRead');
      this.reload();
    } catch (error) {
      this.actionError.set(error);
    }
  }

  private reload(): void {
    this.version.update((v) => v + 1);
    void this.center.refresh();
  }
}
