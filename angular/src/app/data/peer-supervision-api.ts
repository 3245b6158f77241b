import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  acceptSupervisionAgreement,
  acceptSupervisionInvitation,
  cancelSupervisionMeeting,
  createSupervisionGroup,
  declineSupervisionInvitation,
  getMySupervision,
  getSupervisionCandidates,
  getSupervisionGroup,
  getSupervisionGroupOptions,
  getSupervisionMeetings,
  inviteSupervisionMember,
  leaveSupervisionGroup,
  moveSupervisionMeeting,
  registerSupervisionAttendance,
  reviseSupervisionAgreement,
  setSupervisionSchedule,
} from '../proxy/functions';
import type {
  AgreementInput,
  CreateSupervisionGroupInput,
  MeetingScheduleInput,
  MoveMeetingInput,
  MySupervisionDto,
  SupervisionCandidateDto,
  SupervisionGroupDto,
  SupervisionGroupOptionsDto,
  SupervisionMeetingDto,
} from '../proxy/models';

export type {
  AgreementInput as SupervisionAgreementInput,
  CreateSupervisionGroupInput as NewSupervisionGroup,
  GroupAgreementDto as SupervisionAgreement,
  GroupMemberDto as SupervisionMember,
  MeetingScheduleInput as SupervisionScheduleInput,
  MeetingStatus,
  MemberStatus,
  MoveMeetingInput as SupervisionMeetingMove,
  MySupervisionDto as MySupervision,
  SupervisionCandidateDto as SupervisionCandidate,
  SupervisionGroupDto as SupervisionGroup,
  SupervisionGroupOptionsDto as SupervisionGroupOptions,
  SupervisionGroupSummaryDto as SupervisionGroupSummary,
  SupervisionKind,
  SupervisionMeetingDto as SupervisionMeeting,
  SupervisorOptionDto as SupervisorOption,
} from '../proxy/models';

/** Peer supervision groups and one-to-ones: one's own, creating them, the agreement, the schedule and meetings. */
@Injectable({ providedIn: 'root' })
export class PeerSupervisionApi {
  private readonly api = inject(Api);

  mine(): Promise<MySupervisionDto> {
    return this.api.invoke(getMySupervision);
  }

  options(): Promise<SupervisionGroupOptionsDto> {
    return this.api.invoke(getSupervisionGroupOptions);
  }

  candidates(filter: string, supervisorPersonId?: string): Promise<SupervisionCandidateDto[]> {
    return this.api.invoke(getSupervisionCandidates, { filter, supervisorPersonId });
  }

  create(body: CreateSupervisionGroupInput): Promise<SupervisionGroupDto> {
    return this.api.invoke(createSupervisionGroup, { body });
  }

  group(id: string): Promise<SupervisionGroupDto> {
    return this.api.invoke(getSupervisionGroup, { id });
  }

  invite(id: string, personId: string): Promise<SupervisionGroupDto> {
    return this.api.invoke(inviteSupervisionMember, { id, body: { personId } });
  }

  acceptInvitation(id: string): Promise<SupervisionGroupDto> {
    return this.api.invoke(acceptSupervisionInvitation, { id });
  }

  declineInvitation(id: string): Promise<void> {
    return this.api.invoke(declineSupervisionInvitation, { id });
  }

  leave(id: string): Promise<void> {
    return this.api.invoke(leaveSupervisionGroup, { id });
  }

  acceptAgreement(id: string, version: number): Promise<SupervisionGroupDto> {
    return this.api.invoke(acceptSupervisionAgreement, { id, body: { version } });
  }

  reviseAgreement(id: string, body: AgreementInput): Promise<SupervisionGroupDto> {
    return this.api.invoke(reviseSupervisionAgreement, { id, body });
  }

  meetings(id: string): Promise<SupervisionMeetingDto[]> {
    return this.api.invoke(getSupervisionMeetings, { id });
  }

  setSchedule(id: string, body: MeetingScheduleInput): Promise<SupervisionMeetingDto[]> {
    return this.api.invoke(setSupervisionSchedule, { id, body });
  }

  moveMeeting(meetingId: string, body: MoveMeetingInput): Promise<SupervisionMeetingDto> {
    return this.api.invoke(moveSupervisionMeeting, { meetingId, body });
  }

  cancelMeeting(meetingId: string): Promise<SupervisionMeetingDto> {
    return this.api.invoke(cancelSupervisionMeeting, { meetingId });
  }

  registerAttendance(
    meetingId: string,
    attendedPersonIds: string[],
  ): Promise<SupervisionMeetingDto> {
    return this.api.invoke(registerSupervisionAttendance, {
      meetingId,
      body: { attendedPersonIds },
    });
  }
}
