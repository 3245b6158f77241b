import { Pipe, PipeTransform } from '@angular/core';

/**
 * The one way to put an enum value into words: the text key `Enum:{Type}.{Value}`, with the enum's name and value as
 * the API spells them (`Enum:CohortStatus.Running`) — the same key the server writes e-mails and exports with. A unit
 * test checks that every value of every enum in openapi.json has this text in nb, nn and en, and that every type named
 * here exists, so pages keep no label maps of their own.
 */
export function enumKey(type: string, value: string): string {
  return `Enum:${type}.${value}`;
}

/** The keys of some values of one enum, for components that take a label per option (e.g. the radio field). */
export function enumLabels<T extends string>(
  type: string,
  values: readonly T[],
): Readonly<Record<T, string>> {
  return Object.fromEntries(values.map((value) => [value, enumKey(type, value)])) as Record<
    T,
    string
  >;
}

/** `{{ cohort.status | enumLabel: 'CohortStatus' | translate }}`; nothing for a missing value. */
@Pipe({ name: 'enumLabel' })
export class EnumLabelPipe implements PipeTransform {
  transform(value: string | null | undefined, type: string): string {
    return value ? enumKey(type, value) : '';
  }
}
