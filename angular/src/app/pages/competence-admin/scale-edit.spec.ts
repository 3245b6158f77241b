import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permission, Permissions } from '../../core/permissions';
import { ProficiencyScale } from '../../data/competence-catalogue-api';
import { pageTestProviders } from '../../testing/page-providers';
import { ProficiencyScaleEditPage } from './scale-edit';

const text = (nb: string, en: string) => ({ nb, nn: nb, en });

const SCALE: ProficiencyScale = {
  id: 's1',
  name: 'Ferdighetsnivå 1–3',
  names: text('Ferdighetsnivå 1–3', 'Proficiency 1–3'),
  concurrencyStamp: 'stamp-1',
  levels: [
    { level: 1, name: 'Kjennskap', names: text('Kjennskap', 'Awareness') },
    { level: 2, name: 'Kunnskap', names: text('Kunnskap', 'Knowledge') },
    { level: 3, name: 'Ferdighet', names: text('Ferdighet', 'Skill') },
  ],
};

describe('ProficiencyScaleEditPage', () => {
  let http: HttpTestingController;

  async function render(permissions: Permission[]) {
    TestBed.configureTestingModule({
      imports: [ProficiencyScaleEditPage],
      providers: pageTestProviders(permissions),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProficiencyScaleEditPage);
    fixture.componentRef.setInput('id', 's1');
    fixture.detectChanges();
    http.expectOne((r) => r.url.endsWith('/api/competence/scales/s1')).flush(SCALE);
    const element = fixture.nativeElement as HTMLElement;
    await vi.waitFor(() => expect(element.querySelector('h1 .subtitle')).not.toBeNull());
    await fixture.whenStable();
    return fixture;
  }

  const rows = (element: HTMLElement) => [
    ...element.querySelectorAll<HTMLLIElement>('[data-testid=scale-levels] > li'),
  ];
  const levelInput = (row: HTMLElement, language: string) =>
    row.querySelector<HTMLInputElement>(`input[data-language=${language}]`)!;
  const button = (row: HTMLElement, label: string) =>
    [...row.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.includes(label),
    )!;

  it('shows each level as a numbered group with its three languages', async () => {
    const element = (await render([Permissions.CompetenceManageCatalogue])).nativeElement;
    const levels = rows(element);
    expect(levels.length).toBe(3);
    expect(levels[1].querySelector('legend')?.textContent).toContain(
      'Page:CompetenceAdmin.Scales.Level',
    );
    expect(levelInput(levels[1], 'nb').value).toBe('Kunnskap');
    expect(levelInput(levels[1], 'en').value).toBe('Knowledge');
    expect(levelInput(levels[1], 'en').getAttribute('lang')).toBe('en');
    // The first level cannot move up, the last not down, and each label names its level.
    expect(button(levels[0], 'MoveUp').disabled).toBe(true);
    expect(button(levels[2], 'MoveDown').disabled).toBe(true);
  });

  it('reorders, adds and removes levels and saves them in the new order', async () => {
    const fixture = await render([Permissions.CompetenceManageCatalogue]);
    const element = fixture.nativeElement as HTMLElement;

    button(rows(element)[2], 'MoveUp').click(); // Ferdighet above Kunnskap
    fixture.detectChanges();
    button(rows(element)[0], 'RemoveLevel').click(); // Kjennskap goes
    fixture.detectChanges();
    element.querySelector<HTMLButtonElement>('#add-level')!.click();
    fixture.detectChanges();
    const added = rows(element)[2];
    for (const [language, value] of [
      ['nb', 'Ekspert'],
      ['nn', 'Ekspert'],
      ['en', 'Expert'],
    ]) {
      levelInput(added, language).value = value;
      levelInput(added, language).dispatchEvent(new Event('input'));
    }
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    const put = http.expectOne((r) => r.method === 'PUT' && r.url.endsWith('/scales/s1'));
    expect(put.request.body).toEqual({
      name: text('Ferdighetsnivå 1–3', 'Proficiency 1–3'),
      levels: [
        text('Ferdighet', 'Skill'),
        text('Kunnskap', 'Knowledge'),
        text('Ekspert', 'Expert'),
      ],
      concurrencyStamp: 'stamp-1',
    });
    put.flush({ ...SCALE, concurrencyStamp: 'stamp-2' });
    await fixture.whenStable();
  });

  it("shows a level's server error at that level and language, and the name's at the name", async () => {
    const fixture = await render([Permissions.CompetenceManageCatalogue]);
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http
      .expectOne((r) => r.method === 'PUT')
      .flush(
        {
          status: 400,
          errors: { 'levels[1].nn': ['Må fylles ut.'], 'name.en': ['Kan ha høyst 200 tegn.'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();

    const nn = levelInput(rows(element)[1], 'nn');
    expect(nn.closest('mat-form-field')!.querySelector('mat-error')?.textContent).toContain(
      'Må fylles ut.',
    );
    expect(
      levelInput(rows(element)[0], 'nn').closest('mat-form-field')!.querySelector('mat-error'),
    ).toBeNull();
    const nameEn = element.querySelector<HTMLInputElement>(
      'form > app-localized-text-fields input[data-language=en]',
    )!;
    expect(nameEn.closest('mat-form-field')!.querySelector('mat-error')?.textContent).toContain(
      'Kan ha høyst 200 tegn.',
    );
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Ui:Error.FixFields');
  });

  it('shows a 409 in its own words when levels in use would be removed', async () => {
    const fixture = await render([Permissions.CompetenceManageCatalogue]);
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http
      .expectOne((r) => r.method === 'PUT')
      .flush(
        {
          status: 409,
          code: 'Error:Competence.ScaleLevelInUse',
          detail: 'Skalaen kan ikke ha færre enn 3 nivåer, fordi krav eller bevis bruker nivå 3.',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'Skalaen kan ikke ha færre enn 3 nivåer',
    );
  });

  it('shows readers the name and levels as text, without fields or buttons', async () => {
    const element = (await render([Permissions.CompetenceView])).nativeElement as HTMLElement;
    const details = element.querySelector('[data-testid=read-only-details]')!;
    expect([...details.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '1 Kjennskap',
      '2 Kunnskap',
      '3 Ferdighet',
    ]);
    expect(details.querySelector('dd')?.textContent).toContain('Ferdighetsnivå 1–3');
    expect(element.querySelector('form, input, button')).toBeNull();
  });
});
