import { signal } from '@angular/core';
import { FormArray } from '@angular/forms';
import { LocalizedText, ScaleLevel } from '../../data/competence-catalogue-api';
import { LocalizedTextGroup, localizedTextGroup, toLocalizedTextInput } from './localized-text';

/** The API allows at most this many levels on a scale. */
export const MAX_SCALE_LEVELS = 10;

export type LevelArray = FormArray<LocalizedTextGroup>;

/**
 * The ordered levels of a proficiency scale. A level's number is its position: level 1 is the
 * first row, so moving a row renumbers the levels.
 */
export class ScaleLevelEditor {
  /**
   * The rows as a signal, renewed on every change: the FormArray changes in place, which an
   * OnPush template would not notice.
   */
  readonly rows = signal<LocalizedTextGroup[]>([]);

  constructor(readonly levels: LevelArray) {
    this.changed();
  }

  get count(): number {
    return this.levels.length;
  }

  canAdd(): boolean {
    return this.levels.length < MAX_SCALE_LEVELS;
  }

  add(text?: Partial<LocalizedText>): void {
    if (!this.canAdd()) return;
    this.levels.push(localizedTextGroup(text));
    this.levels.markAsDirty();
    this.changed();
  }

  remove(index: number): void {
    if (index < 0 || index >= this.levels.length) return;
    this.levels.removeAt(index);
    this.levels.markAsDirty();
    this.changed();
  }

  /** Moves a level to another position; returns false when it cannot go there. */
  move(from: number, to: number): boolean {
    const last = this.levels.length - 1;
    if (from === to || from < 0 || from > last || to < 0 || to > last) return false;
    const control = this.levels.at(from);
    this.levels.removeAt(from, { emitEvent: false });
    this.levels.insert(to, control);
    this.levels.markAsDirty();
    this.changed();
    return true;
  }

  /** Replaces the rows with a saved scale's levels, lowest first. */
  reset(levels: readonly ScaleLevel[]): void {
    this.levels.clear({ emitEvent: false });
    [...levels]
      .sort((a, b) => a.level - b.level)
      .forEach((level) => this.levels.push(localizedTextGroup(level.names), { emitEvent: false }));
    this.levels.updateValueAndValidity();
    this.changed();
  }

  private changed(): void {
    this.rows.set([...this.levels.controls]);
  }

  /** The request's `levels`, in row order. */
  toInput() {
    return this.levels.getRawValue().map((level) => toLocalizedTextInput(level));
  }
}
