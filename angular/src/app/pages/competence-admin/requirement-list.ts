import { AppDatePipe } from '../../shared/date-format';
import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  CompetenceCatalogueApi,
  CompetenceRequirement,
  RequirementFilter,
} from '../../data/competence-catalogue-api';
import { Lookups } from '../../data/lookups';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { SelectFilter } from '../../shared/select-filter';
import {
  MANDATORY_LABELS,
  REQUIREMENTS_PATH,
  requirementState,
  RequirementStateKind,
  SCOPE_LABELS,
  STATE_LABELS,
} from './requirement-form';

/** The API lists requirements by role, then competence code; it does not sort them otherwise. */
@Component({
  selector: 'app-competence-requirement-list',
  imports: [RouterLink, TranslatePipe, AppDatePipe, MatTableModule, ListPage, SelectFilter],
  template: `
    <app-list-page
      heading="Page:CompetenceAdmin.Requirements.Title"
      newLabel="Page:CompetenceAdmin.Requirements.New"
      [newLink]="path + '/new'"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
      tableTestId="competence-requirement-table"
    >
      <app-select-filter
        listFilter
        label="Field:JobRole"
        [value]="list.extra().jobRoleId"
        [options]="jobRoles.value()"
        (changed)="setFilter({ jobRoleId: $event })"
      />
      <app-select-filter
        listFilter
        label="Page:CompetenceAdmin.Field.Competence"
        [value]="list.extra().competenceAreaId"
        [options]="areaOptions()"
        (changed)="setFilter({ competenceAreaId: $event })"
      />

      <ng-container matColumnDef="jobRoleName">
        <th mat-header-cell *matHeaderCellDef>{{ 'Field:JobRole' | translate }}</th>
        <td mat-cell *matCellDef="let requirement">{{ requirement.jobRoleName }}</td>
      </ng-container>
      <ng-container matColumnDef="competence">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:CompetenceAdmin.Field.Competence' | translate }}
        </th>
        <td mat-cell *matCellDef="let requirement">
          <a [routerLink]="[path, requirement.id]">{{ requirement.competenceAreaName }}</a>
          <span class="code">{{ requirement.competenceAreaCode }}</span>
        </td>
      </ng-container>
      <ng-container matColumnDef="scope">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:CompetenceAdmin.Field.Scope' | translate }}
        </th>
        <td mat-cell *matCellDef="let requirement">
          {{ requirement.officeName ?? requirement.regionName ?? (scopes.national | translate) }}
        </td>
      </ng-container>
      <ng-container matColumnDef="minimumLevel">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:CompetenceAdmin.Field.MinimumLevel' | translate }}
        </th>
        <td mat-cell *matCellDef="let requirement">
          @if (requirement.current; as current) {
            {{ current.minimumLevel }} {{ current.minimumLevelName }}
          } @else {
            @let state = stateOf(requirement);
            {{ states[state.kind] | translate: { date: state.date | appDate } }}
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="deadlineMonths">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:CompetenceAdmin.Field.DeadlineMonths' | translate }}
        </th>
        <td mat-cell *matCellDef="let requirement">{{ requirement.current?.deadlineMonths }}</td>
      </ng-container>
      <ng-container matColumnDef="renewalMonths">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:CompetenceAdmin.Field.RenewalMonths' | translate }}
        </th>
        <td mat-cell *matCellDef="let requirement">
          @if (requirement.current; as current) {
            {{
              current.renewalMonths ?? ('Page:CompetenceAdmin.Requirements.NoRenewal' | translate)
            }}
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="isMandatory">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:CompetenceAdmin.Field.Kind' | translate }}
        </th>
        <td mat-cell *matCellDef="let requirement">
          @if (requirement.current; as current) {
            {{ (current.isMandatory ? mandatory.true : mandatory.false) | translate }}
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="validFrom">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:CompetenceAdmin.Field.ValidFrom' | translate }}
        </th>
        <td mat-cell *matCellDef="let requirement">
          {{ requirement.current?.validFrom | appDate }}
        </td>
      </ng-container>
    </app-list-page>
  `,
  styles: `
    .code {
      display: block;
      font-size: 0.875rem;
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceRequirementListPage {
  private readonly api = inject(CompetenceCatalogueApi);
  private readonly lookups = inject(Lookups);
  protected readonly language = inject(LanguageService);

  protected readonly path = REQUIREMENTS_PATH;
  protected readonly managePermission = Permissions.CompetenceManageRequirements;
  protected readonly mandatory = MANDATORY_LABELS;
  protected readonly scopes = SCOPE_LABELS;
  protected readonly states = STATE_LABELS;
  protected readonly columns = [
    'jobRoleName',
    'competence',
    'scope',
    'minimumLevel',
    'deadlineMonths',
    'renewalMonths',
    'isMandatory',
    'validFrom',
  ];
  protected readonly list = new PagedList<CompetenceRequirement, RequirementFilter>((query) =>
    this.api.requirements.list(query),
  );
  protected readonly jobRoles = resource({
    params: () => this.language.current(),
    loader: () => this.lookups.jobRoles(),
  });
  private readonly areas = resource({
    params: () => this.language.current(),
    loader: () => this.api.allAreas(),
  });
  protected readonly areaOptions = computed(() =>
    (this.areas.value() ?? [])
      .map((area) => ({ id: area.id, name: `${area.name} (${area.code})` }))
      .sort((a, b) => a.name.localeCompare(b.name, this.language.current())),
  );

  constructor() {
    this.list.sort.set({ active: '', direction: '' });
  }

  protected setFilter(change: Partial<RequirementFilter>): void {
    this.list.setExtra({ ...this.list.extra(), ...change });
  }

  /** Only for requirements with no version in force today: retired, or not yet started. */
  protected stateOf(requirement: CompetenceRequirement): {
    kind: RequirementStateKind;
    date: string | null;
  } {
    const state = requirementState(requirement);
    return { kind: state.kind, date: 'date' in state ? state.date : null };
  }
}
