import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Lookups } from '../data/lookups';
import { PagedList } from './paged-list';

/** Narrows a server-side list to one region. */
@Component({
  selector: 'app-region-filter',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe],
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ 'Field:Region' | translate }}</mat-label>
      <mat-select
        [value]="list().extra().regionId ?? ''"
        (valueChange)="list().setExtra({ regionId: $event || undefined })"
      >
        <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
        @for (region of regions.value() ?? []; track region.id) {
          <mat-option [value]="region.id">{{ region.name }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionFilter {
  readonly list = input.required<PagedList<unknown, { regionId: string }>>();

  private readonly lookups = inject(Lookups);
  protected readonly regions = resource({ loader: () => this.lookups.regions() });
}
