import { inject, Injectable } from '@angular/core';
import { JobRole } from './models';
import { OrganisationApi } from './organisation-api';

export interface Option {
  id: string;
  name: string;
}

/** Choices for select fields; the API caps a page at 1000 rows, more than any of these lists. */
const ALL = { maxResultCount: 1000, sorting: 'name asc' };

@Injectable({ providedIn: 'root' })
export class Lookups {
  private readonly api = inject(OrganisationApi);

  async regions(): Promise<Option[]> {
    return (await this.api.regions.list(ALL)).items.map(({ id, name }) => ({ id, name }));
  }

  async municipalities(regionId?: string): Promise<Option[]> {
    const result = await this.api.municipalities.list({ ...ALL, regionId });
    return result.items.map(({ id, name }) => ({ id, name }));
  }

  async offices(): Promise<Option[]> {
    return (await this.api.offices.list(ALL)).items.map(({ id, name }) => ({ id, name }));
  }

  jobRoles(): Promise<JobRole[]> {
    return this.api.jobRoles();
  }
}
