import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { applyServerErrors, problemMessage, toProblemDetails } from './problem-details';

function httpError(status: number, body: unknown) {
  return new HttpErrorResponse({ status, error: body, url: '/api/organisation/offices' });
}

describe('ProblemDetails', () => {
  it('reads the body of an HTTP error, keeping the HTTP status', () => {
    const problem = toProblemDetails(
      httpError(400, { title: 'Invalid', errors: { name: ['Required'] } }),
    );
    expect(problem).toEqual({ status: 400, title: 'Invalid', errors: { name: ['Required'] } });
  });

  it('parses a body that arrived as text', () => {
    expect(toProblemDetails(httpError(409, '{"detail":"Changed"}')).detail).toBe('Changed');
  });

  it('copes with errors that are not HTTP errors or have no body', () => {
    expect(toProblemDetails(new Error('boom'))).toEqual({});
    expect(toProblemDetails(httpError(0, null))).toEqual({ status: 0 });
  });

  it('prefers detail over title for the page message', () => {
    expect(problemMessage({ title: 'Bad request', detail: 'The office is closed' })).toBe(
      'The office is closed',
    );
    expect(problemMessage({ title: 'Bad request' })).toBe('Bad request');
    expect(problemMessage({})).toBeNull();
  });

  describe('applyServerErrors', () => {
    function form() {
      return new FormGroup({
        name: new FormControl(''),
        regionId: new FormControl(''),
        jobRoles: new FormArray([
          new FormGroup({ jobRoleId: new FormControl(''), startDate: new FormControl('') }),
        ]),
      });
    }

    it('puts each message on the control it names and marks it touched', () => {
      const f = form();
      const rest = applyServerErrors(f, {
        errors: { name: ['Name is required.'], regionId: ['Unknown region.', 'Second.'] },
      });
      expect(rest).toEqual([]);
      expect(f.controls.name.getError('server')).toBe('Name is required.');
      expect(f.controls.name.touched).toBe(true);
      expect(f.controls.regionId.getError('server')).toBe('Unknown region. Second.');
    });

    it('follows paths into form arrays and ignores the case of names', () => {
      const f = form();
      applyServerErrors(f, { errors: { 'JobRoles[0].StartDate': ['Invalid date.'] } });
      expect(f.controls.jobRoles.at(0).controls.startDate.getError('server')).toBe('Invalid date.');
    });

    it('returns messages for fields the form does not have', () => {
      const f = form();
      expect(applyServerErrors(f, { errors: { '': ['General'], size: ['Too big'] } })).toEqual([
        'General',
        'Too big',
      ]);
    });

    it('clears a server error once the user edits the field', () => {
      const f = form();
      applyServerErrors(f, { errors: { name: ['Name is required.'] } });
      f.controls.name.setValue('NAV Værnes');
      expect(f.controls.name.errors).toBeNull();
    });
  });
});
