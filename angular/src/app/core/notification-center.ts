import { inject, Injectable, signal } from '@angular/core';
import { NotificationsApi } from '../data/notifications-api';

/** The signed-in user's unread count, shared by the bell in the toolbar and the notifications page. */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationsApi);

  readonly unread = signal(0);

  /** Asks the server again; a failed poll keeps the last count rather than showing an error. */
  async refresh(): Promise<void> {
    try {
      this.unread.set(await this.api.unreadCount());
    } catch {
      // The next poll tries again.
    }
  }
}
