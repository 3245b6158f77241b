import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import {
  PeerSupervisionApi,
  SupervisionCandidate,
  SupervisionGroup,
  SupervisionMeeting,
} from '../../data/peer-supervision-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe, osloDay, osloTime } from '../../shared/date-format';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { orNull } from '../../shared/form-values';
import { AgreementFields } from './agreement-fields';
import { ScheduleFields } from './schedule-fields';
import { SupervisionCases } from './supervision-cases';
import {
  agreementForm,
  scheduleForm,
  toAgreementInput,
  toScheduleInput,
} from './supervision-forms';
import { SupervisionReflections } from './supervision-reflections';

/**
 * A group's page. Everyone it concerns sees the agreement; an invitee answers the invitation, a
 * member accepts the current agreement version before the rest opens to them. The supervisor (and
 * an admin or coordinator in scope) invites, revises the agreement, sets the schedule, moves or
 * cancels one meeting; the supervisor registers who attended. Cases and reflections follow.
 */
@Component({
  selector: 'app-supervision-group',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
    AppDatePipe,
    EnumLabelPipe,
    TextField,
    AgreementFields,
    ScheduleFields,
    SupervisionCases,
    SupervisionReflections,
  ],
  templateUrl: './supervision-group.html',
  styleUrl: './supervision-group.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionGroupPage {
  readonly id = input.required<string>();

  private readonly api = inject(PeerSupervisionApi);
  private readonly errors = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  protected readonly loaded = resource({
    params: () => ({ id: this.id(), language: this.language.current() }),
    loader: ({ params }) => this.api.group(params.id),
  });
  protected readonly group = computed<SupervisionGroup | null>(() =>
    this.loaded.hasValue() ? this.loaded.value() : null,
  );
  /** Meetings are asked for only by those who may see them. */
  protected readonly meetingsLoaded = resource({
    params: () => {
      const g = this.group();
      return g && (g.hasAccess || g.canManage)
        ? { id: g.id, stamp: g.concurrencyStamp }
        : undefined;
    },
    loader: ({ params }) => this.api.meetings(params.id),
  });
  protected readonly meetings = computed<SupervisionMeeting[]>(() =>
    this.meetingsLoaded.hasValue() ? (this.meetingsLoaded.value() ?? []) : [],
  );
  protected readonly activeMembers = computed(
    () => this.group()?.members.filter((m) => m.status === 'Active') ?? [],
  );
  protected readonly loadError = computed(() => {
    const error = this.loaded.error() ?? this.meetingsLoaded.error();
    return error ? this.errors.describe(error) : null;
  });

  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly revising = signal(false);
  protected readonly agreement = agreementForm();
  protected readonly agreementSubmission = new FormSubmission('form.agreement');

  protected readonly scheduling = signal(false);
  protected readonly schedule = scheduleForm();
  protected readonly scheduleSubmission = new FormSubmission('form.schedule');

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly candidates = signal<SupervisionCandidate[]>([]);

  protected readonly moving = signal<string | null>(null);
  protected readonly move = new FormGroup({
    day: new FormControl('', { nonNullable: true }),
    startTime: new FormControl('', { nonNullable: true }),
    endTime: new FormControl('', { nonNullable: true }),
    place: new FormControl('', { nonNullable: true }),
    videoLink: new FormControl('', { nonNullable: true }),
  });
  protected readonly moveSubmission = new FormSubmission('form.move');

  protected readonly registering = signal<string | null>(null);
  protected readonly attended = signal<ReadonlySet<string>>(new Set());

  protected hasStarted(meeting: SupervisionMeeting): boolean {
    return new Date(meeting.startsAt) <= new Date();
  }

  protected isOpen(meeting: SupervisionMeeting): boolean {
    return meeting.status === 'Planned' || meeting.status === 'Moved';
  }

  protected acceptInvitation(g: SupervisionGroup): Promise<boolean> {
    return this.act(() => this.api.acceptInvitation(g.id), 'Page:PeerSupervision.Group.Joined');
  }

  protected async declineInvitation(g: SupervisionGroup): Promise<void> {
    if (await this.act(() => this.api.declineInvitation(g.id), null, false))
      await this.router.navigate(['/supervision']);
  }

  protected async leave(g: SupervisionGroup): Promise<void> {
    if (!confirm(this.translate.instant('Page:PeerSupervision.Group.LeaveConfirm') as string))
      return;
    if (await this.act(() => this.api.leave(g.id), null, false))
      await this.router.navigate(['/supervision']);
  }

  protected acceptAgreement(g: SupervisionGroup): Promise<boolean> {
    return this.act(
      () => this.api.acceptAgreement(g.id, g.agreement.version),
      'Page:PeerSupervision.Agreement.Accepted',
    );
  }

  protected startRevision(g: SupervisionGroup): void {
    this.agreement.reset(g.agreement);
    this.revising.set(true);
  }

  protected async revise(g: SupervisionGroup): Promise<void> {
    const saved = await this.agreementSubmission.run(this.agreement, () =>
      this.api.reviseAgreement(g.id, toAgreementInput(this.agreement.getRawValue())),
    );
    if (saved)
      this.finish(() => this.revising.set(false), 'Page:PeerSupervision.Agreement.Revised');
  }

  protected async saveSchedule(g: SupervisionGroup): Promise<void> {
    const saved = await this.scheduleSubmission.run(this.schedule, () =>
      this.api.setSchedule(g.id, toScheduleInput(this.schedule.getRawValue())),
    );
    if (saved) this.finish(() => this.scheduling.set(false), 'Page:PeerSupervision.Schedule.Saved');
  }

  protected async find(g: SupervisionGroup): Promise<void> {
    try {
      this.candidates.set(await this.api.candidates(this.search.value, g.supervisorPersonId));
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    }
  }

  protected isInGroup(g: SupervisionGroup, person: SupervisionCandidate): boolean {
    return g.members.some(
      (m) => m.personId === person.personId && (m.status === 'Invited' || m.status === 'Active'),
    );
  }

  protected invite(g: SupervisionGroup, person: SupervisionCandidate): Promise<boolean> {
    return this.act(
      () => this.api.invite(g.id, person.personId),
      'Page:PeerSupervision.Group.Invited',
    );
  }

  protected startMove(meeting: SupervisionMeeting): void {
    this.move.reset({
      day: osloDay(meeting.startsAt),
      startTime: osloTime(meeting.startsAt),
      endTime: osloTime(meeting.endsAt),
      place: meeting.place ?? '',
      videoLink: meeting.videoLink ?? '',
    });
    this.registering.set(null);
    this.moving.set(meeting.id);
  }

  protected async saveMove(meeting: SupervisionMeeting): Promise<void> {
    const v = this.move.getRawValue();
    const saved = await this.moveSubmission.run(this.move, () =>
      this.api.moveMeeting(meeting.id, {
        startsAt: v.day && v.startTime ? `${v.day}T${v.startTime}:00` : null,
        endsAt: v.day && v.endTime ? `${v.day}T${v.endTime}:00` : null,
        place: orNull(v.place),
        videoLink: orNull(v.videoLink),
      }),
    );
    if (saved) this.finish(() => this.moving.set(null), 'Page:PeerSupervision.Meeting.MovedNotice');
  }

  protected cancelMeeting(meeting: SupervisionMeeting): Promise<boolean> {
    if (!confirm(this.translate.instant('Page:PeerSupervision.Meeting.CancelConfirm') as string))
      return Promise.resolve(false);
    return this.act(
      () => this.api.cancelMeeting(meeting.id),
      'Page:PeerSupervision.Meeting.CancelledNotice',
    );
  }

  protected startAttendance(meeting: SupervisionMeeting): void {
    this.attended.set(new Set(meeting.attendedPersonIds));
    this.moving.set(null);
    this.registering.set(meeting.id);
  }

  protected toggleAttended(personId: string, checked: boolean): void {
    const next = new Set(this.attended());
    if (checked) next.add(personId);
    else next.delete(personId);
    this.attended.set(next);
  }

  protected async saveAttendance(meeting: SupervisionMeeting): Promise<void> {
    if (
      await this.act(
        () => this.api.registerAttendance(meeting.id, [...this.attended()]),
        'Page:PeerSupervision.Meeting.AttendanceSaved',
      )
    )
      this.registering.set(null);
  }

  private finish(close: () => void, message: string): void {
    close();
    this.notice.set(this.translate.instant(message) as string);
    this.loaded.reload();
    this.meetingsLoaded.reload();
  }

  /** Runs one button's call: its message on success, the reason on failure; reloads the group. */
  private async act(
    call: () => Promise<unknown>,
    message: string | null,
    reload = true,
  ): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    this.actionError.set(null);
    try {
      await call();
      if (message) this.notice.set(this.translate.instant(message) as string);
      if (reload) {
        this.loaded.reload();
        this.meetingsLoaded.reload();
      }
      return true;
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
