import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { applyServerErrors } from '../../core/problem-details';
import { Permissions } from '../../core/permissions';
import { pageTestProviders } from '../../testing/page-providers';
import { ProgrammeModuleEditPage } from './module-edit';
import { ModuleForm } from './module-form';
import { DRAFT, MODULE } from '../../testing/programme-test-data';

/** A text sent in bokmål only: empty translations go as none. */
const nb = (text: string) => ({ nb: text, nn: null, en: null });

describe('ModuleForm', () => {
  it('adds and removes rows in each list, and its row signals follow', () => {
    const model = new ModuleForm();
    expect(model.gatherings.rows()).toEqual([]);
    model.gatherings.add();
    model.gatherings.add();
    model.outcomes.add();
    expect(model.gatherings.count).toBe(2);
    expect(model.gatherings.rows().length).toBe(2);
    expect(model.form.controls.learningOutcomes.length).toBe(1);
    expect(model.form.dirty).toBe(true);

    model.gatherings.rows()[1].controls.title.controls.nb.setValue('Second');
    model.gatherings.remove(0);
    expect(model.gatherings.rows().length).toBe(1);
    expect(model.gatherings.rows()[0].controls.title.value.nb).toBe('Second');
    model.gatherings.remove(5);
    expect(model.gatherings.count).toBe(1);
  });

  it('fills every list from a saved module and sends it back unchanged, ids included', () => {
    const model = new ModuleForm();
    model.patch(MODULE);
    expect(model.form.pristine).toBe(true);
    expect(model.toInput()).toEqual({
      title: nb('Lederrollen i NAV'),
      description: nb('Om å lede i partnerskapet.'),
      courseReference: 'ELAER-101',
      learningOutcomes: [nb('Kjenner partnerskapet'), nb('Kan lede endring')],
      gatherings: [
        { id: 'g1', title: nb('Oppstartssamling'), format: 'InPerson', durationMinutes: 360 },
      ],
      assignments: [
        {
          id: 'a1',
          title: nb('Lederplan'),
          instructions: nb('Skriv en plan.'),
          dueDaysAfterUnlock: 14,
        },
      ],
      reflectionTasks: [{ id: 'r1', prompt: nb('Hva lærte du?') }],
      grants: [{ competenceAreaId: 'area1', level: 2, validMonths: null }],
    });
  });

  it('maps new rows to the API input: numbers from text, empty choices as null', () => {
    const model = new ModuleForm();
    model.form.controls.title.controls.nb.setValue('Ny modul');
    model.form.controls.courseReference.setValue('   ');
    model.gatherings.add();
    model.gatherings
      .rows()[0]
      .patchValue({ title: { nb: 'Digital samling' }, format: 'Online', durationMinutes: '90' });
    model.assignments.add();
    model.assignments.rows()[0].patchValue({ title: { nb: 'Oppgave' }, dueDaysAfterUnlock: '' });
    model.reflectionTasks.add();
    model.grants.add();
    model.grants.rows()[0].patchValue({ level: 3, validMonths: '24' });

    const input = model.toInput();
    expect(input.courseReference).toBeNull();
    expect(input.gatherings).toEqual([
      { id: null, title: nb('Digital samling'), format: 'Online', durationMinutes: 90 },
    ]);
    expect(input.assignments).toEqual([
      { id: null, title: nb('Oppgave'), instructions: nb(''), dueDaysAfterUnlock: null },
    ]);
    expect(input.reflectionTasks).toEqual([{ id: null, prompt: nb('') }]);
    expect(input.grants).toEqual([{ competenceAreaId: null, level: 3, validMonths: 24 }]);
    expect(input.learningOutcomes).toEqual([]);
  });

  it('takes the server’s field errors on the rows they name', () => {
    const model = new ModuleForm();
    model.patch(MODULE);
    const unmatched = applyServerErrors(model.form, {
      errors: {
        'gatherings[0].durationMinutes': ['Må være mellom 15 og 4320.'],
        'learningOutcomes[1].nb': ['Må fylles ut.'],
        'gatherings[0].title.nn': ['Kan ikke være lengre enn 200 tegn.'],
        'grants[0].level': ['Ugyldig nivå.'],
      },
    });
    expect(unmatched).toEqual([]);
    const gathering = model.gatherings.rows()[0].controls.durationMinutes;
    expect(gathering.getError('server')).toBe('Må være mellom 15 og 4320.');
    expect(model.form.controls.learningOutcomes.at(1).controls.nb.getError('server')).toBe(
      'Må fylles ut.',
    );
    expect(model.gatherings.rows()[0].controls.title.controls.nn.getError('server')).toBe(
      'Kan ikke være lengre enn 200 tegn.',
    );
    expect(model.grants.rows()[0].controls.level.getError('server')).toBe('Ugyldig nivå.');
  });
});

