import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Permissions } from '../../core/permissions';
import { pageTestProviders } from '../../testing/page-providers';
import { CompetenceAreaEditPage } from './area-edit';

describe('CompetenceAreaEditPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [CompetenceAreaEditPage],
      providers: pageTestProviders([Permissions.CompetenceManageCatalogue]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CompetenceAreaEditPage);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url.endsWith('/api/competence/categories'))
      .flush({ totalCount: 1, items: [{ id: 'c1', name: 'Ledelse' }] });
    http
      .expectOne((r) => r.url.endsWith('/api/competence/scales'))
      .flush({ totalCount: 1, items: [{ id: 's1', name: 'Ferdighetsnivå 1–4', levels: [] }] });
    await fixture.whenStable();
    return fixture;
  }

  const field = (element: HTMLElement, legendKey: string, language: string) => {
    const fieldset = [...element.querySelectorAll('fieldset')].find((f) =>
      f.querySelector('legend')?.textContent?.includes(legendKey),
    )!;
    return fieldset.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[data-language=${language}]`,
    )!;
  };

  it('sends name and description in three languages and shows errors at each language', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const code = element.querySelector<HTMLInputElement>('input[formcontrolname=code]')!;
    code.value = 'etikk';
    code.dispatchEvent(new Event('input'));
    const nb = field(element, 'Field:Name', 'nb');
    nb.value = 'Profesjonsetikk';
    nb.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    const post = http.expectOne((r) => r.method === 'POST' && r.url.endsWith('/competence/areas'));
    expect(post.request.body).toEqual({
      code: 'etikk',
      categoryId: null,
      scaleId: null,
      name: { nb: 'Profesjonsetikk', nn: '', en: '' },
      description: { nb: '', nn: '', en: '' },
    });
    post.flush(
      {
        status: 400,
        errors: {
          CategoryId: ['Må fylles ut.'],
          'name.nn': ['Må fylles ut.'],
          'description.en': ['Kan ha høyst 2000 tegn.'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const errorOf = (input: Element) =>
      input.closest('mat-form-field')!.querySelector('mat-error')?.textContent ?? null;
    expect(errorOf(field(element, 'Field:Name', 'nn'))).toContain('Må fylles ut.');
    expect(errorOf(field(element, 'Field:Name', 'nb'))).toBeNull();
    expect(errorOf(field(element, 'Page:CompetenceAdmin.Field.Description', 'en'))).toContain(
      'Kan ha høyst 2000 tegn.',
    );
    expect(errorOf(element.querySelector('mat-select[formcontrolname=categoryId]')!)).toContain(
      'Må fylles ut.',
    );
  });

  it('opens the new area after it is created', async () => {
    const fixture = await render();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('button[type=submit]')!
      .click();
    http.expectOne((r) => r.method === 'POST').flush({ id: 'a1', name: 'X', code: 'X' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/competence/admin/areas', 'a1'], { replaceUrl: true });
  });
});
