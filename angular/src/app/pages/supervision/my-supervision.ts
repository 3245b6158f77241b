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
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import {
  MySupervision,
  PeerSupervisionApi,
  SupervisionGroupSummary,
} from '../../data/peer-supervision-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';
import { EnumLabelPipe } from '../../shared/enum-labels';

interface Section {
  key: 'groups' | 'leading';
  heading: string;
  empty: string;
}

/**
 * "My supervision": invitations to answer, the groups and one-to-ones the reader takes part in,
 * those they lead as a peer supervisor, and the next meetings of the groups open to them.
 */
@Component({
  selector: 'app-my-supervision',
  imports: [
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatProgressBarModule,
    Alert,
    AppDatePipe,
    EnumLabelPipe,
  ],
  template: `
    <h1>{{ 'Page:PeerSupervision.Mine.Title' | translate }}</h1>
    <p>{{ 'Page:PeerSupervision.Mine.Intro' | translate }}</p>
    @if (mine()?.canCreate) {
      <p>
        <a mat-flat-button routerLink="/supervision/groups/new" data-testid="create-group">{{
          'Page:PeerSupervision.Mine.Create' | translate
        }}</a>
      </p>
    }
    @if (loaded.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    <app-alert kind="success" [message]="done()" />

    @if (mine(); as m) {
      @if (m.invitations.length) {
        <section aria-labelledby="invitations" data-testid="invitations">
          <h2 id="invitations">{{ 'Page:PeerSupervision.Mine.Invitations' | translate }}</h2>
          <ul class="cards">
            @for (g of m.invitations; track g.id) {
              <li class="card">
                <span>
                  <a [routerLink]="['/supervision/groups', g.id]">{{ g.name }}</a>
                  <span class="facts">
                    {{ g.kind | enumLabel: 'SupervisionKind' | translate }} ·
                    {{ 'Page:PeerSupervision.LedBy' | translate: { name: g.supervisorName } }}
                  </span>
                </span>
                <span class="actions">
                  <button
                    mat-flat-button
                    type="button"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      'Page:PeerSupervision.Mine.AcceptFor' | translate: { name: g.name }
                    "
                    (click)="accept(g)"
                  >
                    {{ 'Page:PeerSupervision.Mine.Accept' | translate }}
                  </button>
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      'Page:PeerSupervision.Mine.DeclineFor' | translate: { name: g.name }
                    "
                    (click)="decline(g)"
                  >
                    {{ 'Page:PeerSupervision.Mine.Decline' | translate }}
                  </button>
                </span>
              </li>
            }
          </ul>
        </section>
      }

      <section aria-labelledby="next-meetings" data-testid="next-meetings">
        <h2 id="next-meetings">{{ 'Page:PeerSupervision.Mine.NextMeetings' | translate }}</h2>
        <ul class="cards">
          @for (meeting of m.nextMeetings; track meeting.id) {
            <li class="card">
              <span>
                <a [routerLink]="['/supervision/groups', meeting.groupId]">{{
                  meeting.groupName
                }}</a>
                <span class="facts">
                  {{ meeting.startsAt | appDate: 'dateTime' }}
                  @if (meeting.place) {
                    · {{ meeting.place }}
                  }
                  @if (meeting.status === 'Moved') {
                    · {{ meeting.status | enumLabel: 'MeetingStatus' | translate }}
                  }
                </span>
              </span>
            </li>
          } @empty {
            <li class="empty">{{ 'Page:PeerSupervision.Mine.NoMeetings' | translate }}</li>
          }
        </ul>
      </section>

      @for (section of sections; track section.key) {
        @if (section.key === 'groups' || m.leading.length) {
          <section
            [attr.aria-labelledby]="'section-' + section.key"
            [attr.data-testid]="section.key"
          >
            <h2 [id]="'section-' + section.key">{{ section.heading | translate }}</h2>
            @if (section.key === 'leading') {
              <p>
                <a routerLink="/supervision/supervisor" data-testid="supervisor-page-link">{{
                  'Page:PeerSupervision.Overview.PageTitle' | translate
                }}</a>
              </p>
            }
            <ul class="cards">
              @for (g of m[section.key]; track g.id) {
                <li class="card">
                  <span>
                    <a [routerLink]="['/supervision/groups', g.id]">{{ g.name }}</a>
                    <span class="facts">
                      {{ g.kind | enumLabel: 'SupervisionKind' | translate }} ·
                      {{ 'Page:PeerSupervision.Members' | translate: { count: g.memberCount } }}
                      @if (section.key === 'groups') {
                        · {{ 'Page:PeerSupervision.LedBy' | translate: { name: g.supervisorName } }}
                      }
                      @if (!g.hasAccess) {
                        ·
                        <strong>{{
                          'Page:PeerSupervision.Mine.AgreementPending' | translate
                        }}</strong>
                      }
                    </span>
                  </span>
                </li>
              } @empty {
                <li class="empty">{{ section.empty | translate }}</li>
              }
            </ul>
          </section>
        }
      }
    }
  `,
  styles: `
    .cards {
      list-style: none;
      padding: 0;
      margin: 0 0 24px;
      display: grid;
      gap: 8px;
      max-width: 900px;
    }
    .card {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      justify-content: space-between;
      align-items: center;
      padding: 10px 14px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    .facts {
      display: block;
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    h2 {
      font-size: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MySupervisionPage {
  private readonly api = inject(PeerSupervisionApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly sections: Section[] = [
    {
      key: 'groups',
      heading: 'Page:PeerSupervision.Mine.Groups',
      empty: 'Page:PeerSupervision.Mine.NoGroups',
    },
    {
      key: 'leading',
      heading: 'Page:PeerSupervision.Mine.Leading',
      empty: 'Page:PeerSupervision.Mine.NoGroups',
    },
  ];

  protected readonly loaded = resource({
    params: () => ({ language: this.language.current() }),
    loader: () => this.api.mine(),
  });
  protected readonly mine = computed<MySupervision | null>(() =>
    this.loaded.hasValue() ? this.loaded.value() : null,
  );
  private readonly failed = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.loaded.error();
    return this.failed() ?? (error ? this.errors.describe(error) : null);
  });
  protected readonly done = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected accept(group: SupervisionGroupSummary): Promise<void> {
    return this.answer(
      () => this.api.acceptInvitation(group.id),
      'Page:PeerSupervision.Mine.Accepted',
    );
  }

  protected decline(group: SupervisionGroupSummary): Promise<void> {
    return this.answer(
      () => this.api.declineInvitation(group.id),
      'Page:PeerSupervision.Mine.Declined',
    );
  }

  private async answer(call: () => Promise<unknown>, message: string): Promise<void> {
    this.busy.set(true);
    this.failed.set(null);
    this.done.set(null);
    try {
      await call();
      this.done.set(this.translate.instant(message) as string);
      this.loaded.reload();
    } catch (error) {
      this.failed.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }
}
