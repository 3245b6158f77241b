import type {
  ContentText,
  ProgrammeModule,
  ProgrammeVersion,
  TranslatedText,
} from '../data/programme-api';

/** A text written in bokmål only, as an editor in bokmål reads it. */
export function bokmal(nb: string): TranslatedText {
  return { nb, nn: null, en: null, text: nb, language: 'nb', isFallback: false };
}

export function content(text: string, language = 'nb', isFallback = false): ContentText {
  return { text, language, isFallback };
}

/** Test data for the programme pages' unit tests (not used by the app). */
export const MODULE: ProgrammeModule = {
  id: 'm1',
  order: 1,
  title: bokmal('Lederrollen i NAV'),
  description: bokmal('Om å lede i partnerskapet.'),
  learningOutcomes: [bokmal('Kjenner partnerskapet'), bokmal('Kan lede endring')],
  courseReference: 'ELAER-101',
  gatherings: [
    {
      id: 'g1',
      title: bokmal('Oppstartssamling'),
      format: 'InPerson',
      formatName: 'Fysisk',
      durationMinutes: 360,
    },
  ],
  assignments: [
    {
      id: 'a1',
      title: bokmal('Lederplan'),
      instructions: bokmal('Skriv en plan.'),
      dueDaysAfterUnlock: 14,
    },
  ],
  reflectionTasks: [{ id: 'r1', prompt: bokmal('Hva lærte du?') }],
  grants: [
    { competenceAreaId: 'area1', competenceAreaName: 'Ledelse', level: 2, validMonths: null },
  ],
};

export const DRAFT: ProgrammeVersion = {
  id: 'v2',
  programmeId: 'p1',
  programmeName: content('Lederprogram for ledere i NAV-kontor'),
  number: 2,
  name: bokmal('Lederprogrammet 2027'),
  description: bokmal('Ny runde'),
  status: 'Draft',
  statusName: 'Utkast',
  publishedAt: null,
  modules: [MODULE, { ...MODULE, id: 'm2', order: 2, title: bokmal('Endringsledelse') }],
  approvals: [],
  history: [
    {
      action: 'Created',
      actionName: 'Opprettet',
      party: null,
      partyName: null,
      by: 'Kari',
      at: '2026-11-20T08:00:00Z',
    },
  ],
  myParty: 'Ks',
  myPartyName: 'KS',
  canEdit: true,
  canApprove: true,
  inUse: false,
  concurrencyStamp: 'stamp-1',
};

export const KS_APPROVAL = {
  party: 'Ks' as const,
  partyName: 'KS',
  approvedBy: 'Kari KS-Nordmann',
  approvedAt: '2026-11-21T09:30:00Z',
};

export const DIRECTORATE_APPROVAL = {
  party: 'Directorate' as const,
  partyName: 'Arbeids- og velferdsdirektoratet',
  approvedBy: 'Dag Direktoratsen',
  approvedAt: '2026-11-22T10:00:00Z',
};

export const PUBLISHED: ProgrammeVersion = {
  ...DRAFT,
  status: 'Published',
  statusName: 'Publisert',
  publishedAt: '2026-11-22T10:00:00Z',
  approvals: [KS_APPROVAL, DIRECTORATE_APPROVAL],
  canEdit: false,
  canApprove: false,
};
