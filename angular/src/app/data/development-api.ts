import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  addDevelopmentGoal,
  addDevelopmentProgressNote,
  agreeDevelopmentGoal,
  applyIndicatorImport,
  cancelCoachingSession,
  changeDevelopmentGoal,
  createDevelopmentPlan,
  createResultIndicator,
  deletePrivateNote,
  getCoachedLeaders,
  getDevelopmentPlan,
  getIndicatorValues,
  getMyDevelopment,
  getMyPrivateNotes,
  getResultIndicators,
  giveDevelopmentFeedback,
  markCoachingSessionHeld,
  moveCoachingSession,
  previewIndicatorImport,
  scheduleCoachingSession,
  setDevelopmentGoalStatus,
  setIndicatorValue,
  updateResultIndicator,
  writeCoachingSessionNotes,
  writePrivateNote,
} from '../proxy/functions';
import type {
  CoachedLeaderDto,
  CoachingSessionDto,
  CoachingSessionInput,
  DevelopmentGoalInput,
  DevelopmentPlanDto,
  GoalStatus,
  IndicatorImportResult,
  IndicatorValueDto,
  MyDevelopmentDto,
  PrivateNoteDto,
  ResultIndicatorDto,
  SaveResultIndicatorInput,
} from '../proxy/models';

export type {
  CoachedLeaderDto as CoachedLeader,
  CoachingSessionDto as CoachingSession,
  CoachingSessionInput as CoachingSessionSlot,
  DevelopmentGoalDto as DevelopmentGoal,
  DevelopmentGoalInput as DevelopmentGoalFields,
  DevelopmentPlanDto as DevelopmentPlan,
  GoalStatus,
  IndicatorImportResult,
  IndicatorPeriodKind,
  IndicatorValueDto as IndicatorValue,
  IndicatorValueKind,
  MyDevelopmentDto as MyDevelopment,
  PrivateNoteDto as PrivateNote,
  ResultIndicatorDto as ResultIndicator,
  SaveResultIndicatorInput as ResultIndicatorFields,
} from '../proxy/models';

/** Development plans, coaching, the leader's private notes and the result indicators. */
@Injectable({ providedIn: 'root' })
export class DevelopmentApi {
  private readonly api = inject(Api);

  mine(): Promise<MyDevelopmentDto> {
    return this.api.invoke(getMyDevelopment);
  }

  coached(): Promise<CoachedLeaderDto[]> {
    return this.api.invoke(getCoachedLeaders);
  }

  plan(id: string): Promise<DevelopmentPlanDto> {
    return this.api.invoke(getDevelopmentPlan, { id });
  }

  createPlan(cohortId: string, personId: string | null = null): Promise<DevelopmentPlanDto> {
    return this.api.invoke(createDevelopmentPlan, { body: { cohortId, personId } });
  }

  addGoal(id: string, body: DevelopmentGoalInput): Promise<DevelopmentPlanDto> {
    return this.api.invoke(addDevelopmentGoal, { id, body });
  }

  changeGoal(id: string, goalId: string, body: DevelopmentGoalInput): Promise<DevelopmentPlanDto> {
    return this.api.invoke(changeDevelopmentGoal, { id, goalId, body });
  }

  agreeGoal(id: string, goalId: string): Promise<DevelopmentPlanDto> {
    return this.api.invoke(agreeDevelopmentGoal, { id, goalId });
  }

  setGoalStatus(id: string, goalId: string, status: GoalStatus): Promise<DevelopmentPlanDto> {
    return this.api.invoke(setDevelopmentGoalStatus, { id, goalId, body: { status } });
  }

  addProgressNote(id: string, text: string, goalId: string | null): Promise<DevelopmentPlanDto> {
    return this.api.invoke(addDevelopmentProgressNote, { id, body: { text, goalId } });
  }

  giveFeedback(id: string, text: string, goalId: string | null): Promise<DevelopmentPlanDto> {
    return this.api.invoke(giveDevelopmentFeedback, { id, body: { text, goalId } });
  }

  schedule(planId: string, body: CoachingSessionInput): Promise<CoachingSessionDto> {
    return this.api.invoke(scheduleCoachingSession, { planId, body });
  }

  move(id: string, body: CoachingSessionInput): Promise<CoachingSessionDto> {
    return this.api.invoke(moveCoachingSession, { id, body });
  }

  cancel(id: string): Promise<CoachingSessionDto> {
    return this.api.invoke(cancelCoachingSession, { id });
  }

  markHeld(id: string): Promise<CoachingSessionDto> {
    return this.api.invoke(markCoachingSessionHeld, { id });
  }

  writeSessionNotes(id: string, text: string): Promise<CoachingSessionDto> {
    return this.api.invoke(writeCoachingSessionNotes, { id, body: { text } });
  }

  privateNotes(): Promise<PrivateNoteDto[]> {
    return this.api.invoke(getMyPrivateNotes);
  }

  writePrivateNote(text: string, planId: string | null): Promise<PrivateNoteDto> {
    return this.api.invoke(writePrivateNote, { body: { text, planId } });
  }

  deletePrivateNote(id: string): Promise<void> {
    return this.api.invoke(deletePrivateNote, { id });
  }

  indicators(): Promise<ResultIndicatorDto[]> {
    return this.api.invoke(getResultIndicators);
  }

  createIndicator(body: SaveResultIndicatorInput): Promise<ResultIndicatorDto> {
    return this.api.invoke(createResultIndicator, { body });
  }

  updateIndicator(id: string, body: SaveResultIndicatorInput): Promise<ResultIndicatorDto> {
    return this.api.invoke(updateResultIndicator, { id, body });
  }

  values(id: string, officeId: string): Promise<IndicatorValueDto[]> {
    return this.api.invoke(getIndicatorValues, { id, officeId });
  }

  setValue(
    id: string,
    officeId: string,
    period: string,
    value: string,
  ): Promise<IndicatorValueDto> {
    return this.api.invoke(setIndicatorValue, { id, body: { officeId, period, value } });
  }

  previewImport(file: File): Promise<IndicatorImportResult> {
    return this.api.invoke(previewIndicatorImport, { body: { file } });
  }

  applyImport(file: File): Promise<IndicatorImportResult> {
    return this.api.invoke(applyIndicatorImport, { body: { file } });
  }
}
