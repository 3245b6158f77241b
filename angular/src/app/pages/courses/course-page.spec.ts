import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CourseOverview, LearnerCourse, PlayerLesson } from '../../data/course-api';
import { pageTestProviders } from '../../testing/page-providers';
import { CoursePage } from './course-page';

function text(value: string) {
  return { text: value, language: 'nb', isFallback: false };
}

function lesson(id: string, order: number, extra: Partial<PlayerLesson> = {}): PlayerLesson {
  return {
    id,
    order,
    kind: 'Text',
    title: text(`Leksjon ${order}`),
    body: null,
    attachments: [],
    viewedAt: null,
    completedAt: null,
    ...extra,
  } as PlayerLesson;
}

const OVERVIEW = {
  courseId: 'c1',
  code: 'EL-TEST-01',
  title: text('Samtaler som virker'),
  summary: text('Om gode samtaler'),
  description: text('Et kurs om samtaler'),
  category: 'Leadership',
  contentLanguage: 'nb',
  estimatedMinutes: 25,
  lessons: [],
  required: false,
  status: 'InProgress',
  enrolmentId: 'e1',
} as unknown as CourseOverview;

function course(lessons: PlayerLesson[], extra: Partial<LearnerCourse> = {}): LearnerCourse {
  return {
    enrolmentId: 'e1',
    courseId: 'c1',
    courseVersionId: 'v1',
    versionNumber: 1,
    newerVersionPublished: false,
    title: text('Samtaler som virker'),
    summary: text('Om gode samtaler'),
    description: text('Et kurs om samtaler'),
    category: 'Leadership',
    contentLanguage: 'nb',
    estimatedMinutes: 25,
    completionRule: 'AllLessons',
    source: 'Self',
    startedAt: '2026-12-01T09:00:00Z',
    lastLessonId: null,
    lessons,
    scormCompleted: false,
    completedAt: null,
    certificateCode: null,
    ...extra,
  } as unknown as LearnerCourse;
}

/** Lets the page's promise chains (answer → next request) run to their next request. */
async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
  for (let i = 0; i < 3; i++) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }
  fixture.detectChanges();
}

describe('CoursePage', () => {
  let http: HttpTestingController;

  async function render(learner: LearnerCourse) {
    TestBed.configureTestingModule({ imports: [CoursePage], providers: pageTestProviders([]) });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CoursePage);
    fixture.componentRef.setInput('courseId', 'c1');
    fixture.detectChanges();
    http.expectOne((r) => r.url.endsWith('/api/e-learning/catalogue/c1')).flush(OVERVIEW);
    await settle(fixture);
    http.expectOne((r) => r.url.endsWith('/api/e-learning/enrolments/e1')).flush(learner);
    await settle(fixture);
    return fixture;
  }

  afterEach(() => http.verify());

  it('resumes at the lesson the learner left, records it as viewed, and moves on when it is completed', async () => {
    const lessons = [
      lesson('l1', 1, { completedAt: '2026-12-01T09:10:00Z' }),
      lesson('l2', 2, { body: '<p>Hei <strong>leder</strong></p>' }),
      lesson('l3', 3),
    ];
    const fixture = await render(course(lessons, { lastLessonId: 'l2' }));
    const open = http.expectOne(
      (r) => r.method === 'POST' && r.url.endsWith('/enrolments/e1/lessons/l2/open'),
    );
    const viewed = [lessons[0], { ...lessons[1], viewedAt: '2026-12-02T10:00:00Z' }, lessons[2]];
    open.flush(course(viewed, { lastLessonId: 'l2' }));
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;

    const body = element.querySelector('[data-testid=lesson-body]')!;
    expect(body.querySelector('strong')?.textContent).toBe('leder');
    expect(element.querySelector('[data-testid=course-progress]')?.textContent).toContain(
      'Page:Courses.Player.Progress',
    );
    (element.querySelector('[data-testid=complete-lesson]') as HTMLButtonElement).click();

    const completed = [viewed[0], { ...viewed[1], completedAt: '2026-12-02T10:05:00Z' }, viewed[2]];
    http
      .expectOne((r) => r.method === 'POST' && r.url.endsWith('/enrolments/e1/lessons/l2/complete'))
      .flush(course(completed, { lastLessonId: 'l2' }));
    await settle(fixture);
    http
      .expectOne((r) => r.method === 'POST' && r.url.endsWith('/enrolments/e1/lessons/l3/open'))
      .flush(course(completed, { lastLessonId: 'l3' }));
    await settle(fixture);
    expect(element.querySelector('[data-testid=lesson] h2')?.textContent).toContain('Leksjon 3');
  });

  it('shows a video with its captions and transcript, and links a quiz without letting it be marked completed', async () => {
    const lessons = [
      lesson('l1', 1, {
        kind: 'Video',
        mediaUrl: '/api/e-learning/files/f-video?access=t1',
        captionsUrl: '/api/e-learning/files/f-vtt?access=t2',
        transcript: 'Velkommen til kurset.',
      }),
      lesson('l2', 2, { kind: 'Quiz', quizId: 'q1' }),
    ];
    const fixture = await render(course(lessons));
    http.expectOne((r) => r.url.endsWith('/lessons/l1/open')).flush(course(lessons));
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;

    const video = element.querySelector('video')!;
    expect(video.getAttribute('src')).toContain('/api/e-learning/files/f-video?access=t1');
    const track = video.querySelector('track')!;
    expect(track.getAttribute('kind')).toBe('captions');
    expect(track.getAttribute('src')).toContain('/api/e-learning/files/f-vtt?access=t2');
    expect(element.querySelector('[data-testid=lesson-transcript]')?.textContent).toContain(
      'Velkommen til kurset.',
    );

    (element.querySelector('[data-testid=lesson-2]') as HTMLButtonElement).click();
    http.expectOne((r) => r.url.endsWith('/lessons/l2/open')).flush(course(lessons));
    await settle(fixture);
    const quizLink = element.querySelector('[data-testid=lesson] a') as HTMLAnchorElement;
    expect(quizLink.getAttribute('href')).toBe('/courses/c1/quiz/q1');
    expect(element.querySelector('[data-testid=complete-lesson]')).toBeNull();
  });
});
