import type { LearnerCourse, PlayerLesson } from '../../data/course-api';
import {
  completedByLearner,
  lessonStateKey,
  nextLesson,
  progressPercent,
  resumeLesson,
} from './course-format';

function lesson(id: string, extra: Partial<PlayerLesson> = {}): PlayerLesson {
  return {
    id,
    order: Number(id.replace('l', '')),
    kind: 'Text',
    title: { text: id, language: 'nb', isFallback: false },
    attachments: [],
    ...extra,
  } as PlayerLesson;
}

function course(lessons: PlayerLesson[], extra: Partial<LearnerCourse> = {}): LearnerCourse {
  return { lessons, ...extra } as LearnerCourse;
}

describe('course player', () => {
  it('resumes at the lesson the learner left, else the first not completed', () => {
    const lessons = [
      lesson('l1', { completedAt: '2026-12-01T10:00:00Z' }),
      lesson('l2'),
      lesson('l3'),
    ];
    expect(resumeLesson(course(lessons, { lastLessonId: 'l3' }))?.id).toBe('l3');
    expect(resumeLesson(course(lessons))?.id).toBe('l2');
    expect(resumeLesson(course(lessons, { lastLessonId: 'gone' }))?.id).toBe('l2');
  });

  it('opens a completed course at its first lesson', () => {
    const done = { completedAt: '2026-12-01T10:00:00Z' };
    expect(resumeLesson(course([lesson('l1', done), lesson('l2', done)]))?.id).toBe('l1');
  });

  it('moves to the next lesson in order and stops after the last', () => {
    const c = course([lesson('l1'), lesson('l2')]);
    expect(nextLesson(c, 'l1')?.id).toBe('l2');
    expect(nextLesson(c, 'l2')).toBeUndefined();
  });

  it('lets the learner complete text, video and file lessons only', () => {
    expect(completedByLearner(lesson('l1', { kind: 'Text' }))).toBe(true);
    expect(completedByLearner(lesson('l1', { kind: 'Video' }))).toBe(true);
    expect(completedByLearner(lesson('l1', { kind: 'File' }))).toBe(true);
    expect(completedByLearner(lesson('l1', { kind: 'Quiz' }))).toBe(false);
    expect(completedByLearner(lesson('l1', { kind: 'ScormPackage' }))).toBe(false);
  });

  it('counts progress by completed lessons, and a completed course as whole', () => {
    const lessons = [lesson('l1', { completedAt: 'x' }), lesson('l2'), lesson('l3')];
    expect(progressPercent(course(lessons))).toBe(33);
    expect(progressPercent(course(lessons, { completedAt: 'x' }))).toBe(100);
    expect(progressPercent(course([]))).toBe(0);
  });

  it('names a lesson completed, viewed or not started', () => {
    expect(lessonStateKey(lesson('l1', { completedAt: 'x', viewedAt: 'x' }))).toBe(
      'Page:Courses.Lesson.Completed',
    );
    expect(lessonStateKey(lesson('l1', { viewedAt: 'x' }))).toBe('Page:Courses.Lesson.Viewed');
    expect(lessonStateKey(lesson('l1'))).toBe('Page:Courses.Lesson.NotStarted');
  });
});
