import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  approveFreeText,
  getFreeTextReview,
  getFreeTextReviewEvaluations,
  getPulseSettings,
  redactFreeText,
  savePulseSettings,
} from '../proxy/functions';
import type {
  FreeTextAnswerDto,
  FreeTextReviewDto,
  FreeTextReviewEvaluationDto,
  PulseSettingsDto,
  SavePulseSettingsInput,
} from '../proxy/models';

export type {
  FreeTextAnswerDto as FreeTextAnswer,
  FreeTextReviewDto as FreeTextReview,
  FreeTextReviewEvaluationDto as FreeTextReviewEvaluation,
  PulseQuestionSetOptionDto as PulseQuestionSetOption,
  PulseSettingsDto as PulseSettings,
  SavePulseSettingsInput,
} from '../proxy/models';

/** The review of free-text answers before anyone else sees them, and the pulse after gatherings and meetings. */
@Injectable({ providedIn: 'root' })
export class EvaluationReviewApi {
  private readonly api = inject(Api);

  evaluations(): Promise<FreeTextReviewEvaluationDto[]> {
    return this.api.invoke(getFreeTextReviewEvaluations) as Promise<FreeTextReviewEvaluationDto[]>;
  }

  review(evaluationId: string): Promise<FreeTextReviewDto> {
    return this.api.invoke(getFreeTextReview, { evaluationId });
  }

  approve(evaluationId: string, key: string): Promise<FreeTextAnswerDto> {
    return this.api.invoke(approveFreeText, { evaluationId, answerKey: key });
  }

  /** The text replaces the answer for good. */
  redact(evaluationId: string, key: string, text: string): Promise<FreeTextAnswerDto> {
    return this.api.invoke(redactFreeText, { evaluationId, answerKey: key, body: { text } });
  }

  pulseSettings(): Promise<PulseSettingsDto> {
    return this.api.invoke(getPulseSettings);
  }

  savePulseSettings(input: SavePulseSettingsInput): Promise<PulseSettingsDto> {
    return this.api.invoke(savePulseSettings, { body: input });
  }
}
