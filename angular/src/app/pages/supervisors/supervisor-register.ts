import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { PeerSupervisor, PeerSupervisorApi } from '../../data/peer-supervisor-api';
import { TableField } from '../../shared/data-table';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { valueOf } from '../../shared/resource-value';
import { SelectFilter } from '../../shared/select-filter';

interface RegisterFilters {
  regionId: string;
  status: string;
}

/** The register of peer supervisors in the coordinator's scope, with their load against capacity. */
@Component({
  selector: 'app-supervisor-register',
  imports: [TranslatePipe, MatTableModule, ListPage, SelectFilter],
  template: `
    <app-list-page
      heading="Page:PeerSupervision.Supervisors.Title"
      newLabel="Page:PeerSupervision.Supervisors.Appoint"
      newLink="/supervision/supervisors/new"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
      [fields]="fields"
      tableTestId="supervisor-table"
    >
      <app-select-filter
        listFilter
        label="Field:Region"
        [value]="list.extra().regionId"
        [options]="regions()"
        (changed)="list.setExtra({ ...list.extra(), regionId: $event })"
      />
      <app-select-filter
        listFilter
        label="Page:PeerSupervision.Supervisors.Status"
        [value]="list.extra().status"
        [options]="statuses"
        [translateNames]="true"
        (changed)="list.setExtra({ ...list.extra(), status: $event })"
      />
      <ng-container matColumnDef="load">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:PeerSupervision.Supervisors.Load' | translate }}
        </th>
        <td mat-cell *matCellDef="let s" [attr.data-column]="'load'">
          {{
            'Page:PeerSupervision.Supervisors.LoadValue'
              | translate: { groups: s.activeGroups, capacity: s.capacity }
          }}
        </td>
      </ng-container>
    </app-list-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisorRegisterPage {
  private readonly api = inject(PeerSupervisorApi);

  protected readonly managePermission = Permissions.PeerSupervisionManageSupervisors;
  protected readonly columns = [
    'personName',
    'regionName',
    'offices',
    'load',
    'appointedOn',
    'state',
  ];
  protected readonly fields: TableField<PeerSupervisor>[] = [
    {
      id: 'personName',
      heading: 'Field:Name',
      value: (s) => s.personName,
      link: (s) => ['/supervision/supervisors', s.id],
    },
    { id: 'regionName', heading: 'Field:Region', value: (s) => s.regionName },
    {
      id: 'offices',
      heading: 'Page:PeerSupervision.Supervisors.Offices',
      value: (s) => s.offices.map((o) => o.name).join(', '),
    },
    {
      id: 'appointedOn',
      heading: 'Page:PeerSupervision.Supervisors.AppointedOn',
      value: (s) => s.appointedOn,
      date: true,
    },
    {
      id: 'state',
      heading: 'Page:PeerSupervision.Supervisors.Status',
      value: (s) =>
        s.isActive
          ? 'Page:PeerSupervision.Supervisors.Active'
          : 'Page:PeerSupervision.Supervisors.Ended',
      translate: true,
    },
  ];
  protected readonly statuses = [
    { id: 'active', name: 'Page:PeerSupervision.Supervisors.Active' },
    { id: 'ended', name: 'Page:PeerSupervision.Supervisors.Ended' },
  ];

  private readonly options = resource({ loader: () => this.api.options() });
  protected readonly regions = computed(() => valueOf(this.options)?.regions);

  protected readonly list = new PagedList<PeerSupervisor, RegisterFilters>((query) => {
    const { status, ...rest } = query;
    return this.api.list({
      ...rest,
      isActive: status === 'active' ? true : status === 'ended' ? false : undefined,
    });
  });

  constructor() {
    // Those who look up the register mostly want the current appointments.
    this.list.setExtra({ status: 'active' });
  }
}
