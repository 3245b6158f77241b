import { AppDatePipe, formatDate, formatTimeRange } from '../../shared/date-format';
import { ContentText } from '../../shared/content-text';
import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { HomeApi } from '../../data/home-api';
import { Alert } from '../../shared/alert';
import { formatPercent, statusChip } from '../../shared/competence-format';
import { StatusChip } from '../../shared/status-chip';
import { assignmentSteps, homeParts } from './home-format';

@Component({
  selector: 'app-home',
  imports: [
    AppDatePipe,
    ContentText,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatProgressBarModule,
    Alert,
    StatusChip,
  ],
  templateUrl: './home.html',
  styleUrl: './home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  private readonly api = inject(HomeApi);
  private readonly errors = inject(ErrorMessages);

  protected readonly home = resource({
    params: () => (this.auth.user() ? this.language.current() : undefined),
    loader: () => this.api.home(),
  });
  protected readonly error = computed(() =>
    this.home.error() ? this.errors.describe(this.home.error()) : null,
  );
  protected readonly data = computed(() => (this.home.hasValue() ? this.home.value() : null));
  protected readonly parts = computed(() => {
    const home = this.data();
    return home ? homeParts(home, this.auth.user()?.roles ?? []) : [];
  });
  /** A leader or peer supervisor without a person record is told why their own parts are missing. */
  protected readonly missingPerson = computed(() => {
    const home = this.data();
    const roles = this.auth.user()?.roles ?? [];
    return (
      home != null &&
      !home.hasPersonProfile &&
      roles.some((r) => r === 'Leader' || r === 'PeerSupervisor')
    );
  });
  protected readonly steps = computed(() => {
    const home = this.data();
    return home ? assignmentSteps(home, this.language.current()) : [];
  });
  protected readonly peerSupervisor = computed(
    () => this.auth.user()?.roles.includes('PeerSupervisor') ?? false,
  );

  protected readonly statusChip = statusChip;

  protected date(day: string): string {
    return formatDate(day, this.language.current());
  }

  protected time(startsAt: string, endsAt: string): string {
    return formatTimeRange(startsAt, endsAt, this.language.current());
  }

  protected percent(coverage: number): string {
    return formatPercent(coverage, this.language.current());
  }
}
