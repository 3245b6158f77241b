import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  provideTranslateLoader,
  provideTranslateService,
  TranslateLoader,
  TranslateService,
} from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ApiTranslateLoader } from './api-translate-loader';

describe('ApiTranslateLoader', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ loader: provideTranslateLoader(ApiTranslateLoader) }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('maps the texts of GET /api/localization/{culture}', async () => {
    const loader = TestBed.inject(TranslateLoader);
    expect(loader).toBeInstanceOf(ApiTranslateLoader);
    const result = firstValueFrom(loader.getTranslation('nn'));
    const request = http.expectOne((r) => r.url.endsWith('/api/localization/nn'));
    expect(request.request.method).toBe('GET');
    request.flush({ culture: 'nn', texts: { 'Menu:Offices': 'NAV-kontor' } });
    expect(await result).toEqual({ 'Menu:Offices': 'NAV-kontor' });
  });

  it('lets flat keys with dots and colons translate', async () => {
    const translate = TestBed.inject(TranslateService);
    const done = firstValueFrom(translate.use('en'));
    http
      .expectOne((r) => r.url.endsWith('/api/localization/en'))
      .flush({
        culture: 'en',
        texts: {
          'Page:Offices.Title': 'NAV offices',
          'Page:Offices.PartnershipIntro': 'Agreement',
          'Ui:Paginator.Range': '{{from}}–{{to}} of {{length}}',
        },
      });
    await done;
    expect(translate.instant('Page:Offices.Title')).toBe('NAV offices');
    expect(translate.instant('Page:Offices.PartnershipIntro')).toBe('Agreement');
    expect(translate.instant('Ui:Paginator.Range', { from: 1, to: 25, length: 44 })).toBe(
      '1–25 of 44',
    );
  });

  it('treats a response without texts as empty', async () => {
    const loader = TestBed.inject(TranslateLoader);
    expect(loader).toBeInstanceOf(ApiTranslateLoader);
    const result = firstValueFrom(loader.getTranslation('nb'));
    http.expectOne((r) => r.url.endsWith('/api/localization/nb')).flush({ culture: 'nb' });
    expect(await result).toEqual({});
  });
});
