import { TranslateService } from '@ngx-translate/core';
import { CompetenceApi, PendingEvidence } from '../../data/competence-api';
import { ReasonStep } from '../../shared/reason-dialog';

/** Rejecting a piece of evidence, with the reason the person will see: it is required. */
export function rejectStep(
  item: PendingEvidence,
  api: CompetenceApi,
  translate: TranslateService,
): ReasonStep {
  const t = (key: string, params?: Record<string, string>) =>
    translate.instant(key, params) as string;
  return {
    title: t('Page:Competence.Reject.Title'),
    message: t('Page:Competence.Reject.Message', {
      title: item.evidence.title,
      person: item.personName,
      competence: item.evidence.competenceAreaName,
    }),
    confirm: t('Page:Competence.Reject.Submit'),
    reason: 'required',
    field: {
      label: {
        required: 'Page:Competence.Reject.Reason',
        optional: 'Page:Competence.Reject.Reason',
      },
      hint: 'Page:Competence.Reject.ReasonHint',
      missing: 'Page:Competence.Reject.ReasonRequired',
      maxLength: 1000,
    },
    run: (reason) => api.reject(item.evidence.id, reason.trim()),
  };
}