describe('ProgrammeModuleEditPage', () => {
  let http: HttpTestingController;

  async function render(moduleId?: string) {
    TestBed.configureTestingModule({
      imports: [ProgrammeModuleEditPage],
      providers: pageTestProviders([Permissions.ProgrammesView, Permissions.ProgrammesEdit]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProgrammeModuleEditPage);
    fixture.componentRef.setInput('id', 'v2');
    if (moduleId) fixture.componentRef.setInput('moduleId', moduleId);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url.endsWith('/api/competence/areas'))
      .flush({
        totalCount: 1,
        items: [{ id: 'area1', name: 'Ledelse', code: 'LED', maxLevel: 4 }],
      });
    await vi
      .waitFor(() =>
        http.expectOne((r) => r.method === 'GET' && r.url.endsWith('/api/programme/versions/v2')),
      )
      .then((req) => req.flush(DRAFT));
    await fixture.whenStable();
    return fixture;
  }

  const button = (root: ParentNode, text: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.includes(text),
    )!;

  it('adds a gathering row and shows the server’s error at its duration', async () => {
    const fixture = await render('m1');
    const element = fixture.nativeElement as HTMLElement;
    const title = element.querySelector<HTMLInputElement>('#module-title-nb')!;
    expect(title.value).toBe('Lederrollen i NAV');
    expect(element.querySelectorAll('[formarrayname=gatherings] > li').length).toBe(1);

    button(element, 'Page:Programme.ModuleForm.AddGathering').click();
    await fixture.whenStable();
    const gatherings = element.querySelectorAll('[formarrayname=gatherings] > li');
    expect(gatherings.length).toBe(2);
    expect(gatherings[1].querySelector('legend')?.textContent).toContain(
      'Page:Programme.ModuleForm.Gathering',
    );

    button(element, 'Ui:Save').click();
    const put = http.expectOne(
      (r) => r.method === 'PUT' && r.url.endsWith('/api/programme/versions/v2/modules/m1'),
    );
    expect(put.request.body.concurrencyStamp).toBe('stamp-1');
    expect(put.request.body.gatherings).toEqual([
      { id: 'g1', title: nb('Oppstartssamling'), format: 'InPerson', durationMinutes: 360 },
      { id: null, title: nb(''), format: 'InPerson', durationMinutes: null },
    ]);
    put.flush(
      {
        status: 400,
        errors: {
          'gatherings[1].title.nb': ['Må fylles ut.'],
          'gatherings[1].durationMinutes': ['Må være mellom 15 og 4320.'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const second = element.querySelectorAll('[formarrayname=gatherings] > li')[1];
    const errors = [...second.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Må fylles ut.', 'Må være mellom 15 og 4320.']);
    expect(element.querySelector('#module-form [role=alert]')?.textContent).toContain(
      'Ui:Error.FixFields',
    );
  }, 20_000);

  it('removes a row, and a new module is added with the version’s stamp', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Page:Programme.ModuleForm.New');
    button(element, 'Page:Programme.ModuleForm.AddOutcome').click();
    button(element, 'Page:Programme.ModuleForm.AddOutcome').click();
    await fixture.whenStable();
    const outcomes = () => element.querySelectorAll('[formarrayname=learningOutcomes] > li');
    expect(outcomes().length).toBe(2);
    button(outcomes()[0], 'Page:Programme.ModuleForm.Remove').click();
    await fixture.whenStable();
    expect(outcomes().length).toBe(1);

    const title = element.querySelector<HTMLInputElement>('#module-title-nb')!;
    title.value = 'Ny modul';
    title.dispatchEvent(new Event('input'));
    button(element, 'Ui:Save').click();
    const post = http.expectOne(
      (r) => r.method === 'POST' && r.url.endsWith('/api/programme/versions/v2/modules'),
    );
    expect(post.request.body).toMatchObject({
      title: nb('Ny modul'),
      learningOutcomes: [nb('')],
      gatherings: [],
      concurrencyStamp: 'stamp-1',
    });
  });
});
