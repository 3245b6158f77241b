import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { ApiTranslateLoader } from './api-translate-loader';
import { acceptLanguageInterceptor } from './http-interceptors';
import { LanguageService } from './language.service';

describe('LanguageService', () => {
  let http: HttpTestingController;

  function setup() {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
        provideTranslateService({ loader: provideTranslateLoader(ApiTranslateLoader) }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(LanguageService);
  }

  const answer = (culture: string) =>
    http
      .match((r) => r.url.endsWith(`/api/localization/${culture}`))
      .forEach((r) => r.flush({ culture, texts: { 'Ui:Save': culture } }));

  beforeEach(() => localStorage.clear());

  it('starts in bokmål', async () => {
    const language = setup();
    const ready = language.init();
    answer('nb');
    await ready;
    expect(language.current()).toBe('nb');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('nb');
  });

  it('remembers the choice and starts with it next time', async () => {
    const language = setup();
    const switched = language.use('nn');
    answer('nn');
    await switched;
    expect(localStorage.getItem('navlederprogram.language')).toBe('nn');
    expect(TestBed.inject(DOCUMENT).cookie).toContain('.AspNetCore.Culture=c%3Dnn%7Cuic%3Dnn');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('nn');

    TestBed.resetTestingModule();
    expect(setup().current()).toBe('nn');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem('navlederprogram.language', 'sv');
    expect(setup().current()).toBe('nb');
  });

  it('sends the current language as Accept-Language on API calls', async () => {
    const language = setup();
    const switched = language.use('en');
    answer('en');
    await switched;
    TestBed.inject(HttpClient).get('/api/organisation/offices').subscribe();
    const request = http.expectOne('/api/organisation/offices');
    expect(request.request.headers.get('Accept-Language')).toBe('en');
    request.flush({ totalCount: 0, items: [] });
  });
});
