import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  addQuizQuestion,
  createQuiz,
  deleteQuiz,
  deleteQuizQuestion,
  getCourseQuizzes,
  getQuiz,
  getQuizAttempt,
  getQuizOverview,
  saveQuizAnswers,
  startQuizAttempt,
  submitQuizAttempt,
  updateQuiz,
  updateQuizQuestion,
} from '../proxy/functions';
import type {
  QuizAnswerDto,
  QuizAttemptDto,
  QuizDto,
  QuizOverviewDto,
  QuizSummaryDto,
  SaveQuestionInput,
  SaveQuizInput,
} from '../proxy/models';

export type {
  QuestionDto as Question,
  QuestionKind,
  QuestionOutcome,
  QuizAnswerDto as QuizAnswer,
  QuizAttemptDto as QuizAttempt,
  QuizAttemptQuestionDto as QuizAttemptQuestion,
  QuizAttemptState,
  QuizAttemptSummaryDto as QuizAttemptSummary,
  QuizDto as Quiz,
  QuizLocalTextDto as QuizLocalText,
  QuizOverviewDto as QuizOverview,
  QuizQuestionFeedbackDto as QuizQuestionFeedback,
  QuizSummaryDto as QuizSummary,
  QuizTextDto as QuizText,
  QuizTextInput,
  SaveQuestionInput,
  SaveQuizInput,
} from '../proxy/models';

export const QUESTION_KINDS = [
  'SingleChoice',
  'MultipleChoice',
  'TrueFalse',
  'ShortAnswer',
  'Matching',
] as const;

/** Quizzes: written by course editors, taken by learners; scoring happens on the server only. */
@Injectable({ providedIn: 'root' })
export class QuizApi {
  private readonly api = inject(Api);

  forCourse(courseId: string): Promise<QuizSummaryDto[]> {
    return this.api.invoke(getCourseQuizzes, { courseId });
  }

  get(id: string): Promise<QuizDto> {
    return this.api.invoke(getQuiz, { id });
  }

  create(body: SaveQuizInput): Promise<QuizDto> {
    return this.api.invoke(createQuiz, { body });
  }

  update(id: string, body: SaveQuizInput): Promise<QuizDto> {
    return this.api.invoke(updateQuiz, { id, body });
  }

  remove(id: string): Promise<void> {
    return this.api.invoke(deleteQuiz, { id });
  }

  addQuestion(id: string, body: SaveQuestionInput): Promise<QuizDto> {
    return this.api.invoke(addQuizQuestion, { id, body });
  }

  updateQuestion(id: string, questionId: string, body: SaveQuestionInput): Promise<QuizDto> {
    return this.api.invoke(updateQuizQuestion, { id, questionId, body });
  }

  removeQuestion(id: string, questionId: string): Promise<QuizDto> {
    return this.api.invoke(deleteQuizQuestion, { id, questionId });
  }

  overview(id: string): Promise<QuizOverviewDto> {
    return this.api.invoke(getQuizOverview, { id });
  }

  /** The learner's open attempt, or a new one. */
  start(id: string): Promise<QuizAttemptDto> {
    return this.api.invoke(startQuizAttempt, { id });
  }

  attempt(attemptId: string): Promise<QuizAttemptDto> {
    return this.api.invoke(getQuizAttempt, { attemptId });
  }

  saveAnswers(attemptId: string, answers: QuizAnswerDto[]): Promise<QuizAttemptDto> {
    return this.api.invoke(saveQuizAnswers, { attemptId, body: { answers } });
  }

  /** Scores the attempt; sending it again returns the first result. */
  submit(attemptId: string, answers: QuizAnswerDto[]): Promise<QuizAttemptDto> {
    return this.api.invoke(submitQuizAttempt, { attemptId, body: { answers } });
  }
}
