import { FormArray } from '@angular/forms';
import { LocalizedTextGroup } from './localized-text';
import { MAX_SCALE_LEVELS, ScaleLevelEditor } from './scale-levels';

function editor(...names: string[]) {
  const levels = new FormArray<LocalizedTextGroup>([]);
  const result = new ScaleLevelEditor(levels);
  names.forEach((nb) => result.add({ nb, nn: `${nb}-nn`, en: `${nb}-en` }));
  levels.markAsPristine();
  return result;
}

const nbNames = (e: ScaleLevelEditor) => e.toInput().map((level) => level.nb);

describe('ScaleLevelEditor', () => {
  it('sends the levels in row order, each in three languages', () => {
    const levels = editor('Kjennskap', 'Kunnskap');
    expect(levels.toInput()).toEqual([
      { nb: 'Kjennskap', nn: 'Kjennskap-nn', en: 'Kjennskap-en' },
      { nb: 'Kunnskap', nn: 'Kunnskap-nn', en: 'Kunnskap-en' },
    ]);
  });

  it('moves a level up and down, renumbering the others, and marks the form changed', () => {
    const levels = editor('A', 'B', 'C');
    expect(levels.move(2, 1)).toBe(true);
    expect(nbNames(levels)).toEqual(['A', 'C', 'B']);
    expect(levels.levels.dirty).toBe(true);
    expect(levels.move(0, 1)).toBe(true);
    expect(nbNames(levels)).toEqual(['C', 'A', 'B']);
  });

  it('keeps the same controls when moving, so typed text and errors travel with the row', () => {
    const levels = editor('A', 'B');
    const b = levels.levels.at(1);
    levels.move(1, 0);
    expect(levels.levels.at(0)).toBe(b);
  });

  it('refuses moves past either end', () => {
    const levels = editor('A', 'B');
    expect(levels.move(0, -1)).toBe(false);
    expect(levels.move(1, 2)).toBe(false);
    expect(levels.move(1, 1)).toBe(false);
    expect(nbNames(levels)).toEqual(['A', 'B']);
    expect(levels.levels.dirty).toBe(false);
  });

  it('adds empty levels up to the maximum, and removes a chosen one', () => {
    const levels = editor('A', 'B', 'C');
    levels.remove(1);
    expect(nbNames(levels)).toEqual(['A', 'C']);
    while (levels.canAdd()) levels.add();
    expect(levels.count).toBe(MAX_SCALE_LEVELS);
    levels.add();
    expect(levels.count).toBe(MAX_SCALE_LEVELS);
    expect(levels.toInput()[2]).toEqual({ nb: '', nn: '', en: '' });
  });

  it('fills the rows from a saved scale, lowest level first', () => {
    const levels = editor('old');
    levels.reset([
      { level: 2, name: 'Kunnskap', names: { nb: 'Kunnskap', nn: 'Kunnskap', en: 'Knowledge' } },
      { level: 1, name: 'Kjennskap', names: { nb: 'Kjennskap', nn: 'Kjennskap', en: 'Awareness' } },
    ]);
    expect(levels.toInput()).toEqual([
      { nb: 'Kjennskap', nn: 'Kjennskap', en: 'Awareness' },
      { nb: 'Kunnskap', nn: 'Kunnskap', en: 'Knowledge' },
    ]);
  });
});

describe('ScaleLevelEditor rows', () => {
  it('renews its rows signal on every change, in the new order', () => {
    const levels = editor('A', 'B');
    const before = levels.rows();
    levels.move(1, 0);
    expect(levels.rows()).not.toBe(before);
    expect(levels.rows()).toEqual([levels.levels.at(0), levels.levels.at(1)]);
    levels.remove(0);
    expect(levels.rows().length).toBe(1);
  });
});
