import { HttpErrorResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { FormSubmission } from './form-submission';

@Component({ selector: 'app-test-host', template: '' })
class Host {
  readonly submission = new FormSubmission();
  readonly form = new FormGroup({ name: new FormControl('') });
}

describe('FormSubmission', () => {
  function setUp() {
    TestBed.configureTestingModule({
      providers: [
        { provide: TranslateService, useValue: { instant: (key: string) => `«${key}»` } },
      ],
    });
    const host = TestBed.createComponent(Host).componentInstance;
    return { submission: host.submission, form: host.form };
  }

  const failing = (status: number, body: unknown) => () =>
    Promise.reject(new HttpErrorResponse({ status, error: body }));

  it('puts field errors on their controls, and the errors no control takes in the message', async () => {
    const { submission, form } = setUp();
    const result = await submission.run(
      form,
      failing(400, {
        status: 400,
        errors: { name: ['Navn må fylles ut.'], other: ['Noe annet er feil.'] },
      }),
    );
    expect(result).toBeNull();
    expect(form.controls.name.getError('server')).toBe('Navn må fylles ut.');
    expect(submission.error()).toBe('«Ui:Error.FixFields» Noe annet er feil.');
    expect(submission.conflict()).toBe(false);
  });

  it('says a record that no longer exists was not found, without offering to reload', async () => {
    const { submission, form } = setUp();
    await submission.run(form, failing(404, { status: 404, title: 'Not Found' }));
    expect(submission.error()).toBe('«Ui:Error.NotFound»');
    expect(submission.conflict()).toBe(false);
  });

  it('offers to reload only when the record changed meanwhile', async () => {
    const { submission, form } = setUp();
    await submission.run(
      form,
      failing(409, {
        status: 409,
        code: 'Error:ConcurrencyConflict',
        detail: 'Noen andre har endret dette.',
      }),
    );
    expect(submission.error()).toBe('«Ui:Error.Concurrency»');
    expect(submission.conflict()).toBe(true);
  });

  it('shows a duplicate name or a refused state change as its message, without offering to reload', async () => {
    const { submission, form } = setUp();
    await submission.run(
      form,
      failing(409, {
        status: 409,
        code: 'Error:Office.DuplicateName',
        detail: 'Navnet er allerede i bruk.',
      }),
    );
    expect(submission.error()).toBe('Navnet er allerede i bruk.');
    expect(submission.conflict()).toBe(false);
  });

  it('returns the answer and clears the previous error when the call succeeds', async () => {
    const { submission, form } = setUp();
    await submission.run(form, failing(404, { status: 404 }));
    expect(await submission.run(form, () => Promise.resolve('saved'))).toBe('saved');
    expect(submission.error()).toBeNull();
    expect(submission.saving()).toBe(false);
  });

  it('ignores a second send while the first is under way', async () => {
    const { submission, form } = setUp();
    let calls = 0;
    let finish!: (value: string) => void;
    const first = submission.run(form, () => {
      calls++;
      return new Promise<string>((resolve) => (finish = resolve));
    });
    expect(submission.saving()).toBe(true);
    expect(await submission.run(form, () => Promise.resolve(calls++))).toBeNull();
    finish('done');
    expect(await first).toBe('done');
    expect(calls).toBe(1);
  });
});
