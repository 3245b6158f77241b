import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { HrImportStatus } from '../../data/models';
import { pageTestProviders } from '../../testing/page-providers';
import { HrImportPage } from './hr-import';

const STATUS: HrImportStatus = {
  id: 'i1',
  state: 'Queued',
  totalRows: 1000,
  validRows: 1000,
  toCreate: 1000,
  toUpdate: 0,
  rowsDone: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  failure: null,
  committed: false,
};

describe('HrImportPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({ imports: [HrImportPage], providers: pageTestProviders([]) });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('nb', {
      'Page:HrImport.Progress': '{{rowsDone}} av {{validRows}} rader er skrevet',
    });
    await translate.use('nb');
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(HrImportPage);
    fixture.detectChanges();
    return fixture;
  }

  it('follows a committed import with a progress bar until the job has written every row', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['x'], 'hr.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    const buttons = () => element.querySelectorAll<HTMLButtonElement>('.form-actions button');

    buttons()[0].click();
    http
      .expectOne((r) => r.url.endsWith('/hr-import/preview'))
      .flush({ totalRows: 1000, validRows: 1000, toCreate: 1000, toUpdate: 0, errors: [] });
    await fixture.whenStable();
    buttons()[1].click();
    http
      .expectOne((r) => r.url.endsWith('/hr-import/commit'))
      .flush(STATUS, {
        status: 202,
        statusText: 'Accepted',
      });
    await fixture.whenStable();
    fixture.detectChanges();

    const bar = () => element.querySelector('mat-progress-bar');
    expect(element.querySelector('h2')?.textContent).toContain('Page:HrImport.RunningHeading');
    expect(bar()?.getAttribute('aria-label')).toBe('Page:HrImport.Writing');
    expect(bar()?.getAttribute('aria-valuenow')).toBe('0');

    await vi
      .waitFor(() => http.expectOne((r) => r.url.endsWith('/hr-import/i1')), {
        timeout: 3000,
      })
      .then((request) =>
        request.flush({ ...STATUS, state: 'Running', rowsDone: 500, created: 500 }),
      );
    await vi.waitFor(
      () => {
        fixture.detectChanges();
        expect(bar()?.getAttribute('aria-valuenow')).toBe('50');
      },
      { timeout: 3000 },
    );
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe(
      '500 av 1000 rader er skrevet',
    );

    const done = { ...STATUS, state: 'Completed', rowsDone: 1000, created: 1000, committed: true };
    await vi
      .waitFor(() => http.expectOne((r) => r.url.endsWith('/hr-import/i1')), {
        timeout: 3000,
      })
      .then((request) => request.flush(done));
    await vi.waitFor(
      () => {
        fixture.detectChanges();
        expect(element.querySelector('h2')?.textContent).toContain(
          'Page:HrImport.CommittedHeading',
        );
      },
      { timeout: 3000 },
    );
    expect(bar()).toBeNull();
    // Finished: no more polling.
    await new Promise((resolve) => setTimeout(resolve, HrImportPage.pollMs + 200));
    http.verify();
  });
});
