import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The reader's private reflections: a place kept on the group page for the section that writes and shares them. */
@Component({
  selector: 'app-supervision-reflections',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionReflections {
  readonly groupId = input.required<string>();
  readonly meetings = input<
    readonly { id: string; startsAt: string; endsAt: string; status: string }[]
  >([]);
}
