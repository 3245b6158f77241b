import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  answerFeedback,
  closeFeedbackRound,
  createFeedbackRound,
  getFeedbackCandidates,
  getFeedbackQuestionnaire,
  getFeedbackRound,
  getFeedbackRoundOptions,
  getMyFeedbackRounds,
  remindFeedbackInvitees,
  requestFeedbackEvidence,
} from '../proxy/functions';
import type {
  AnswerFeedbackInput,
  CreateFeedbackRoundInput,
  FeedbackCandidateDto,
  FeedbackQuestionnaireDto,
  FeedbackRemindersDto,
  FeedbackRoundDto,
  FeedbackRoundOptionsDto,
  FeedbackRoundSummaryDto,
} from '../proxy/models';

export type {
  AnswerFeedbackInput as FeedbackAnswer,
  CreateFeedbackRoundInput as NewFeedbackRound,
  FeedbackAreaOptionDto as FeedbackAreaOption,
  FeedbackAreaResultDto as FeedbackAreaResult,
  FeedbackCandidateDto as FeedbackCandidate,
  FeedbackQuestionnaireDto as FeedbackQuestionnaire,
  FeedbackRoundDto as FeedbackRound,
  FeedbackRoundOptionsDto as FeedbackRoundOptions,
  FeedbackRoundSummaryDto as FeedbackRoundSummary,
} from '../proxy/models';

/** The leader's 360° rounds, and the colleague's anonymous answer by the personal link. */
@Injectable({ providedIn: 'root' })
export class LeadershipFeedbackApi {
  private readonly api = inject(Api);

  options(): Promise<FeedbackRoundOptionsDto> {
    return this.api.invoke(getFeedbackRoundOptions);
  }

  candidates(filter: string): Promise<FeedbackCandidateDto[]> {
    return this.api.invoke(getFeedbackCandidates, { filter });
  }

  mine(): Promise<FeedbackRoundSummaryDto[]> {
    return this.api.invoke(getMyFeedbackRounds);
  }

  round(id: string): Promise<FeedbackRoundDto> {
    return this.api.invoke(getFeedbackRound, { id });
  }

  create(body: CreateFeedbackRoundInput): Promise<FeedbackRoundDto> {
    return this.api.invoke(createFeedbackRound, { body });
  }

  close(id: string): Promise<FeedbackRoundDto> {
    return this.api.invoke(closeFeedbackRound, { id });
  }

  remind(id: string): Promise<FeedbackRemindersDto> {
    return this.api.invoke(remindFeedbackInvitees, { id });
  }

  requestEvidence(id: string, areaId: string, level: number): Promise<FeedbackRoundDto> {
    return this.api.invoke(requestFeedbackEvidence, { id, body: { areaId, level } });
  }

  questionnaire(token: string): Promise<FeedbackQuestionnaireDto> {
    return this.api.invoke(getFeedbackQuestionnaire, { token });
  }

  answer(token: string, body: AnswerFeedbackInput): Promise<void> {
    return this.api.invoke(answerFeedback, { token, body });
  }
}
