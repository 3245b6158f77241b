import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
// Each function from its own file, not the index: this service loads with the app, and the index would bring every endpoint.
import { getMyNotifications } from '../proxy/fn/notifications/get-my-notifications';
import { getMyUnreadNotificationCount } from '../proxy/fn/notifications/get-my-unread-notification-count';
import { getNotificationPreferences } from '../proxy/fn/notifications/get-notification-preferences';
import { markAllNotificationsRead } from '../proxy/fn/notifications/mark-all-notifications-read';
import { markNotificationRead } from '../proxy/fn/notifications/mark-notification-read';
import { saveNotificationPreferences } from '../proxy/fn/notifications/save-notification-preferences';
import { setMyCulture } from '../proxy/fn/identity/set-my-culture';
import type {
  NotificationDto,
  NotificationKind,
  NotificationPreferenceDto,
  NotificationPreferenceInput,
} from '../proxy/models';
import { PagedResult } from './models';

export type {
  NotificationDto as AppNotification,
  NotificationKind,
  NotificationPreferenceDto as NotificationPreference,
} from '../proxy/models';

export interface NotificationQuery {
  skipCount?: number;
  maxResultCount?: number;
  unreadOnly?: boolean;
}

/** The signed-in user's own notifications and their e-mail choices. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly api = inject(Api);

  list(query: NotificationQuery): Promise<PagedResult<NotificationDto>> {
    return this.api.invoke(getMyNotifications, query);
  }

  async unreadCount(): Promise<number> {
    return (await this.api.invoke(getMyUnreadNotificationCount)).count;
  }

  markRead(id: string): Promise<NotificationDto> {
    return this.api.invoke(markNotificationRead, { id });
  }

  async markAllRead(): Promise<number> {
    return (await this.api.invoke(markAllNotificationsRead)).marked;
  }

  preferences(): Promise<NotificationPreferenceDto[]> {
    return this.api.invoke(getNotificationPreferences);
  }

  savePreference(kind: NotificationKind, email: boolean): Promise<NotificationPreferenceDto[]> {
    const items: NotificationPreferenceInput[] = [{ kind, email }];
    return this.api.invoke(saveNotificationPreferences, { body: { items } });
  }

  /** Keeps the language the user chose, so that their e-mail is written in it. */
  setCulture(culture: string): Promise<void> {
    return this.api.invoke(setMyCulture, { body: { culture } });
  }
}
