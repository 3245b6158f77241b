import type { LearnerCourse, PlayerLesson } from '../../data/course-api';

/**
 * The lesson the player opens: where the learner left off, else the first lesson not completed,
 * else the first one (a completed course opens at its start).
 */
export function resumeLesson(course: LearnerCourse): PlayerLesson | undefined {
  const lessons = course.lessons;
  return (
    lessons.find((l) => l.id === course.lastLessonId) ??
    lessons.find((l) => !l.completedAt) ??
    lessons[0]
  );
}

/** The lesson after `lessonId` in the course's order, if any. */
export function nextLesson(course: LearnerCourse, lessonId: string): PlayerLesson | undefined {
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  return index >= 0 ? course.lessons[index + 1] : undefined;
}

/** Text, video and file lessons are completed by the learner; quizzes and SCORM by their result. */
export function completedByLearner(lesson: PlayerLesson): boolean {
  return lesson.kind === 'Text' || lesson.kind === 'Video' || lesson.kind === 'File';
}

/** Lessons completed, of all, as a whole percentage. */
export function progressPercent(course: LearnerCourse): number {
  if (course.completedAt) return 100;
  if (course.lessons.length === 0) return 0;
  const done = course.lessons.filter((l) => l.completedAt).length;
  return Math.floor((done * 100) / course.lessons.length);
}

/** The key of a lesson's state in the outline. */
export function lessonStateKey(lesson: PlayerLesson): string {
  if (lesson.completedAt) return 'Page:Courses.Lesson.Completed';
  if (lesson.viewedAt) return 'Page:Courses.Lesson.Viewed';
  return 'Page:Courses.Lesson.NotStarted';
}

// Keys are spelled out so the translation-key test can find them.
const CONTENT_LANGUAGE_KEYS: Record<string, string> = {
  nb: 'Page:Courses.ContentLanguage.nb',
  nn: 'Page:Courses.ContentLanguage.nn',
  en: 'Page:Courses.ContentLanguage.en',
  se: 'Page:Courses.ContentLanguage.se',
};

/** The name of a content language (nb, nn, en, se) as a text key. */
export function contentLanguageKey(language: string): string {
  return CONTENT_LANGUAGE_KEYS[language] ?? language;
}
