import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import { getMyCalendarFeed, renewMyCalendarFeed, revokeMyCalendarFeed } from '../proxy/functions';
import type { CalendarFeedDto } from '../proxy/models';

export type { CalendarFeedDto as CalendarFeed } from '../proxy/models';

/** The signed-in user's calendar subscription address. */
@Injectable({ providedIn: 'root' })
export class CalendarFeedApi {
  private readonly api = inject(Api);

  /** The caller's subscription address; the first call creates it. */
  mine(): Promise<CalendarFeedDto> {
    return this.api.invoke(getMyCalendarFeed);
  }

  renew(): Promise<CalendarFeedDto> {
    return this.api.invoke(renewMyCalendarFeed);
  }

  revoke(): Promise<void> {
    return this.api.invoke(revokeMyCalendarFeed);
  }
}
