import {
  countOf,
  evidenceStateChip,
  formatPercent,
  heatBarColour,
  heatColour,
  needsAction,
  statusChip,
} from './competence-format';

/** Relative luminance and contrast as WCAG defines them, for an `hsl(h s% l%)` colour. */
function luminanceOfHsl(colour: string): number {
  const [h, s, l] = colour.match(/[\d.]+/g)!.map(Number);
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(f(0)) + 0.7152 * linear(f(8)) + 0.0722 * linear(f(4));
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
/** NAV's darkest text colour is close to this; white is 1. */
const DARK_TEXT = 0.012;
const WHITE = 1;

describe('status chips', () => {
  it('say each status in words and give it a colour that matches its urgency', () => {
    expect(statusChip('Met')).toEqual({ label: 'Enum:CompetenceStatus.Met', tone: 'success' });
    expect(statusChip('ExpiringSoon')).toEqual({
      label: 'Enum:CompetenceStatus.ExpiringSoon',
      tone: 'warning',
    });
    expect(statusChip('MissingWithinDeadline').tone).toBe('info');
    expect(statusChip('Expired').tone).toBe('danger');
    expect(statusChip('Overdue')).toEqual({
      label: 'Enum:CompetenceStatus.Overdue',
      tone: 'danger',
    });
  });

  it('show a status the app does not know yet by its own name, in neutral', () => {
    expect(statusChip('Someday' as never)).toEqual({ label: 'Someday', tone: 'neutral' });
  });

  it('map evidence states', () => {
    expect(evidenceStateChip('Pending')).toEqual({
      label: 'Enum:EvidenceState.Pending',
      tone: 'info',
    });
    expect(evidenceStateChip('Approved').tone).toBe('success');
    expect(evidenceStateChip('Rejected').tone).toBe('danger');
  });

  it('ask for action on everything but a met requirement', () => {
    expect(needsAction('Met')).toBe(false);
    expect(needsAction('ExpiringSoon')).toBe(true);
    expect(needsAction('Overdue')).toBe(true);
  });
});

describe('counts', () => {
  const counts = {
    total: 8,
    met: 3,
    expiringSoon: 1,
    expired: 1,
    missingWithinDeadline: 2,
    overdue: 1,
    coverage: 0.5,
  };

  it('read the count of a status', () => {
    expect(countOf(counts, 'MissingWithinDeadline')).toBe(2);
    expect(countOf(counts, 'ExpiringSoon')).toBe(1);
  });
});

describe('heatmap percentages', () => {
  it('write whole percentages the way each language does', () => {
    expect(formatPercent(0.83, 'nb')).toBe('83\u00a0%');
    expect(formatPercent(0.83, 'nn')).toMatch(/^83\s?%$/);
    expect(formatPercent(0.83, 'en')).toBe('83%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('round down, so that 100 % only shows when everyone is covered', () => {
    expect(formatPercent(199 / 200, 'en')).toBe('99%');
    expect(formatPercent(2 / 3, 'en')).toBe('66%');
    // Floating point must not push an exact share below its percentage.
    expect(formatPercent(0.29, 'en')).toBe('29%');
    expect(formatPercent(0.57, 'en')).toBe('57%');
  });

  it('clamp what is out of range and treat nonsense as zero', () => {
    expect(formatPercent(1.2, 'en')).toBe('100%');
    expect(formatPercent(-0.1, 'en')).toBe('0%');
    expect(formatPercent(Number.NaN, 'en')).toBe('0%');
  });
});

describe('heatmap colours', () => {
  it('go from red at 0 through yellow to green at 1', () => {
    expect(heatColour(0)).toBe('hsl(0 75% 85%)');
    expect(heatColour(0.5)).toBe('hsl(60 75% 85%)');
    expect(heatColour(1)).toBe('hsl(120 75% 85%)');
    expect(heatColour(1.5)).toBe(heatColour(1));
    expect(heatColour(-1)).toBe(heatColour(0));
    expect(heatColour(Number.NaN)).toBe('hsl(0 0% 93%)');
  });

  it('keep dark cell text readable (at least 4.5:1) on every colour of the scale', () => {
    for (let share = 0; share <= 1; share += 0.05) {
      expect(contrast(luminanceOfHsl(heatColour(share)), DARK_TEXT)).toBeGreaterThan(4.5);
    }
  });

  it('draw chart bars that stand out from the white background (at least 3:1)', () => {
    for (let share = 0; share <= 1; share += 0.05) {
      expect(contrast(luminanceOfHsl(heatBarColour(share)), WHITE)).toBeGreaterThan(3);
    }
  });
});
