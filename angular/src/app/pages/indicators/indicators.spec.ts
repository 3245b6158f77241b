import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { IndicatorImportResult } from '../../data/development-api';
import { pageTestProviders } from '../../testing/page-providers';
import { IndicatorsPage } from './indicators';

function result(errors: IndicatorImportResult['errors'], applied = false): IndicatorImportResult {
  return {
    applied,
    totalRows: 2,
    toAdd: 1,
    toChange: 1,
    unchanged: 0,
    errors,
    changes: [
      {
        line: 2,
        officeNumber: '5035',
        officeName: 'NAV Værnes',
        indicatorCode: 'ARBEID-ANDEL',
        period: '2026-09',
        oldValue: 31.2,
        newValue: 33.5,
      },
    ],
  };
}

describe('IndicatorsPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({ imports: [IndicatorsPage], providers: pageTestProviders([]) });
    const translate = TestBed.inject(TranslateService);
    await translate.use('nb');
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(IndicatorsPage);
    fixture.detectChanges();
    http.expectOne((r) => r.url.endsWith('/api/development/indicators')).flush([]);
    await fixture.whenStable();
    return fixture;
  }

  function choose(element: HTMLElement) {
    const input = element.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', {
      value: [new File(['x'], 'values.csv', { type: 'text/csv' })],
    });
    input.dispatchEvent(new Event('change'));
  }

  it('lists the bad lines of a dry run and does not offer to import that file', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    choose(element);
    fixture.detectChanges();
    element.querySelector<HTMLButtonElement>('[data-testid=indicator-preview]')!.click();
    http
      .expectOne((r) => r.url.endsWith('/indicators/import/preview'))
      .flush(result([{ line: 3, field: 'value', message: 'Not a number' }]));
    await fixture.whenStable();
    fixture.detectChanges();

    expect(element.querySelector('[data-testid=indicator-errors]')?.textContent).toContain(
      'Not a number',
    );
    expect(
      element.querySelector<HTMLButtonElement>('[data-testid=indicator-apply]')!.disabled,
    ).toBe(true);
  });

  it('imports a file whose dry run found no errors', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    choose(element);
    fixture.detectChanges();
    element.querySelector<HTMLButtonElement>('[data-testid=indicator-preview]')!.click();
    http.expectOne((r) => r.url.endsWith('/indicators/import/preview')).flush(result([]));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=indicator-changes]')?.textContent).toContain(
      'NAV Værnes',
    );

    const apply = element.querySelector<HTMLButtonElement>('[data-testid=indicator-apply]')!;
    expect(apply.disabled).toBe(false);
    apply.click();
    http.expectOne((r) => r.url.endsWith('/indicators/import/apply')).flush(result([], true));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(apply.disabled).toBe(true);
  });
});
