import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Route } from '@angular/router';
import {
  provideTranslateLoader,
  provideTranslateService,
  TranslateService,
} from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { routes } from '../app.routes';
import { ApiTranslateLoader } from './api-translate-loader';
import { PageTexts, pageTextsResolver } from './page-texts';

// Loaded at run time: the spec bundle is built for the browser, but Vitest runs it in Node.
const { existsSync, readdirSync, readFileSync } = process.getBuiltinModule('node:fs');
const { join, resolve } = process.getBuiltinModule('node:path');

const localizationRoot = resolve(
  process.cwd(),
  '../src/NavLederprogram.Domain.Shared/Localization',
);

/** The module file (Localization/{Module}/nb.json) each key lives in. */
function ownerOfEveryKey(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const module of readdirSync(localizationRoot)) {
    const path = join(localizationRoot, module, 'nb.json');
    if (!existsSync(path)) continue;
    for (const key of Object.keys(JSON.parse(readFileSync(path, 'utf-8')).texts))
      owners.set(key, module);
  }
  return owners;
}

describe('PageTexts', () => {
  let http: HttpTestingController;
  let translate: TranslateService;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ loader: provideTranslateLoader(ApiTranslateLoader) }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    translate = TestBed.inject(TranslateService);
    const started = firstValueFrom(translate.use('nb'));
    http
      .expectOne((r) => r.url.endsWith('/api/localization/nb'))
      .flush({ culture: 'nb', texts: { 'Ui:Save': 'Lagre' } });
    await started;
  });

  afterEach(() => http.verify());

  it("fetches a module's page texts once, in the language shown, and keeps the shell's", async () => {
    const pageTexts = TestBed.inject(PageTexts);
    const first = pageTexts.load('PeerSupervision');
    const second = pageTexts.load('PeerSupervision');
    http
      .expectOne((r) => r.url.endsWith('/api/localization/nb/PeerSupervision'))
      .flush({ culture: 'nb', texts: { 'Page:PeerSupervision.Mine.Title': 'Min veiledning' } });
    await Promise.all([first, second]);

    expect(translate.instant('Page:PeerSupervision.Mine.Title')).toBe('Min veiledning');
    expect(translate.instant('Ui:Save')).toBe('Lagre');
    await pageTexts.load('PeerSupervision');
  });

  it('brings the page texts already fetched along when the language changes', async () => {
    const loaded = TestBed.inject(PageTexts).load('Competence');
    http
      .expectOne((r) => r.url.endsWith('/api/localization/nb/Competence'))
      .flush({ culture: 'nb', texts: { 'Page:Competence.Title': 'Kompetanse' } });
    await loaded;

    const switched = firstValueFrom(translate.use('en'));
    http
      .expectOne((r) => r.url.endsWith('/api/localization/en'))
      .flush({ culture: 'en', texts: { 'Ui:Save': 'Save' } });
    http
      .expectOne((r) => r.url.endsWith('/api/localization/en/Competence'))
      .flush({ culture: 'en', texts: { 'Page:Competence.Title': 'Competence' } });
    await switched;

    expect(translate.instant('Page:Competence.Title')).toBe('Competence');
    expect(translate.instant('Ui:Save')).toBe('Save');
  });

  it('tries again on the next page after a failed fetch, and opens the page meanwhile', async () => {
    const route = { data: { pageTexts: 'ELearning' } } as never;
    const opened = TestBed.runInInjectionContext(() =>
      pageTextsResolver(route, {} as never),
    ) as Promise<boolean>;
    http
      .expectOne((r) => r.url.endsWith('/api/localization/nb/ELearning'))
      .flush(null, { status: 503, statusText: 'Unavailable' });
    expect(await opened).toBe(false);

    const again = TestBed.inject(PageTexts).load('ELearning');
    http
      .expectOne((r) => r.url.endsWith('/api/localization/nb/ELearning'))
      .flush({ culture: 'nb', texts: { 'Page:Courses.Title': 'Kurs' } });
    await again;
    expect(translate.instant('Page:Courses.Title')).toBe('Kurs');
  });
});

describe('routes', () => {
  it("fetch the page texts of the module their page's title belongs to", () => {
    const owners = ownerOfEveryKey();
    const flatten = (list: Route[]): Route[] =>
      list.flatMap((r) => [r, ...flatten(r.children ?? [])]);
    const titled = flatten(routes).filter((r) => typeof r.title === 'string');
    const wrong = titled
      .map((route) => ({ route, owner: owners.get(route.title as string) }))
      .filter(({ owner }) => owner !== 'Common')
      .filter(
        ({ route, owner }) =>
          route.data?.['pageTexts'] !== owner ||
          route.resolve?.['pageTextsLoaded'] !== pageTextsResolver,
      )
      .map(
        ({ route, owner }) => `${route.path} (${route.title}) should fetch ${owner}'s page texts`,
      );

    expect(titled.length).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });
});
