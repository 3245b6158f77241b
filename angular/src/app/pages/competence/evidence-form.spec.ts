import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CompetenceArea, ProficiencyScale } from '../../data/competence-api';
import { pageTestProviders } from '../../testing/page-providers';
import { EvidenceForm, levelLabel, levelOptions, localDate } from './evidence-form';

const SCALE = {
  id: 's1',
  name: 'Ferdighetsnivå 1–4',
  levels: [
    { level: 2, name: 'Kunnskap' },
    { level: 1, name: 'Kjennskap' },
    { level: 3, name: 'Ferdighet' },
    { level: 4, name: 'Ekspert' },
  ],
} as ProficiencyScale;
const AREA = { id: 'a1', name: 'Personvern og GDPR', maxLevel: 3, scaleId: 's1' } as CompetenceArea;

describe('levelOptions', () => {
  it("offers the area's scale levels in order, up to the area's highest level", () => {
    expect(levelOptions(AREA, [SCALE])).toEqual([
      { level: 1, name: 'Kjennskap' },
      { level: 2, name: 'Kunnskap' },
      { level: 3, name: 'Ferdighet' },
    ]);
  });

  it('numbers the levels when the scale is unknown, and offers nothing without an area', () => {
    expect(levelOptions({ ...AREA, maxLevel: 2 }, [])).toEqual([
      { level: 1, name: '' },
      { level: 2, name: '' },
    ]);
    expect(levelOptions(undefined, [SCALE])).toEqual([]);
  });

  it('labels a level with its number and name', () => {
    expect(levelLabel(3, 'Ferdighet')).toBe('3 – Ferdighet');
    expect(levelLabel(3, null)).toBe('3');
  });

  it('writes dates in local time, as date inputs do', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('EvidenceForm', () => {
  let http: HttpTestingController;

  async function render(mode: 'upload' | 'assessment') {
    TestBed.configureTestingModule({ imports: [EvidenceForm], providers: pageTestProviders([]) });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(EvidenceForm);
    fixture.componentRef.setInput('mode', mode);
    fixture.componentRef.setInput('personId', 'p1');
    fixture.detectChanges();
    http
      .expectOne((r) => r.url.endsWith('/api/competence/areas'))
      .flush({ totalCount: 1, items: [AREA] });
    http
      .expectOne((r) => r.url.endsWith('/api/competence/scales'))
      .flush({ totalCount: 1, items: [SCALE] });
    await fixture.whenStable();
    return fixture;
  }

  function chooseFile(element: HTMLElement, file: File) {
    const input = element.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  const submit = (element: HTMLElement) =>
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

  it('uploads the claim and its file as one multipart form', async () => {
    const fixture = await render('upload');
    const element = fixture.nativeElement as HTMLElement;
    fixture.componentInstance.prefill('a1', 3, 'Masterclass i personvern');
    fixture.componentInstance.form.patchValue({ achievedOn: '2026-03-01' });
    chooseFile(element, new File(['%PDF-1.4'], 'kursbevis.pdf', { type: 'application/pdf' }));
    const saved: unknown[] = [];
    fixture.componentInstance.saved.subscribe((e) => saved.push(e));
    submit(element);

    const request = http.expectOne((r) => r.url.endsWith('/api/competence/my-evidence'));
    const body = request.request.body as FormData;
    expect(Object.fromEntries([...body.keys()].map((k) => [k, body.get(k)]))).toMatchObject({
      competenceAreaId: 'a1',
      level: '3',
      title: 'Masterclass i personvern',
      achievedOn: '2026-03-01',
    });
    expect(body.has('validUntil')).toBe(false);
    expect((body.get('file') as File).name).toBe('kursbevis.pdf');
    request.flush({ id: 'e1', state: 'Pending', title: 'Masterclass i personvern' });
    await vi.waitFor(() => expect(saved.length).toBe(1));
    // Ready for the next upload.
    expect(fixture.componentInstance.form.getRawValue().title).toBe('');
  });

  it("shows the server's errors at the file and the fields they are about", async () => {
    const fixture = await render('upload');
    const element = fixture.nativeElement as HTMLElement;
    fixture.componentInstance.form.patchValue({ competenceAreaId: 'a1', level: 3, title: 'X' });
    chooseFile(element, new File(['GIF89a'], 'diplom.pdf', { type: 'application/pdf' }));
    submit(element);
    http
      .expectOne((r) => r.url.endsWith('/api/competence/my-evidence'))
      .flush(
        {
          status: 400,
          title: 'Ugyldige data',
          errors: {
            file: ['Filen må være en PDF, PNG eller JPEG.'],
            achievedOn: ['Feltet må fylles ut.'],
          },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    fixture.detectChanges();

    const file = element.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(file.getAttribute('aria-invalid')).toBe('true');
    const fileError = element.querySelector(`#${file.id}-error`);
    expect(fileError?.textContent).toContain('Filen må være en PDF, PNG eller JPEG.');
    expect(file.getAttribute('aria-describedby')).toContain(`${file.id}-error`);
    const errors = [...element.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Feltet må fylles ut.']);
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Ui:Error.FixFields');
  });

  it('stops a file over 10 MB before uploading it', async () => {
    const fixture = await render('upload');
    const element = fixture.nativeElement as HTMLElement;
    const big = new File(['x'], 'stor.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    chooseFile(element, big);
    submit(element);
    fixture.detectChanges();
    http.expectNone((r) => r.url.endsWith('/api/competence/my-evidence'));
    expect(element.querySelector('.field-error')?.textContent).toContain(
      'Page:Competence.Upload.FileTooLarge',
    );
  });

  it('records an assessment as JSON, with empty dates as null and without a file', async () => {
    const fixture = await render('assessment');
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('input[type=file]')).toBeNull();
    fixture.componentInstance.prefill('a1', 2, 'Vurdering i medarbeidersamtale');
    fixture.componentInstance.form.patchValue({ achievedOn: '2026-02-01' });
    submit(element);
    const request = http.expectOne((r) => r.url.endsWith('/api/competence/people/p1/assessments'));
    expect(request.request.body).toEqual({
      competenceAreaId: 'a1',
      level: 2,
      title: 'Vurdering i medarbeidersamtale',
      achievedOn: '2026-02-01',
      validUntil: null,
    });
    request.flush({ id: 'e2' });
  });
});
