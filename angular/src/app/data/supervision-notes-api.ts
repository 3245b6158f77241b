import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  bringSupervisionCase,
  changeSupervisionCase,
  deleteSupervisionReflection,
  getMySupervisionReflections,
  getSharedSupervisionReflections,
  getSupervisionCases,
  rewriteSupervisionReflection,
  shareSupervisionReflection,
  withdrawSupervisionCase,
  withdrawSupervisionReflectionShare,
  writeSupervisionReflection,
} from '../proxy/functions';
import type {
  BringCaseInput,
  ChangeCaseInput,
  SupervisionCaseDto,
  SupervisionReflectionDto,
} from '../proxy/models';

export type {
  BringCaseInput,
  ChangeCaseInput,
  SupervisionCaseDto as SupervisionCase,
  SupervisionReflectionDto as SupervisionReflection,
} from '../proxy/models';

/** The code of the warning a case text gets when it may name a person; sending again with the acknowledgement passes. */
export const CASE_NAME_WARNING = 'Error:PeerSupervision.CaseMayNameAPerson';

/** A supervision group's cases and its members' reflection notes (private unless shared). */
@Injectable({ providedIn: 'root' })
export class SupervisionNotesApi {
  private readonly api = inject(Api);

  cases(groupId: string): Promise<SupervisionCaseDto[]> {
    return this.api.invoke(getSupervisionCases, { groupId }) as Promise<SupervisionCaseDto[]>;
  }

  bringCase(groupId: string, body: BringCaseInput): Promise<SupervisionCaseDto> {
    return this.api.invoke(bringSupervisionCase, { groupId, body });
  }

  changeCase(groupId: string, caseId: string, body: ChangeCaseInput): Promise<SupervisionCaseDto> {
    return this.api.invoke(changeSupervisionCase, { groupId, caseId, body });
  }

  withdrawCase(groupId: string, caseId: string): Promise<void> {
    return this.api.invoke(withdrawSupervisionCase, { groupId, caseId });
  }

  myReflections(groupId: string): Promise<SupervisionReflectionDto[]> {
    return this.api.invoke(getMySupervisionReflections, { groupId }) as Promise<
      SupervisionReflectionDto[]
    >;
  }

  sharedReflections(groupId: string): Promise<SupervisionReflectionDto[]> {
    return this.api.invoke(getSharedSupervisionReflections, { groupId }) as Promise<
      SupervisionReflectionDto[]
    >;
  }

  writeReflection(
    groupId: string,
    text: string,
    meetingId: string | null,
  ): Promise<SupervisionReflectionDto> {
    return this.api.invoke(writeSupervisionReflection, { groupId, body: { text, meetingId } });
  }

  rewriteReflection(id: string, text: string): Promise<SupervisionReflectionDto> {
    return this.api.invoke(rewriteSupervisionReflection, { id, body: { text } });
  }

  shareReflection(id: string): Promise<SupervisionReflectionDto> {
    return this.api.invoke(shareSupervisionReflection, { id });
  }

  withdrawShare(id: string): Promise<SupervisionReflectionDto> {
    return this.api.invoke(withdrawSupervisionReflectionShare, { id });
  }

  deleteReflection(id: string): Promise<void> {
    return this.api.invoke(deleteSupervisionReflection, { id });
  }
}
