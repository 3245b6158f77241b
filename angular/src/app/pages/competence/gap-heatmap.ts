import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Heatmap, HeatmapCell, HeatmapRow } from '../../data/competence-api';
import { formatPercent, heatColour } from '../../shared/competence-format';

/** One office and competence: what a heatmap cell opens. */
export interface HeatmapTarget {
  officeId: string;
  officeName: string;
  competenceAreaId: string;
  competenceName: string;
}

export interface HeatmapGridRow {
  row: HeatmapRow;
  /** One entry per column, in column order; null where the competence is not required. */
  cells: (HeatmapCell | null)[];
}

/** Lines the cells of each office up under the columns; a missing cell means "not required". */
export function heatmapGrid(heatmap: Heatmap): HeatmapGridRow[] {
  return heatmap.rows.map((row) => {
    const byArea = new Map(row.cells.map((cell) => [cell.competenceAreaId, cell]));
    return { row, cells: heatmap.competences.map((c) => byArea.get(c.id) ?? null) };
  });
}

/**
 * Coverage per office (rows) and competence (columns). Each cell says its percentage and count in
 * text; the colour, red to green, only repeats it. Cells are buttons that open the people behind.
 */
@Component({
  selector: 'app-gap-heatmap',
  imports: [TranslatePipe],
  template: `
    @let map = heatmap();
    @if (map.rows.length) {
      <div class="legend" aria-hidden="true">
        <span>0 %</span>
        <span class="scale"></span>
        <span>100 %</span>
      </div>
      <div class="wrapper">
        <table class="heatmap" data-testid="heatmap">
          <caption class="visually-hidden">
            {{
              'Page:Competence.Heatmap.Caption' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="office">{{ 'Field:Office' | translate }}</th>
              @for (column of map.competences; track column.id) {
                <th scope="col" class="column">{{ column.name }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (line of grid(); track line.row.officeId) {
              <tr>
                <th scope="row" class="office">
                  {{ line.row.officeName }}
                  <span class="region">{{ line.row.regionName }}</span>
                </th>
                @for (cell of line.cells; track $index; let i = $index) {
                  <td>
                    @if (cell) {
                      <button
                        type="button"
                        class="cell"
                        data-testid="heatmap-cell"
                        [attr.data-office]="line.row.officeName"
                        [attr.data-competence]="map.competences[i].name"
                        [style.background-color]="colour(cell.coverage)"
                        (click)="open(line.row, i)"
                      >
                        <span class="percent">{{ percent(cell.coverage) }}</span>
                        <span class="count">{{ cell.covered }}/{{ cell.total }}</span>
                        <span class="visually-hidden"
                          >{{ line.row.officeName }}, {{ map.competences[i].name }}:
                          {{ 'Page:Competence.Gaps.ShowPeople' | translate }}</span
                        >
                      </button>
                    } @else {
                      <span class="none" aria-hidden="true">–</span>
                      <span class="visually-hidden">{{
                        'Page:Competence.Heatmap.NotRequired' | translate
                      }}</span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="empty">{{ 'Page:Competence.Heatmap.Empty' | translate }}</p>
    }
  `,
  styles: `
    .wrapper {
      overflow-x: auto;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    .heatmap {
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    th,
    td {
      border: 1px solid var(--ax-border-neutral-subtle);
      padding: 2px;
    }
    thead th {
      vertical-align: bottom;
      font-weight: 600;
      padding: 6px;
    }
    .column {
      min-width: 96px;
      max-width: 136px;
      hyphens: auto;
      overflow-wrap: break-word;
    }
    .office {
      position: sticky;
      left: 0;
      z-index: 1;
      background: var(--ax-bg-default);
      text-align: left;
      min-width: 160px;
      padding: 6px 8px;
    }
    .region {
      display: block;
      font-weight: 400;
      color: var(--ax-text-neutral-subtle);
    }
    .cell {
      display: flex;
      flex-direction: column;
      align-items: center;
      width: 100%;
      min-width: 80px;
      min-height: 44px;
      padding: 4px;
      border: 0;
      border-radius: 4px;
      font: inherit;
      color: var(--ax-text-neutral);
      cursor: pointer;
    }
    .cell:hover {
      outline: 2px solid var(--ax-border-neutral);
      outline-offset: -2px;
    }
    .percent {
      font-weight: 700;
      font-size: 1rem;
    }
    .count {
      font-size: 0.8125rem;
    }
    .none {
      display: block;
      text-align: center;
      color: var(--ax-text-neutral-subtle);
    }
    .legend {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
      font-size: 0.875rem;
    }
    .scale {
      display: inline-block;
      width: 160px;
      height: 12px;
      border-radius: 6px;
      background: linear-gradient(to right, hsl(0 75% 85%), hsl(60 75% 85%), hsl(120 75% 85%));
      border: 1px solid var(--ax-border-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GapHeatmap {
  readonly heatmap = input.required<Heatmap>();
  readonly picked = output<HeatmapTarget>();

  private readonly language = inject(LanguageService);
  protected readonly grid = computed(() => heatmapGrid(this.heatmap()));
  protected readonly colour = heatColour;

  protected percent(coverage: number): string {
    return formatPercent(coverage, this.language.current());
  }

  protected open(row: HeatmapRow, column: number): void {
    const competence = this.heatmap().competences[column];
    this.picked.emit({
      officeId: row.officeId,
      officeName: row.officeName,
      competenceAreaId: competence.id,
      competenceName: competence.name,
    });
  }
}
