import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { FormGroup } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import {
  QuizAnswer,
  QuizApi,
  QuizAttempt,
  QuizAttemptQuestion,
  QuizOverview,
  QuizQuestionFeedback,
} from '../../data/quiz-api';
import { Alert } from '../../shared/alert';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { FormSubmission } from '../../shared/form-submission';
import { AppDatePipe } from '../../shared/date-format';

/** Seconds as m:ss (or h:mm:ss), for the countdown. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * Taking a quiz: its rules and the learner's attempt history, then one attempt — every question
 * answered with the control its kind needs, a countdown from the server's deadline, and after
 * submission the score with feedback per question and the correct answers.
 */
@Component({
  selector: 'app-quiz-take',
  imports: [
    RouterLink,
    TranslatePipe,
    EnumLabelPipe,
    AppDatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    Alert,
  ],
  templateUrl: './quiz-take.html',
  styleUrl: './quiz-take.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizTakePage {
  private readonly api = inject(QuizApi);
  private readonly route = inject(ActivatedRoute);

  protected readonly courseId = this.route.snapshot.paramMap.get('courseId') ?? '';
  private readonly quizId = this.route.snapshot.paramMap.get('quizId') ?? '';

  protected readonly overview = signal<QuizOverview | null>(null);
  protected readonly attempt = signal<QuizAttempt | null>(null);
  protected readonly loading = signal(true);
  protected readonly submission = new FormSubmission();
  /** The answers as the learner gives them, by question. */
  protected readonly answers = signal<Record<string, QuizAnswer>>({});
  /** Seconds left before the server's deadline, counted on the server's clock. */
  protected readonly secondsLeft = signal<number | null>(null);
  protected readonly lastMinute = computed(() => (this.secondsLeft() ?? 99) <= 60);

  private timer: ReturnType<typeof setInterval> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopTimers());
    // Texts come resolved in the reader's language: another language reads the quiz again.
    const language = inject(LanguageService);
    let first = true;
    effect(() => {
      language.current();
      if (first) {
        first = false;
        void this.load();
      } else void untracked(() => this.reload());
    });
  }

  private async reload(): Promise<void> {
    const attempt = this.attempt();
    this.overview.set(await this.api.overview(this.quizId));
    if (attempt) await this.refresh(attempt.id);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const overview = await this.api.overview(this.quizId);
      this.overview.set(overview);
      if (overview.openAttemptId) this.show(await this.api.attempt(overview.openAttemptId));
    } catch (error) {
      this.submission.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected clock(seconds: number): string {
    return clock(seconds);
  }

  protected async start(): Promise<void> {
    const attempt = await this.submission.run(this.formless, () => this.api.start(this.quizId));
    if (attempt) this.show(attempt);
  }

  protected async submit(): Promise<void> {
    const current = this.attempt();
    if (!current) return;
    clearTimeout(this.saveTimer);
    const attempt = await this.submission.run(this.formless, () =>
      this.api.submit(current.id, Object.values(this.answers())),
    );
    if (attempt) this.show(attempt);
    else await this.refresh(current.id);
    this.overview.set(await this.api.overview(this.quizId));
  }

  protected async backToOverview(): Promise<void> {
    this.attempt.set(null);
    this.overview.set(await this.api.overview(this.quizId));
  }

  protected async review(attemptId: string): Promise<void> {
    await this.refresh(attemptId);
  }

  // Answer keeping ------------------------------------------------------------------------------

  protected chosen(question: QuizAttemptQuestion, optionId: string): boolean {
    return this.answers()[question.id]?.optionIds?.includes(optionId) ?? false;
  }

  protected choose(question: QuizAttemptQuestion, optionId: string): void {
    this.answer(question, { optionIds: [optionId] });
  }

  protected toggle(question: QuizAttemptQuestion, optionId: string, on: boolean): void {
    const current = this.answers()[question.id]?.optionIds ?? [];
    const next = on
      ? [...current.filter((id) => id !== optionId), optionId]
      : current.filter((id) => id !== optionId);
    this.answer(question, { optionIds: next });
  }

  protected written(question: QuizAttemptQuestion): string {
    return this.answers()[question.id]?.text ?? '';
  }

  protected write(question: QuizAttemptQuestion, text: string): void {
    this.answer(question, { text });
  }

  protected matched(question: QuizAttemptQuestion, promptId: string): string {
    return (
      this.answers()[question.id]?.matches?.find((m) => m.promptId === promptId)?.choiceId ?? ''
    );
  }

  protected match(question: QuizAttemptQuestion, promptId: string, choiceId: string): void {
    const others = (this.answers()[question.id]?.matches ?? []).filter(
      (m) => m.promptId !== promptId,
    );
    this.answer(question, { matches: choiceId ? [...others, { promptId, choiceId }] : others });
  }

  private answer(question: QuizAttemptQuestion, part: Partial<QuizAnswer>): void {
    this.answers.update((all) => ({ ...all, [question.id]: { questionId: question.id, ...part } }));
    // Answers are kept on the server as the learner goes, so a closed tab or a deadline loses little.
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveProgress(), 1500);
  }

  private async saveProgress(): Promise<void> {
    const attempt = this.attempt();
    if (!attempt || attempt.state !== 'InProgress') return;
    try {
      await this.api.saveAnswers(attempt.id, Object.values(this.answers()));
    } catch {
      // A failed save is retried with the next answer or on submission, which reports any error.
    }
  }

  // Result --------------------------------------------------------------------------------------

  protected feedbackOf(question: QuizAttemptQuestion): QuizQuestionFeedback | undefined {
    return this.attempt()?.result?.questions.find((q) => q.questionId === question.id);
  }

  protected correctOptions(question: QuizAttemptQuestion): string[] {
    const ids = this.feedbackOf(question)?.correctOptionIds ?? [];
    return question.options.filter((o) => ids.includes(o.id)).map((o) => o.text.text);
  }

  protected correctMatches(question: QuizAttemptQuestion): { prompt: string; choice: string }[] {
    return (this.feedbackOf(question)?.correctMatches ?? []).map((m) => ({
      prompt: question.prompts.find((p) => p.id === m.promptId)?.text.text ?? '',
      choice: question.choices.find((c) => c.id === m.choiceId)?.text.text ?? '',
    }));
  }

  // ---------------------------------------------------------------------------------------------

  /** The answers live in signals, not in a form: errors show in the page's alert. */
  private readonly formless = new FormGroup({});

  private async refresh(attemptId: string): Promise<void> {
    try {
      this.show(await this.api.attempt(attemptId));
    } catch (error) {
      this.submission.fail(error);
    }
  }

  private show(attempt: QuizAttempt): void {
    this.attempt.set(attempt);
    this.answers.set(Object.fromEntries(attempt.answers.map((a) => [a.questionId, a])));
    this.stopTimers();
    if (attempt.state === 'InProgress' && attempt.deadline) {
      // The deadline on the server's clock: the device's clock may be wrong, the elapsed time is not.
      const offset = Date.parse(attempt.serverTime) - Date.now();
      const deadline = Date.parse(attempt.deadline);
      const tick = () => {
        const left = (deadline - (Date.now() + offset)) / 1000;
        this.secondsLeft.set(Math.max(0, Math.round(left)));
        if (left <= 0) {
          this.stopTimers();
          void this.submit();
        }
      };
      tick();
      this.timer = setInterval(tick, 1000);
    } else {
      this.secondsLeft.set(null);
    }
  }

  private stopTimers(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
