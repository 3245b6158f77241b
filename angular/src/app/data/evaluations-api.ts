import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { downloadBlob } from './download';
import { Api } from '../proxy/api';
import {
  answerEvaluation,
  compareEvaluations,
  createEvaluation,
  createQuestionSet,
  exportEvaluationResults,
  getEvaluation,
  getEvaluationForm,
  getEvaluationResults,
  getEvaluations,
  getEvaluationTargets,
  getMyEvaluations,
  getQuestionSet,
  getQuestionSets,
  updateQuestionSet,
} from '../proxy/functions';
import type {
  AnswerEvaluationInput,
  AnswerFormDto,
  ComparisonDto,
  CreateEvaluationInput,
  EvaluationDto,
  EvaluationQuestionKind,
  EvaluationResultsDto,
  EvaluationTargetOptionDto,
  MyEvaluationDto,
  QuestionSetDto,
  QuestionSetSummaryDto,
  SaveQuestionSetInput,
  TranslatedTextDto,
} from '../proxy/models';

export type {
  AnswerEvaluationInput as EvaluationAnswer,
  AnswerFormDto as EvaluationForm,
  AnswerQuestionDto as EvaluationFormQuestion,
  ComparisonDto as EvaluationComparison,
  CreateEvaluationInput as NewEvaluation,
  EvaluationDto as ManagedEvaluation,
  EvaluationQuestionKind,
  EvaluationResultsDto as EvaluationResults,
  EvaluationTargetKind,
  EvaluationTargetOptionDto as EvaluationTargetOption,
  MyEvaluationDto as MyEvaluation,
  QuestionResultDto as QuestionResult,
  QuestionSetSummaryDto as QuestionSetSummary,
  SaveQuestionSetInput,
} from '../proxy/models';

/** A question of a question set as the API returns it for editing. */
export interface QuestionSetQuestion {
  id: string;
  order: number;
  kind: EvaluationQuestionKind;
  text: TranslatedTextDto;
  options: TranslatedTextDto[];
}

/** A question set with its questions in all three languages. */
export type QuestionSet = Omit<QuestionSetDto, 'questions'> & { questions: QuestionSetQuestion[] };

/** Anonymous evaluations: answering one's own, building question sets, opening evaluations, results. */
@Injectable({ providedIn: 'root' })
export class EvaluationsApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);

  mine(): Promise<MyEvaluationDto[]> {
    return this.api.invoke(getMyEvaluations) as Promise<MyEvaluationDto[]>;
  }

  form(id: string): Promise<AnswerFormDto> {
    return this.api.invoke(getEvaluationForm, { id });
  }

  answer(id: string, input: AnswerEvaluationInput): Promise<void> {
    return this.api.invoke(answerEvaluation, { id, body: input });
  }

  questionSets(): Promise<QuestionSetSummaryDto[]> {
    return this.api.invoke(getQuestionSets) as Promise<QuestionSetSummaryDto[]>;
  }

  questionSet(id: string): Promise<QuestionSet> {
    // The generated model names the quiz question; the body holds evaluation questions.
    return this.api.invoke(getQuestionSet, { id }) as unknown as Promise<QuestionSet>;
  }

  createQuestionSet(input: SaveQuestionSetInput): Promise<QuestionSet> {
    return this.api.invoke(createQuestionSet, { body: input }) as unknown as Promise<QuestionSet>;
  }

  updateQuestionSet(id: string, input: SaveQuestionSetInput): Promise<QuestionSet> {
    return this.api.invoke(updateQuestionSet, {
      id,
      body: input,
    }) as unknown as Promise<QuestionSet>;
  }

  evaluations(): Promise<EvaluationDto[]> {
    return this.api.invoke(getEvaluations) as Promise<EvaluationDto[]>;
  }

  evaluation(id: string): Promise<EvaluationDto> {
    return this.api.invoke(getEvaluation, { id });
  }

  /** The set's results side by side per cohort, each cohort hidden below the threshold. */
  compare(questionSetId: string): Promise<ComparisonDto> {
    return this.api.invoke(compareEvaluations, { questionSetId });
  }

  targets(): Promise<EvaluationTargetOptionDto[]> {
    return this.api.invoke(getEvaluationTargets) as Promise<EvaluationTargetOptionDto[]>;
  }

  createEvaluation(input: CreateEvaluationInput): Promise<EvaluationDto> {
    return this.api.invoke(createEvaluation, { body: input });
  }

  results(id: string): Promise<EvaluationResultsDto> {
    return this.api.invoke(getEvaluationResults, { id });
  }

  exportResults(id: string, format: 'Csv' | 'Xlsx'): Observable<HttpEvent<Blob>> {
    return downloadBlob(this.http, exportEvaluationResults.PATH.replace('{id}', id), { format });
  }
}
