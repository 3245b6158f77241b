import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import {
  PeerSupervisorApi,
  SupervisionHoursFormat,
  SupervisorMeeting,
} from '../../data/peer-supervisor-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { valueOf } from '../../shared/resource-value';

/** A local day as the date inputs and the API write it (yyyy-mm-dd). */
function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The supervisor's part of "my supervision": the groups and one-to-ones they lead against their
 * capacity, the meetings ahead, the meetings whose attendance is still to register, and their log
 * of supervision hours for a period, exportable. Counts and times only, never what was said.
 * Shows nothing to someone who neither is appointed nor leads a group.
 */
@Component({
  selector: 'app-supervisor-overview',
  imports: [
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
    AppDatePipe,
    DecimalPipe,
    EnumLabelPipe,
  ],
  template: `
    <app-alert [message]="error()" />
    @if (overview(); as o) {
      @if (o.isAppointed || o.groups.length) {
        <section aria-labelledby="supervisor-heading" data-testid="supervisor-overview">
          <h2 id="supervisor-heading">{{ 'Page:PeerSupervision.Overview.Title' | translate }}</h2>
          @if (o.capacity !== null && o.capacity !== undefined) {
            <p data-testid="supervisor-capacity">
              {{
                'Page:PeerSupervision.Overview.Capacity'
                  | translate: { groups: o.groups.length, capacity: o.capacity }
              }}
            </p>
          }

          <h3>{{ 'Page:PeerSupervision.Overview.Groups' | translate }}</h3>
          @if (o.groups.length) {
            <ul class="cards" data-testid="supervised-groups">
              @for (g of o.groups; track g.id) {
                <li>
                  <a [routerLink]="['/supervision/groups', g.id]">{{ g.name }}</a>
                  <span class="meta">
                    {{ g.kind | enumLabel: 'SupervisionKind' | translate }} ·
                    {{ 'Page:PeerSupervision.Overview.Members' | translate: { count: g.members } }}
                    @if (g.isCoSupervisor) {
                      · {{ 'Page:PeerSupervision.Overview.CoSupervisor' | translate }}
                    }
                  </span>
                  @if (g.nextMeetingAt) {
                    <span class="meta">
                      {{ 'Page:PeerSupervision.Overview.NextMeeting' | translate }}:
                      {{ g.nextMeetingAt | appDate: 'dateTime' }}
                    </span>
                  }
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'Page:PeerSupervision.Overview.NoGroups' | translate }}</p>
          }

          <h3>{{ 'Page:PeerSupervision.Overview.AttendanceDue' | translate }}</h3>
          @if (o.attendanceDue.length) {
            <ul class="cards" data-testid="attendance-due">
              @for (m of o.attendanceDue; track m.id) {
                <li>
                  <span>{{ m.startsAt | appDate: 'dateTime' }} · {{ m.groupName }}</span>
                  <a [routerLink]="['/supervision/groups', m.groupId]">
                    {{ 'Page:PeerSupervision.Overview.RegisterAttendance' | translate }}
                  </a>
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'Page:PeerSupervision.Overview.NoAttendanceDue' | translate }}</p>
          }

          <h3>{{ 'Page:PeerSupervision.Overview.NextMeetings' | translate }}</h3>
          @if (o.nextMeetings.length) {
            <ul class="cards" data-testid="next-meetings">
              @for (m of o.nextMeetings; track m.id) {
                <li>
                  <span>
                    {{ m.startsAt | appDate: 'dateTime' }}–{{ m.endsAt | appDate: 'time' }} ·
                    <a [routerLink]="['/supervision/groups', m.groupId]">{{ m.groupName }}</a>
                  </span>
                  @if (m.place) {
                    <span class="meta">{{ m.place }}</span>
                  }
                  @if (m.videoLink) {
                    <a class="meta" [href]="m.videoLink" rel="noopener" target="_blank">
                      {{ 'Page:PeerSupervision.Overview.VideoLink' | translate }}
                    </a>
                  }
                  <button
                    mat-button
                    type="button"
                    [disabled]="calendarDownload.active()"
                    (click)="downloadMeeting(m)"
                  >
                    <mat-icon svgIcon="download" />{{
                      'Page:PeerSupervision.Overview.AddToCalendar' | translate
                    }}
                  </button>
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'Page:PeerSupervision.Overview.NoMeetings' | translate }}</p>
          }

          <h3 id="hours-heading">{{ 'Page:PeerSupervision.Overview.Hours' | translate }}</h3>
          <p>{{ 'Page:PeerSupervision.Overview.HoursIntro' | translate }}</p>
          <div class="page-actions" role="group" aria-labelledby="hours-heading">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'Page:PeerSupervision.Overview.From' | translate }}</mat-label>
              <input
                matInput
                type="date"
                [value]="from()"
                (change)="from.set($any($event.target).value)"
              />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'Page:PeerSupervision.Overview.To' | translate }}</mat-label>
              <input
                matInput
                type="date"
                [value]="to()"
                (change)="to.set($any($event.target).value)"
              />
            </mat-form-field>
            <button
              mat-stroked-button
              type="button"
              [disabled]="exporting.active()"
              (click)="export('Xlsx')"
            >
              <mat-icon svgIcon="download" />{{
                'Page:PeerSupervision.Overview.ExportExcel' | translate
              }}
            </button>
            <button
              mat-stroked-button
              type="button"
              [disabled]="exporting.active()"
              (click)="export('Csv')"
            >
              <mat-icon svgIcon="download" />{{
                'Page:PeerSupervision.Overview.ExportCsv' | translate
              }}
            </button>
          </div>
          <div class="visually-hidden" aria-live="polite">{{ exportNotice() }}</div>
          @if (hours.isLoading()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
          }
          @if (currentHours(); as h) {
            <p data-testid="hours-total">
              {{
                'Page:PeerSupervision.Overview.HoursTotal'
                  | translate
                    : {
                        meetings: h.meetings,
                        hours: (h.totalMinutes / 60 | number: '1.0-1' : language.current()),
                      }
              }}
            </p>
            @if (h.rows.length) {
              <div class="table-scroll">
                <table class="hours" data-testid="hours-table">
                  <thead>
                    <tr>
                      <th scope="col">{{ 'PeerSupervision:Hours.Date' | translate }}</th>
                      <th scope="col">{{ 'PeerSupervision:Hours.Group' | translate }}</th>
                      <th scope="col">{{ 'PeerSupervision:Hours.Role' | translate }}</th>
                      <th scope="col">{{ 'PeerSupervision:Hours.Minutes' | translate }}</th>
                      <th scope="col">{{ 'PeerSupervision:Hours.MembersPresent' | translate }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (r of h.rows; track r.meetingId) {
                      <tr>
                        <td>{{ r.startsAt | appDate: 'dateTime' }}</td>
                        <td>{{ r.groupName }}</td>
                        <td>
                          {{
                            (r.asCoSupervisor
                              ? 'PeerSupervision:Hours.CoSupervisor'
                              : 'PeerSupervision:Hours.Supervisor'
                            ) | translate
                          }}
                        </td>
                        <td>{{ r.durationMinutes }}</td>
                        <td>{{ r.membersPresent }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          }
        </section>
      }
    }
  `,
  styles: `
    .cards {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
      display: grid;
      gap: 8px;
    }
    .cards li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 16px;
      padding: 8px 12px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    .meta {
      color: var(--ax-text-neutral-subtle);
    }
    .table-scroll {
      overflow-x: auto;
    }
    .hours {
      border-collapse: collapse;
      width: 100%;
    }
    .hours th,
    .hours td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisorOverview {
  private readonly api = inject(PeerSupervisorApi);
  private readonly errors = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly from = signal(isoDay(new Date(Date.now() - 364 * 86_400_000)));
  protected readonly to = signal(isoDay(new Date()));

  private readonly loaded = resource({
    params: () => this.language.current(),
    loader: () => this.api.myOverview(),
  });
  protected readonly overview = computed(() => valueOf(this.loaded));
  protected readonly hours = resource({
    params: () => ({ from: this.from() || undefined, to: this.to() || undefined }),
    loader: ({ params }) => this.api.myHours(params),
  });
  protected readonly currentHours = computed(() => valueOf(this.hours));

  protected readonly exporting = new Transfer();
  protected readonly calendarDownload = new Transfer();
  protected readonly exportNotice = signal('');
  private readonly actionError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const failed = this.loaded.error() ?? this.hours.error();
    return this.actionError() ?? (failed ? this.errors.describe(failed) : null);
  });

  protected async export(format: SupervisionHoursFormat): Promise<void> {
    this.actionError.set(null);
    this.exportNotice.set('');
    try {
      const response = await this.exporting.run(
        this.api.exportMyHours(
          { from: this.from() || undefined, to: this.to() || undefined },
          format,
        ),
      );
      const name = saveResponse(response, format === 'Csv' ? 'export.csv' : 'export.xlsx');
      this.exportNotice.set(
        this.translate.instant('Page:PeerSupervision.Overview.Exported', { name }) as string,
      );
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    }
  }

  protected async downloadMeeting(meeting: SupervisorMeeting): Promise<void> {
    this.actionError.set(null);
    try {
      const response = await this.calendarDownload.run(this.api.meetingIcs(meeting.id));
      saveResponse(response, `${meeting.groupName}.ics`);
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    }
  }
}
