import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { NotificationPreference, NotificationsApi } from '../../data/notifications-api';
import { Alert } from '../../shared/alert';

/** Per kind of notification, whether it also comes by e-mail. In the app they always come. */
@Component({
  selector: 'app-notification-settings',
  imports: [
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    Alert,
  ],
  template: `
    <h1>{{ 'Page:Notifications.Settings.Title' | translate }}</h1>
    <p>{{ 'Page:Notifications.Settings.Intro' | translate }}</p>
    <app-alert [message]="error()" />
    @if (preferences.isLoading() && !current().length) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }

    <h2 class="column-heading">{{ 'Page:Notifications.Settings.Email' | translate }}</h2>
    <ul class="preferences" data-testid="preferences">
      @for (p of current(); track p.kind) {
        <li>
          <mat-slide-toggle
            [attr.data-kind]="p.kind"
            [checked]="p.email"
            [disabled]="saving() === p.kind"
            [aria-describedby]="'preference-' + p.kind"
            (change)="toggle(p, $event)"
            >{{ p.name }}</mat-slide-toggle
          >
          <p class="description" [id]="'preference-' + p.kind">{{ p.description }}</p>
        </li>
      }
    </ul>
    <p class="status" role="status" data-testid="preference-status">{{ status() }}</p>
    <a mat-button routerLink="/notifications">{{
      'Page:Notifications.Settings.Back' | translate
    }}</a>
  `,
  styles: `
    .column-heading {
      font-size: 1.125rem;
    }
    .preferences {
      list-style: none;
      margin: 0;
      padding: 0;
      max-width: 720px;
    }
    .preferences li {
      padding: 12px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .description {
      margin: 4px 0 0 52px;
      color: var(--ax-text-neutral-subtle);
    }
    .status:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSettingsPage {
  private readonly api = inject(NotificationsApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** Kind names and descriptions come translated from the API. */
  protected readonly preferences = resource({
    params: () => this.language.current(),
    loader: () => this.api.preferences(),
  });

  protected readonly current = computed(() =>
    this.preferences.hasValue() ? this.preferences.value() : [],
  );
  protected readonly saving = signal<string | null>(null);
  protected readonly status = signal('');
  private readonly actionError = signal<unknown>(null);
  protected readonly error = computed(() => {
    const error = this.actionError() ?? this.preferences.error();
    return error ? this.errors.describe(error) : null;
  });

  protected async toggle(
    preference: NotificationPreference,
    event: MatSlideToggleChange,
  ): Promise<void> {
    this.saving.set(preference.kind);
    this.actionError.set(null);
    try {
      const updated = await this.api.savePreference(preference.kind, event.checked);
      this.preferences.set(updated);
      const now = updated.find((p) => p.kind === preference.kind);
      const key = now?.email
        ? 'Page:Notifications.Settings.EmailOn'
        : 'Page:Notifications.Settings.EmailOff';
      this.status.set(
        this.translate.instant(key, { kind: now?.name ?? preference.name }) as string,
      );
    } catch (error) {
      event.source.checked = preference.email;
      this.actionError.set(error);
    } finally {
      this.saving.set(null);
    }
  }
}
