import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import type { QuizAttempt, QuizOverview } from '../../data/quiz-api';
import { pageTestProviders } from '../../testing/page-providers';
import { Permissions } from '../../core/permissions';
import { clock, QuizTakePage } from './quiz-take';

const text = (t: string) => ({ text: t, language: 'nb' });

const OVERVIEW: QuizOverview = {
  id: 'q1',
  courseId: 'c1',
  title: text('Prøve i taushetsplikt'),
  passMarkPercent: 80,
  attemptLimit: 3,
  timeLimitMinutes: 15,
  questionsPerAttempt: 3,
  attemptsLeft: 3,
  openAttemptId: null,
  bestScorePercent: null,
  passed: false,
  attempts: [],
};

const ATTEMPT: QuizAttempt = {
  id: 'a1',
  quizId: 'q1',
  courseId: 'c1',
  quizTitle: text('Prøve i taushetsplikt'),
  number: 1,
  state: 'InProgress',
  startedAt: '2026-12-05T09:00:00Z',
  deadline: '2026-12-05T09:15:00Z',
  // The server's clock: the countdown starts from its fifteen minutes, whatever the device's clock says.
  serverTime: '2026-12-05T09:00:00Z',
  answers: [],
  questions: [
    {
      id: 'single',
      kind: 'SingleChoice',
      text: text('Hvilken lov?'),
      points: 1,
      options: [
        { id: 'o1', text: text('Sosialtjenesteloven') },
        { id: 'o2', text: text('Folketrygdloven') },
      ],
      prompts: [],
      choices: [],
    },
    {
      id: 'short',
      kind: 'ShortAnswer',
      text: text('Hva kalles samtykket?'),
      points: 1,
      options: [],
      prompts: [],
      choices: [],
    },
    {
      id: 'match',
      kind: 'Matching',
      text: text('Koble sammen'),
      points: 2,
      options: [],
      prompts: [{ id: 'p1', text: text('Dagpenger') }],
      choices: [
        { id: 'x1', text: text('Kommunen') },
        { id: 'x2', text: text('Staten') },
      ],
    },
  ],
  result: null,
};

/** Lets the answered requests' promises resolve, then renders. */
async function settle(fixture: { detectChanges(): void; whenStable(): Promise<unknown> }) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
}

describe('QuizTakePage', () => {
  let http: HttpTestingController;

  function render() {
    TestBed.configureTestingModule({
      imports: [QuizTakePage],
      providers: [
        ...pageTestProviders([Permissions.ELearningView]),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { paramMap: convertToParamMap({ courseId: 'c1', quizId: 'q1' }) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(QuizTakePage);
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('answers each kind with its own control and sends only what the learner chose', async () => {
    const fixture = render();
    http.expectOne((r) => r.url.endsWith('/api/e-learning/quizzes/q1/overview')).flush(OVERVIEW);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Prøve i taushetsplikt');

    (element.querySelector('button') as HTMLButtonElement).click();
    http.expectOne((r) => r.url.endsWith('/api/e-learning/quizzes/q1/attempts')).flush(ATTEMPT);
    await settle(fixture);

    const fieldsets = [...element.querySelectorAll('fieldset')];
    expect(fieldsets.map((f) => f.querySelector('legend')?.textContent)).toEqual([
      expect.stringContaining('Hvilken lov?'),
      expect.stringContaining('Hva kalles samtykket?'),
      expect.stringContaining('Koble sammen'),
    ]);
    expect(fieldsets[0].querySelectorAll('input[type=radio]').length).toBe(2);
    expect(element.querySelector('[data-testid=quiz-timer]')?.textContent).toMatch(/1[45]:\d\d/);

    (fieldsets[0].querySelector('input[type=radio]') as HTMLInputElement).click();
    const input = fieldsets[1].querySelector('input') as HTMLInputElement;
    input.value = 'Samtykke';
    input.dispatchEvent(new Event('input'));
    const select = fieldsets[2].querySelector('select') as HTMLSelectElement;
    select.value = 'x2';
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();

    (
      element.querySelector('[data-testid=quiz-attempt] button[type=submit]') as HTMLButtonElement
    ).click();
    const submit = http.expectOne((r) =>
      r.url.endsWith('/api/e-learning/quizzes/attempts/a1/submit'),
    );
    expect(submit.request.body.answers).toEqual([
      { questionId: 'single', optionIds: ['o1'] },
      { questionId: 'short', text: 'Samtykke' },
      { questionId: 'match', matches: [{ promptId: 'p1', choiceId: 'x2' }] },
    ]);
    submit.flush({
      ...ATTEMPT,
      state: 'Submitted',
      submittedAt: '2026-12-05T09:05:00Z',
      result: {
        scorePercent: 100,
        pointsScored: 4,
        pointsPossible: 4,
        passMarkPercent: 80,
        passed: true,
        questions: [
          {
            questionId: 'single',
            outcome: 'Correct',
            points: 1,
            pointsPossible: 1,
            feedback: text('Sosialtjenesteloven § 44.'),
            optionFeedback: [],
            correctOptionIds: ['o1'],
            acceptedAnswers: [],
            correctMatches: [],
          },
        ],
      },
    });
    await settle(fixture);
    http.expectOne((r) => r.url.endsWith('/api/e-learning/quizzes/q1/overview')).flush(OVERVIEW);
    await settle(fixture);
    const result = element.querySelector('[data-testid=quiz-result]')!;
    expect(result.querySelector('[role=status]')?.textContent).toContain('Page:Quiz.Take.Score');
    expect(result.textContent).toContain('Sosialtjenesteloven § 44.');
    http.verify();
  });
});

describe('clock', () => {
  it('counts down in minutes and seconds, with hours when there are any, never below zero', () => {
    expect(clock(905)).toBe('15:05');
    expect(clock(59.6)).toBe('0:59');
    expect(clock(3725)).toBe('1:02:05');
    expect(clock(-3)).toBe('0:00');
  });
});
