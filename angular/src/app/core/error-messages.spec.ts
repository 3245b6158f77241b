import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from './error-messages';

describe('ErrorMessages', () => {
  let messages: ErrorMessages;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        { provide: TranslateService, useValue: { instant: (key: string) => `«${key}»` } },
      ],
    });
    messages = TestBed.inject(ErrorMessages);
  });

  const error = (status: number, body: unknown = null) =>
    new HttpErrorResponse({ status, error: body });

  it('explains a stale record (409) with a clear, own message', () => {
    expect(messages.describe(error(409, { status: 409, title: 'Conflict' }))).toBe(
      '«Ui:Error.Concurrency»',
    );
    expect(
      messages.describe(error(409, { detail: 'x', code: 'NavLederprogram:ConcurrencyConflict' })),
    ).toBe('«Ui:Error.Concurrency»');
  });

  it('shows the detail of a business conflict', () => {
    expect(
      messages.describe(error(409, { detail: 'Municipality already served', code: 'Office:X' })),
    ).toBe('Municipality already served');
  });

  it('names the limit when an upload is too large (413) or of a type the server cannot read (415)', () => {
    const tooLarge = {
      status: 413,
      title: 'For stor',
      detail: 'Filen er for stor. Største tillatte størrelse er 10 MB.',
    };
    expect(messages.describe(error(413, tooLarge))).toBe(tooLarge.detail);
    const form = new FormGroup({ file: new FormControl(null) });
    expect(messages.describe(error(413, tooLarge), form)).toBe(tooLarge.detail);
    const unsupported = {
      status: 415,
      title: 'Formatet støttes ikke',
      detail: 'Forespørselen må være JSON i UTF-8.',
    };
    expect(messages.describe(error(415, unsupported))).toBe(unsupported.detail);
  });

  it('shows the detail of a business rule violation', () => {
    expect(messages.describe(error(400, { detail: 'The region has offices' }))).toBe(
      'The region has offices',
    );
  });

  it('puts field errors on the form and asks the user to fix them', () => {
    const form = new FormGroup({ name: new FormControl('') });
    const text = messages.describe(
      error(400, { title: 'Validation', errors: { name: ['Required'] } }),
      form,
    );
    expect(text).toBe('«Ui:Error.FixFields»');
    expect(form.controls.name.getError('server')).toBe('Required');
  });

  it('adds field errors no control can show to the message', () => {
    const form = new FormGroup({ name: new FormControl('') });
    const text = messages.describe(
      error(400, { errors: { name: ['Required'], other: ['Bad other'] } }),
      form,
    );
    expect(text).toBe('«Ui:Error.FixFields» Bad other');
  });

  it('has a message for network failures and unknown errors', () => {
    expect(messages.describe(error(0))).toBe('«Ui:Error.Network»');
    expect(messages.describe(error(500))).toBe('«Ui:Error.Unexpected»');
    expect(messages.describe(new Error('x'))).toBe('«Ui:Error.Unexpected»');
  });
});
