import type { CompetenceStatus, EvidenceState, StatusCounts } from '../data/competence-api';
import { enumKey } from './enum-labels';

/** How a chip looks: the tone picks the colours, the label (a translation key) says it in words. */
export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

export interface Chip {
  label: string;
  tone: Tone;
}

/** In the order a reader goes through them: met first, the most urgent last. */
export const COMPETENCE_STATUSES: CompetenceStatus[] = [
  'Met',
  'ExpiringSoon',
  'MissingWithinDeadline',
  'Expired',
  'Overdue',
];

const STATUS_TONES: Record<CompetenceStatus, Tone> = {
  Met: 'success',
  ExpiringSoon: 'warning',
  MissingWithinDeadline: 'info',
  Expired: 'danger',
  Overdue: 'danger',
};

const EVIDENCE_STATE_TONES: Record<EvidenceState, Tone> = {
  Pending: 'info',
  Approved: 'success',
  Rejected: 'danger',
};

/** A status the server adds later still gets a readable chip: its own name, in neutral. */
export function statusChip(status: CompetenceStatus): Chip {
  const known = Object.hasOwn(STATUS_TONES, status);
  return {
    label: known ? enumKey('CompetenceStatus', status) : status,
    tone: STATUS_TONES[status] ?? 'neutral',
  };
}

export function evidenceStateChip(state: EvidenceState): Chip {
  return {
    label: Object.hasOwn(EVIDENCE_STATE_TONES, state) ? enumKey('EvidenceState', state) : state,
    tone: EVIDENCE_STATE_TONES[state] ?? 'neutral',
  };
}

/** Whether a requirement still asks something of the person: not met, or running out. */
export function needsAction(status: CompetenceStatus): boolean {
  return status !== 'Met';
}

/** The count of one status in a summary. */
export function countOf(counts: StatusCounts, status: CompetenceStatus): number {
  const key = (status.charAt(0).toLowerCase() + status.slice(1)) as keyof StatusCounts;
  return counts[key] ?? 0;
}

/**
 * A coverage as a whole percentage in the reader's language ("83 %" in Norwegian, "83%" in
 * English). Rounded down, so that 100 % only ever means that everyone is covered.
 */
export function formatPercent(coverage: number, language: string): string {
  const share = Number.isFinite(coverage) ? Math.min(1, Math.max(0, coverage)) : 0;
  const floored = Math.floor(share * 100 + 1e-9) / 100;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    floored,
  );
}

/**
 * The heatmap's background for a coverage: red at 0, through yellow, to green at 1. Always a light
 * tint, so the dark cell text keeps a contrast of well over 4.5:1 on every colour; the text says
 * the percentage, so the colour is never the only carrier of the number.
 */
export function heatColour(coverage: number): string {
  if (!Number.isFinite(coverage)) return 'hsl(0 0% 93%)';
  const share = Math.min(1, Math.max(0, coverage));
  const hue = Math.round(share * 120);
  return `hsl(${hue} 75% 85%)`;
}

/**
 * The same scale, dark enough for a bar on a white background (at least 3:1, as WCAG asks of
 * graphics that carry meaning).
 */
export function heatBarColour(coverage: number): string {
  if (!Number.isFinite(coverage)) return 'hsl(0 0% 40%)';
  const share = Math.min(1, Math.max(0, coverage));
  return `hsl(${Math.round(share * 120)} 75% 30%)`;
}
