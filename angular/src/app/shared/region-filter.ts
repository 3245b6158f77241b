import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { Lookups } from '../data/lookups';
import { PagedList } from './paged-list';
import { SelectFilter } from './select-filter';

/** Narrows a server-side list to one region. */
@Component({
  selector: 'app-region-filter',
  imports: [SelectFilter],
  template: `
    <app-select-filter
      label="Field:Region"
      [value]="list().extra().regionId"
      [options]="regions.value()"
      (changed)="list().setExtra({ regionId: $event })"
    />
  `,
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionFilter {
  readonly list = input.required<PagedList<unknown, { regionId: string }>>();

  private readonly lookups = inject(Lookups);
  protected readonly regions = resource({ loader: () => this.lookups.regions() });
}
