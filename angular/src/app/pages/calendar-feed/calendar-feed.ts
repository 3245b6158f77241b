import { Clipboard } from '@angular/cdk/clipboard';
import { AppDatePipe } from '../../shared/date-format';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { CalendarFeed, CalendarFeedApi } from '../../data/calendar-feed-api';
import { Alert } from '../../shared/alert';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog';

/** The same address with the webcal scheme, which calendar apps open as a subscription. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/**
 * The signed-in user's calendar subscription: the private address to copy into Outlook, Google or
 * Apple Calendar, how to do it, and renewing or turning off the address. Other pages embed it.
 */
@Component({
  selector: 'app-calendar-feed',
  imports: [
    AppDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    Alert,
  ],
  template: `
    <section class="feed" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">{{ 'Page:Calendar.Feed.Heading' | translate }}</h2>
      <p>{{ 'Page:Calendar.Feed.Intro' | translate }}</p>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
      }
      <app-alert [message]="error()" />

      @if (feed(); as f) {
        @if (f.url; as url) {
          <mat-form-field class="url">
            <mat-label>{{ 'Page:Calendar.Feed.Address' | translate }}</mat-label>
            <input
              matInput
              readonly
              [value]="url"
              data-testid="calendar-feed-url"
              (focus)="select($event)"
            />
            <mat-hint>
              {{ 'Page:Calendar.Feed.Since' | translate }}
              {{ f.createdAt | appDate }}
            </mat-hint>
          </mat-form-field>
          <div class="actions">
            <button
              mat-flat-button
              type="button"
              (click)="copy(url)"
              data-testid="calendar-feed-copy"
            >
              {{ 'Page:Calendar.Feed.Copy' | translate }}
            </button>
            <a mat-stroked-button [href]="webcal(url)">{{
              'Page:Calendar.Feed.Open' | translate
            }}</a>
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="renew()"
              data-testid="calendar-feed-renew"
            >
              {{ 'Page:Calendar.Feed.Renew' | translate }}
            </button>
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="revoke()"
              data-testid="calendar-feed-revoke"
            >
              {{ 'Page:Calendar.Feed.Revoke' | translate }}
            </button>
          </div>
        } @else {
          <p data-testid="calendar-feed-hidden">
            {{ 'Page:Calendar.Feed.Unreadable' | translate }}
          </p>
          <button mat-flat-button type="button" [disabled]="busy()" (click)="renew()">
            {{ 'Page:Calendar.Feed.Renew' | translate }}
          </button>
        }
      }
      @if (revoked()) {
        <p data-testid="calendar-feed-off">{{ 'Page:Calendar.Feed.Off' | translate }}</p>
        <button mat-flat-button type="button" [disabled]="busy()" (click)="load()">
          {{ 'Page:Calendar.Feed.Create' | translate }}
        </button>
      }
      <div class="status" role="status">{{ status() }}</div>

      <p class="private">{{ 'Page:Calendar.Feed.Private' | translate }}</p>

      <h3>{{ 'Page:Calendar.Feed.HowTo' | translate }}</h3>
      <dl class="howto">
        <dt>Outlook</dt>
        <dd>{{ 'Page:Calendar.Feed.Outlook' | translate }}</dd>
        <dt>Google</dt>
        <dd>{{ 'Page:Calendar.Feed.Google' | translate }}</dd>
        <dt>Apple</dt>
        <dd>{{ 'Page:Calendar.Feed.Apple' | translate }}</dd>
      </dl>
      <p>{{ 'Page:Calendar.Feed.Refresh' | translate }}</p>
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 820px;
    }
    .feed h2 {
      font-size: 1.25rem;
    }
    .url {
      width: 100%;
    }
    .url input {
      font-family: monospace;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 12px 0 8px;
    }
    .status:empty {
      display: none;
    }
    .status {
      margin: 8px 0;
      color: var(--ax-text-success);
    }
    .private {
      padding: 12px 16px;
      border-radius: 8px;
      border: 1px solid var(--ax-border-info);
      background: var(--ax-bg-info-soft);
    }
    h3 {
      font-size: 1.0625rem;
      margin: 20px 0 8px;
    }
    .howto dt {
      font-weight: 600;
      margin-top: 8px;
    }
    .howto dd {
      margin: 2px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedPanel implements OnInit {
  private readonly api = inject(CalendarFeedApi);
  private readonly errors = inject(ErrorMessages);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly feed = signal<CalendarFeed | null>(null);
  protected readonly revoked = signal(false);
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  private readonly failure = signal<unknown>(null);
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? this.errors.describe(failure) : null;
  });

  protected readonly webcal = webcalUrl;

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    await this.run(async () => {
      this.feed.set(await this.api.mine());
      this.revoked.set(false);
    });
  }

  protected copy(url: string): void {
    const copied = this.clipboard.copy(url);
    this.status.set(
      this.translate.instant(
        copied ? 'Page:Calendar.Feed.Copied' : 'Page:Calendar.Feed.CopyFailed',
      ),
    );
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected async renew(): Promise<void> {
    if (
      this.feed()?.url &&
      !(await this.confirm('Page:Calendar.Feed.RenewConfirm', 'Page:Calendar.Feed.Renew'))
    )
      return;
    await this.run(async () => {
      this.feed.set(await this.api.renew());
      this.revoked.set(false);
      this.status.set(this.translate.instant('Page:Calendar.Feed.Renewed'));
    });
  }

  protected async revoke(): Promise<void> {
    if (!(await this.confirm('Page:Calendar.Feed.RevokeConfirm', 'Page:Calendar.Feed.Revoke')))
      return;
    await this.run(async () => {
      await this.api.revoke();
      this.feed.set(null);
      this.revoked.set(true);
      this.status.set(this.translate.instant('Page:Calendar.Feed.Revoked'));
    });
  }

  private async confirm(message: string, action: string): Promise<boolean> {
    const data: ConfirmDialogData = {
      title: this.translate.instant('Page:Calendar.Feed.Heading'),
      message: this.translate.instant(message),
      confirm: this.translate.instant(action),
    };
    return !!(await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed()));
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    this.status.set('');
    try {
      await work();
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
