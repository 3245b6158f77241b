import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Permissions } from '../../core/permissions';
import type { CourseEditor, CourseFile, Lesson } from '../../data/course-editor-api';
import { pageTestProviders } from '../../testing/page-providers';
import { LessonEditPage } from './lesson-edit';

const text = (nb: string) => ({
  nb,
  nn: null,
  en: null,
  text: nb,
  language: 'nb',
  isFallback: false,
});

function course(lessons: Lesson[] = [], canEdit = true): CourseEditor {
  return {
    id: 'c1',
    code: 'EL-TEST-01',
    publishedVersionId: null,
    draftVersionId: 'v1',
    concurrencyStamp: 'course-stamp',
    versions: [],
    version: {
      id: 'v1',
      courseId: 'c1',
      code: 'EL-TEST-01',
      number: 1,
      status: 'Draft',
      statusText: 'Utkast',
      publishedAt: null,
      title: text('NAV-loven'),
      summary: text(''),
      description: text(''),
      category: 'LawAndRegulations',
      contentLanguage: 'nb',
      estimatedMinutes: 30,
      targetJobRoleIds: [],
      grants: [],
      completionRules: ['AllLessons'],
      lessons,
      canEdit,
      concurrencyStamp: 'stamp-1',
    },
  };
}

/** Lets the page's awaited calls finish and shows what they changed. */
async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  fixture.detectChanges();
}

describe('LessonEditPage', () => {
  let http: HttpTestingController;

  async function render(lessonId?: string, editor = course()) {
    TestBed.configureTestingModule({
      imports: [LessonEditPage],
      providers: pageTestProviders([Permissions.ELearningEdit]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(LessonEditPage);
    fixture.componentRef.setInput('courseId', 'c1');
    if (lessonId) fixture.componentRef.setInput('lessonId', lessonId);
    fixture.detectChanges();
    http.expectOne((r) => r.url.endsWith('/api/e-learning/courses/c1')).flush(editor);
    await settle(fixture);
    return fixture;
  }

  afterEach(() => http.verify());

  it('adds a text lesson with the written text and the stamp of the version it was written on', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const title = element.querySelector<HTMLInputElement>('#lesson-title-nb')!;
    title.value = 'Innledning';
    title.dispatchEvent(new Event('input'));
    const component = fixture.componentInstance as unknown as {
      form: { controls: { body: { setValue(v: string): void } } };
    };
    component.form.controls.body.setValue('<h2>Velkommen</h2><p>Les dette først.</p>');
    element.querySelector<HTMLButtonElement>('#save-lesson')!.click();

    const post = http.expectOne(
      (r) => r.method === 'POST' && r.url.endsWith('/api/e-learning/courses/c1/draft/lessons'),
    );
    expect(post.request.body).toMatchObject({
      kind: 'Text',
      title: { nb: 'Innledning', nn: null, en: null },
      body: '<h2>Velkommen</h2><p>Les dette først.</p>',
      attachmentFileIds: [],
      mediaFileId: null,
      concurrencyStamp: 'stamp-1',
    });
    post.flush(course());
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/course-editor/c1']);
  });

  it('keeps the files of a video lesson and shows the server field error on the video', async () => {
    const video: CourseFile = {
      id: 'f1',
      purpose: 'Video',
      fileName: 'film.mp4',
      contentType: 'video/mp4',
      length: 10,
      url: '/x',
    };
    const lesson: Lesson = {
      id: 'l1',
      order: 1,
      kind: 'Video',
      kindText: 'Video',
      title: text('Film'),
      body: null,
      mediaFile: video,
      captionsFile: null,
      transcript: 'Hei',
      attachments: [],
      scormPackageId: null,
      quizId: null,
      isReady: true,
    };
    const fixture = await render('l1', course([lesson]));
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('film.mp4');
    expect(element.querySelector<HTMLTextAreaElement>('#lesson-transcript')!.value).toBe('Hei');
    element.querySelector<HTMLButtonElement>('#save-lesson')!.click();

    const put = http.expectOne(
      (r) => r.method === 'PUT' && r.url.endsWith('/api/e-learning/courses/c1/draft/lessons/l1'),
    );
    expect(put.request.body).toMatchObject({ kind: 'Video', mediaFileId: 'f1', transcript: 'Hei' });
    put.flush(
      { status: 400, errors: { mediaFileId: ['Ukjent verdi.'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(element.textContent).toContain('Ukjent verdi.');
  });

  it('tells an editor that a published version is not edited', async () => {
    const fixture = await render(undefined, course([], false));
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('form')).toBeNull();
    expect(element.textContent).toContain('Page:CourseEditor.Course.ReadOnly');
  });
});
