import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { CalendarFeedPanel } from './calendar-feed';

/** The calendar subscription on a page of its own. */
@Component({
  selector: 'app-calendar-subscription',
  imports: [TranslatePipe, CalendarFeedPanel],
  template: `
    <h1>{{ 'Page:Calendar.Subscription.Title' | translate }}</h1>
    <app-calendar-feed />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarSubscriptionPage {}
