import { FormArray, FormControl, FormGroup } from '@angular/forms';
import type {
  GatheringFormat,
  ModuleAssignment,
  ModuleGathering,
  ModuleGrant,
  ModuleReflectionTask,
  ProgrammeModule,
  SaveModuleInput,
} from '../../data/programme-api';
import { numberOrNull, orNull } from '../../shared/form-values';
import { FormRows } from '../../shared/rows-editor';
import {
  toTranslatedTextInput,
  translatedTextGroup,
  TranslatedTextGroup,
} from '../../shared/translated-text';

/** Levels offered when the competence's scale is not known (yet): the usual 1–4. */
export const DEFAULT_MAX_LEVEL = 4;

const text = (value = '') => new FormControl(value, { nonNullable: true });
const number = (value: number | null = null) => new FormControl<number | string | null>(value);
const id = (value: string | null = null) => new FormControl<string | null>(value);

export function outcomeControl(
  value?: ProgrammeModule['learningOutcomes'][number],
): TranslatedTextGroup {
  return translatedTextGroup(value);
}

export function gatheringGroup(gathering?: Partial<ModuleGathering>) {
  return new FormGroup({
    id: id(gathering?.id ?? null),
    title: translatedTextGroup(gathering?.title),
    format: new FormControl<GatheringFormat | ''>(gathering?.format ?? 'InPerson', {
      nonNullable: true,
    }),
    durationMinutes: number(gathering?.durationMinutes ?? null),
  });
}

export function assignmentGroup(assignment?: Partial<ModuleAssignment>) {
  return new FormGroup({
    id: id(assignment?.id ?? null),
    title: translatedTextGroup(assignment?.title),
    instructions: translatedTextGroup(assignment?.instructions),
    dueDaysAfterUnlock: number(assignment?.dueDaysAfterUnlock ?? null),
  });
}

export function reflectionGroup(task?: Partial<ModuleReflectionTask>) {
  return new FormGroup({ id: id(task?.id ?? null), prompt: translatedTextGroup(task?.prompt) });
}

export function grantGroup(grant?: Partial<ModuleGrant>) {
  return new FormGroup({
    competenceAreaId: text(grant?.competenceAreaId ?? ''),
    level: number(grant?.level ?? null),
    validMonths: number(grant?.validMonths ?? null),
  });
}

export type GatheringGroup = ReturnType<typeof gatheringGroup>;
export type AssignmentGroup = ReturnType<typeof assignmentGroup>;
export type ReflectionGroup = ReturnType<typeof reflectionGroup>;
export type GrantGroup = ReturnType<typeof grantGroup>;

/**
 * The module form: plain fields plus five dynamic lists. Control names follow the API's field
 * names, so an error such as `gatherings[0].durationMinutes` or `title.nn` lands on its own field;
 * each text is a group of its bokmål, nynorsk and English versions.
 */
export class ModuleForm {
  readonly form = new FormGroup({
    title: translatedTextGroup(),
    description: translatedTextGroup(),
    courseReference: text(),
    learningOutcomes: new FormArray<TranslatedTextGroup>([]),
    gatherings: new FormArray<GatheringGroup>([]),
    assignments: new FormArray<AssignmentGroup>([]),
    reflectionTasks: new FormArray<ReflectionGroup>([]),
    grants: new FormArray<GrantGroup>([]),
  });

  readonly outcomes = new FormRows(this.form.controls.learningOutcomes, () => outcomeControl());
  readonly gatherings = new FormRows(this.form.controls.gatherings, () => gatheringGroup());
  readonly assignments = new FormRows(this.form.controls.assignments, () => assignmentGroup());
  readonly reflectionTasks = new FormRows(this.form.controls.reflectionTasks, () =>
    reflectionGroup(),
  );
  readonly grants = new FormRows(this.form.controls.grants, () => grantGroup());

  /** Fills the form from a saved module, or empties it for a new one. */
  patch(module: ProgrammeModule | null): void {
    this.form.controls.title.reset(translatedTextGroup(module?.title).getRawValue());
    this.form.controls.description.reset(translatedTextGroup(module?.description).getRawValue());
    this.form.controls.courseReference.reset(module?.courseReference ?? '');
    this.outcomes.reset((module?.learningOutcomes ?? []).map((o) => outcomeControl(o)));
    this.gatherings.reset((module?.gatherings ?? []).map((g) => gatheringGroup(g)));
    this.assignments.reset((module?.assignments ?? []).map((a) => assignmentGroup(a)));
    this.reflectionTasks.reset((module?.reflectionTasks ?? []).map((r) => reflectionGroup(r)));
    this.grants.reset((module?.grants ?? []).map((g) => grantGroup(g)));
    this.form.markAsPristine();
  }

  /** The request body (without the version's concurrency stamp), rows in their order. */
  toInput(): SaveModuleInput {
    const value = this.form.getRawValue();
    return {
      title: toTranslatedTextInput(value.title),
      description: toTranslatedTextInput(value.description),
      courseReference: value.courseReference.trim() || null,
      learningOutcomes: value.learningOutcomes.map((o) => toTranslatedTextInput(o)),
      gatherings: value.gatherings.map((g) => ({
        id: g.id,
        title: toTranslatedTextInput(g.title),
        format: g.format || null,
        durationMinutes: numberOrNull(g.durationMinutes),
      })),
      assignments: value.assignments.map((a) => ({
        id: a.id,
        title: toTranslatedTextInput(a.title),
        instructions: toTranslatedTextInput(a.instructions),
        dueDaysAfterUnlock: numberOrNull(a.dueDaysAfterUnlock),
      })),
      reflectionTasks: value.reflectionTasks.map((r) => ({
        id: r.id,
        prompt: toTranslatedTextInput(r.prompt),
      })),
      grants: value.grants.map((g) => ({
        competenceAreaId: orNull(g.competenceAreaId),
        level: numberOrNull(g.level),
        validMonths: numberOrNull(g.validMonths),
      })),
    };
  }
}
