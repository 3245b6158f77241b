import { numberOrNull, orNull } from './form-values';

describe('form values', () => {
  it('turns empty number fields into null, and keeps what was typed otherwise', () => {
    expect(numberOrNull(null)).toBeNull();
    expect(numberOrNull(undefined)).toBeNull();
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull('  ')).toBeNull();
    expect(numberOrNull(Number.NaN)).toBeNull();
    expect(numberOrNull(0)).toBe(0);
    expect(numberOrNull('12')).toBe(12);
    expect(numberOrNull('1,5')).toBe(1.5);
    expect(numberOrNull(9)).toBe(9);
  });

  it('sends an unchosen select or empty date as null', () => {
    expect(orNull('')).toBeNull();
    expect(orNull(null)).toBeNull();
    expect(orNull(undefined)).toBeNull();
    expect(orNull('2026-12-01')).toBe('2026-12-01');
  });
});
