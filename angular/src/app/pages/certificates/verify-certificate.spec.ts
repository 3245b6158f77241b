import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { pageTestProviders } from '../../testing/page-providers';
import { CertificateVerification, normalizeCode } from '../../data/certificate-api';
import { VerifyCertificatePage } from './verify-certificate';

const VERIFIED: CertificateVerification = {
  valid: true,
  personName: 'Åse Ødegård',
  programmeName: 'Lederprogrammet for NAV-ledere',
  cohortName: 'Kull Trøndelag 2026',
  cohortStartsOn: '2026-01-12',
  completedOn: '2026-06-19',
  moduleTitles: ['Modul 1: Ledelse i NAV', 'Modul 2: Kunnskapsbasert ledelse'],
  verificationCode: 'ABCD-EFGH-JKMN',
};

describe('VerifyCertificatePage', () => {
  let http: HttpTestingController;

  function render(code?: string) {
    TestBed.configureTestingModule({
      imports: [VerifyCertificatePage],
      providers: pageTestProviders([]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(VerifyCertificatePage);
    if (code !== undefined) fixture.componentRef.setInput('code', code);
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => http.verify());

  it('shows the facts of a certificate found by the code in the address', async () => {
    const fixture = render('ABCD-EFGH-JKMN');
    http
      .expectOne((r) => r.url.endsWith('/api/certificates/verify/ABCD-EFGH-JKMN'))
      .flush(VERIFIED);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const valid = element.querySelector('[data-testid=verify-valid]')!;
    expect(valid.querySelector('h2')?.textContent).toContain('Page:Certificates.Verify.Valid');
    expect(element.querySelector('[data-testid=verify-person]')?.textContent).toContain(
      'Åse Ødegård',
    );
    expect(valid.textContent).toContain('Lederprogrammet for NAV-ledere');
    expect(valid.textContent).toContain('Kull Trøndelag 2026');
    expect([...valid.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual(
      VERIFIED.moduleTitles,
    );
    // Announced to screen readers when it appears.
    expect(valid.closest('[role=status]')).not.toBeNull();
    expect(element.querySelector('[data-testid=verify-not-found]')).toBeNull();
    // The code fills the field so that it can be corrected.
    expect((element.querySelector('[data-testid=verify-code]') as HTMLInputElement).value).toBe(
      'ABCD-EFGH-JKMN',
    );
  });

  it('says plainly that an unknown code matches no certificate', async () => {
    const fixture = render('ZZZZ-ZZZZ-ZZZZ');
    http
      .expectOne((r) => r.url.endsWith('/api/certificates/verify/ZZZZ-ZZZZ-ZZZZ'))
      .flush(
        { status: 404, code: 'Error:EntityNotFound', detail: 'Fant ikke det du ba om.' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const notFound = element.querySelector('[data-testid=verify-not-found]')!;
    expect(notFound.textContent).toContain('Page:Certificates.Verify.NotFound');
    expect(element.querySelector('[data-testid=verify-valid]')).toBeNull();
    // Not an error of the page: no alert.
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe('');
  });

  it('shows other failures as an error', async () => {
    const fixture = render('ABCD-EFGH-JKMN');
    http
      .expectOne((r) => r.url.endsWith('/api/certificates/verify/ABCD-EFGH-JKMN'))
      .flush({ status: 429 }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).not.toBe('');
    expect(element.querySelector('[data-testid=verify-not-found]')).toBeNull();
  });

  it('asks for a code without calling the API, and checks a typed one at its own address', async () => {
    const fixture = render();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const element = fixture.nativeElement as HTMLElement;
    const submit = element.querySelector('[data-testid=verify-submit]') as HTMLButtonElement;

    submit.click();
    await fixture.whenStable();
    expect(navigate).not.toHaveBeenCalled();
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Page:Certificates.Verify.CodeRequired',
    );

    const input = element.querySelector('[data-testid=verify-code]') as HTMLInputElement;
    input.value = ' abcd efgh jkmn ';
    input.dispatchEvent(new Event('input'));
    submit.click();
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/verify', 'ABCD-EFGH-JKMN']);
  });
});

describe('normalizeCode', () => {
  it('writes a code as it is printed, whatever the case, spaces and dashes', () => {
    expect(normalizeCode('abcdefghjkmn')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeCode(' ABCD-efgh jkmn ')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeCode('too short')).toBe('too short');
  });
});
