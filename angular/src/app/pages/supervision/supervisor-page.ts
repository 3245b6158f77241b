import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { SupervisorOverview } from './supervisor-overview';

/** The supervisor's own page: what they lead, the meetings ahead and to register, and their hours log. */
@Component({
  selector: 'app-supervisor-page',
  imports: [TranslatePipe, SupervisorOverview],
  template: `
    <h1>{{ 'Page:PeerSupervision.Overview.PageTitle' | translate }}</h1>
    <app-supervisor-overview />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisorPage {}
