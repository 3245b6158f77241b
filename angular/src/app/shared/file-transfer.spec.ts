import {
  HttpErrorResponse,
  HttpEvent,
  HttpEventType,
  HttpHeaders,
  HttpResponse,
} from '@angular/common/http';
import { Subject } from 'rxjs';
import { toProblemDetails } from '../core/problem-details';
import { fileNameFromDisposition, readBlobError, Transfer } from './file-transfer';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name, which keeps Norwegian letters', () => {
    expect(
      fileNameFromDisposition(
        "attachment; filename=kompetansegap.xlsx; filename*=UTF-8''kompetansegap-%C3%B8st.xlsx",
        'x',
      ),
    ).toBe('kompetansegap-øst.xlsx');
  });

  it('reads a plain or quoted name, and falls back when there is none', () => {
    expect(fileNameFromDisposition('attachment; filename="diplom 1.pdf"', 'x')).toBe(
      'diplom 1.pdf',
    );
    expect(fileNameFromDisposition('attachment; filename=gap.csv', 'x')).toBe('gap.csv');
    expect(fileNameFromDisposition('attachment', 'fallback.pdf')).toBe('fallback.pdf');
    expect(fileNameFromDisposition(null, 'fallback.pdf')).toBe('fallback.pdf');
  });
});

describe('Transfer', () => {
  it('follows the progress and ends with the response', async () => {
    const events = new Subject<HttpEvent<string>>();
    const transfer = new Transfer();
    const done = transfer.run(events);
    expect(transfer.active()).toBe(true);
    expect(transfer.progress()).toBeNull();

    events.next({ type: HttpEventType.UploadProgress, loaded: 25, total: 100 });
    expect(transfer.progress()).toBe(0.25);
    // A size the browser does not know makes the bar indeterminate rather than wrong.
    events.next({ type: HttpEventType.DownloadProgress, loaded: 10 });
    expect(transfer.progress()).toBeNull();

    events.next(new HttpResponse({ body: 'ok', status: 200 }));
    events.complete();
    expect((await done).body).toBe('ok');
    expect(transfer.active()).toBe(false);
  });

  it('turns the ProblemDetails of a failed blob request into readable text', async () => {
    const events = new Subject<HttpEvent<Blob>>();
    const transfer = new Transfer();
    const done = transfer.run(events);
    const body = JSON.stringify({ status: 404, detail: 'Fant ikke dokumentet' });
    events.error(
      new HttpErrorResponse({
        error: new Blob([body], { type: 'application/problem+json' }),
        status: 404,
        headers: new HttpHeaders(),
      }),
    );
    const error = await done.catch((e: unknown) => e);
    expect(transfer.active()).toBe(false);
    expect(toProblemDetails(error)).toMatchObject({ status: 404, detail: 'Fant ikke dokumentet' });
  });

  it('leaves other errors as they are', async () => {
    const error = new Error('boom');
    expect(await readBlobError(error)).toBe(error);
  });
});
