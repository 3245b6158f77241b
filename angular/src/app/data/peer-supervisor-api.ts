import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Api } from '../proxy/api';
import {
  appointPeerSupervisor,
  changePeerSupervisor,
  endPeerSupervisor,
  exportMySupervisionHours,
  getMySupervisionHours,
  getMySupervisorOverview,
  getPeerSupervisor,
  getPeerSupervisors,
  getSupervisionMeetingCalendar,
  getSupervisionSettings,
  getSupervisorCandidates,
  getSupervisorRegisterOptions,
  saveSupervisionSettings,
} from '../proxy/functions';
import type {
  AppointPeerSupervisorInput,
  ChangePeerSupervisorInput,
  PagedResultOfPeerSupervisorDto,
  PeerSupervisorDto,
  SaveSupervisionSettingsInput,
  SupervisionHoursDto,
  SupervisionSettingsDto,
  SupervisorCandidateDto,
  SupervisorOverviewDto,
  SupervisorRegisterOptionsDto,
} from '../proxy/models';
import { downloadBlob } from './download';
import { ListQuery } from './models';

export type {
  AppointPeerSupervisorInput as PeerSupervisorAppointment,
  ParticipationGrantDto as ParticipationGrant,
  PeerSupervisorDto as PeerSupervisor,
  SaveSupervisionSettingsInput as SupervisionSettingsInput,
  SupervisedGroupDto as SupervisedGroup,
  SupervisionHoursDto as SupervisionHours,
  SupervisionHoursRowDto as SupervisionHoursRow,
  SupervisionSettingsDto as SupervisionSettings,
  SupervisorCandidateDto as SupervisorCandidate,
  SupervisorMeetingDto as SupervisorMeeting,
  SupervisorOverviewDto as SupervisorOverview,
  SupervisorRegionDto as SupervisorRegion,
  SupervisorRegisterOptionsDto as SupervisorRegisterOptions,
} from '../proxy/models';

export type SupervisionHoursFormat = 'Xlsx' | 'Csv';

export interface PeerSupervisorFilters {
  regionId?: string;
  isActive?: boolean;
}

export interface SupervisionPeriod {
  from?: string;
  to?: string;
}

/**
 * The register of peer supervisors, the directorate's supervision settings and the supervisor's
 * own page (their groups, meetings, hours log and a meeting's calendar file).
 */
@Injectable({ providedIn: 'root' })
export class PeerSupervisorApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  list(query: ListQuery & PeerSupervisorFilters): Promise<PagedResultOfPeerSupervisorDto> {
    return this.api.invoke(getPeerSupervisors, query);
  }

  get(id: string): Promise<PeerSupervisorDto> {
    return this.api.invoke(getPeerSupervisor, { id });
  }

  options(): Promise<SupervisorRegisterOptionsDto> {
    return this.api.invoke(getSupervisorRegisterOptions);
  }

  candidates(regionId: string, filter: string): Promise<SupervisorCandidateDto[]> {
    return this.api.invoke(getSupervisorCandidates, { regionId, filter: filter || undefined });
  }

  appoint(body: AppointPeerSupervisorInput): Promise<PeerSupervisorDto> {
    return this.api.invoke(appointPeerSupervisor, { body });
  }

  change(id: string, body: ChangePeerSupervisorInput): Promise<PeerSupervisorDto> {
    return this.api.invoke(changePeerSupervisor, { id, body });
  }

  end(id: string): Promise<PeerSupervisorDto> {
    return this.api.invoke(endPeerSupervisor, { id });
  }

  settings(): Promise<SupervisionSettingsDto> {
    return this.api.invoke(getSupervisionSettings);
  }

  saveSettings(body: SaveSupervisionSettingsInput): Promise<SupervisionSettingsDto> {
    return this.api.invoke(saveSupervisionSettings, { body });
  }

  myOverview(): Promise<SupervisorOverviewDto> {
    return this.api.invoke(getMySupervisorOverview);
  }

  myHours(period: SupervisionPeriod): Promise<SupervisionHoursDto> {
    return this.api.invoke(getMySupervisionHours, period);
  }

  exportMyHours(
    period: SupervisionPeriod,
    format: SupervisionHoursFormat,
  ): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, exportMySupervisionHours.PATH, { ...period, format });
  }

  /** One meeting as an iCalendar file, fetched with the user's token so it can be saved. */
  meetingIcs(meetingId: string): Observable<HttpEvent<Blob>> {
    const path = getSupervisionMeetingCalendar.PATH.replace('{id}', encodeURIComponent(meetingId));
    return downloadBlob(this.http, path);
  }
}
