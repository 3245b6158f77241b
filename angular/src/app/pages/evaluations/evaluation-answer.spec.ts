import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import type { EvaluationForm } from '../../data/evaluations-api';
import { pageTestProviders } from '../../testing/page-providers';
import { EvaluationAnswerPage } from './evaluation-answer';

const FORM: EvaluationForm = {
  id: 'e1',
  title: 'Samling 2',
  answered: false,
  closesAt: '2026-12-12T12:00:00Z',
  questions: [
    {
      id: 'q2',
      order: 2,
      kind: 'SingleChoice',
      language: 'nb',
      options: ['Ja', 'Nei'],
      text: 'Kom du?',
    },
    { id: 'q1', order: 1, kind: 'Likert', language: 'nb', options: [], text: 'Var det nyttig?' },
    { id: 'q3', order: 3, kind: 'FreeText', language: 'nb', options: [], text: 'Hva mer?' },
  ],
};

async function open(id = 'e1') {
  TestBed.configureTestingModule({
    imports: [EvaluationAnswerPage],
    providers: pageTestProviders([Permissions.EvaluationsAnswer]),
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(EvaluationAnswerPage);
  fixture.componentRef.setInput('id', id);
  fixture.detectChanges();
  await vi.waitFor(() =>
    http.expectOne((r) => r.url.endsWith('/api/evaluations/mine/e1')).flush(FORM),
  );
  await fixture.whenStable();
  fixture.detectChanges();
  return { http, fixture, element: fixture.nativeElement as HTMLElement };
}

describe('EvaluationAnswerPage', () => {
  it('asks the questions in order and sends the scale, the chosen option and the text', async () => {
    const { http, fixture, element } = await open();
    const legends = [...element.querySelectorAll('legend')].map((l) => l.textContent?.trim());
    expect(legends).toEqual(['Var det nyttig?', 'Kom du?']);

    const scale = element.querySelectorAll<HTMLInputElement>('[data-testid=question-0] input');
    expect(scale.length).toBe(5);
    scale[3].click();
    element.querySelectorAll<HTMLInputElement>('[data-testid=question-1] input')[1].click();
    const text = element.querySelector('textarea') as HTMLTextAreaElement;
    text.value = '  Mer tid til samtale. ';
    text.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    await fixture.whenStable();
    (element.querySelector('[data-testid=evaluation-send]') as HTMLButtonElement).click();

    const request = http.expectOne((r) => r.url.endsWith('/api/evaluations/mine/e1/answer'));
    expect(request.request.body).toEqual({
      answers: [
        { questionId: 'q1', value: 4, text: null },
        { questionId: 'q2', value: 1, text: null },
        { questionId: 'q3', value: null, text: 'Mer tid til samtale.' },
      ],
    });
    request.flush(null);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=evaluation-thanks]')).not.toBeNull();
  });

  it('shows the reason when the answer is refused', async () => {
    const { http, fixture, element } = await open();
    (element.querySelector('[data-testid=evaluation-send]') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.url.endsWith('/api/evaluations/mine/e1/answer'))
      .flush(
        { status: 409, title: 'Evalueringen er stengt.', detail: 'Evalueringen er stengt.' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.textContent).toContain('Evalueringen er stengt.');
    expect(element.querySelector('[data-testid=evaluation-thanks]')).toBeNull();
  });
});
