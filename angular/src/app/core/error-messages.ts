import { inject, Injectable } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import {
  applyServerErrors,
  isStaleRecord,
  problemMessage,
  toProblemDetails,
} from './problem-details';

/** Turns a failed API call into the one message a page shows, and field errors onto its form. */
@Injectable({ providedIn: 'root' })
export class ErrorMessages {
  private readonly translate = inject(TranslateService);

  describe(error: unknown, form?: AbstractControl): string {
    const problem = toProblemDetails(error);
    const t = (key: string) => this.translate.instant(key) as string;
    switch (problem.status) {
      case 0:
        return t('Ui:Error.Network');
      case 401:
        return t('Ui:Error.SessionExpired');
      case 403:
        return t('Ui:Error.Forbidden');
      case 404:
        return t('Ui:Error.NotFound');
      case 409:
        // 409 also carries business conflicts; only a stale record gets the reload advice.
        if (isStaleRecord(problem)) return t('Ui:Error.Concurrency');
    }
    const unmatched = form ? applyServerErrors(form, problem) : [];
    const hasFieldErrors = Object.keys(problem.errors ?? {}).length > unmatched.length;
    const parts = [
      hasFieldErrors ? t('Ui:Error.FixFields') : problemMessage(problem),
      ...unmatched,
    ].filter((part): part is string => !!part);
    return parts.length ? [...new Set(parts)].join(' ') : t('Ui:Error.Unexpected');
  }
}
