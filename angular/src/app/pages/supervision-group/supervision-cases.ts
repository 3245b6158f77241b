import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The group's cases: a place kept on the group page for the section that lists and brings them. */
@Component({
  selector: 'app-supervision-cases',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionCases {
  readonly groupId = input.required<string>();
  readonly meetings = input<
    readonly { id: string; startsAt: string; endsAt: string; status: string }[]
  >([]);
}
