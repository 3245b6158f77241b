import { inject, Injectable } from '@angular/core';
import { Api, ApiFnOptional, ApiFnRequired } from '../proxy/api';
import {
  createMunicipality,
  createOffice,
  createPerson,
  createRegion,
  deleteMunicipality,
  deleteOffice,
  deletePerson,
  deleteRegion,
  getJobRoles,
  getMunicipalities,
  getMunicipality,
  getOffice,
  getOffices,
  getPeople,
  getPerson,
  getRegion,
  getRegions,
  updateMunicipality,
  updateOffice,
  updatePerson,
  updateRegion,
} from '../proxy/functions';
import {
  JobRole,
  ListQuery,
  Municipality,
  MunicipalityInput,
  Office,
  OfficeInput,
  PagedResult,
  Person,
  PersonInput,
  Region,
  RegionInput,
} from './models';

interface CrudFunctions<T, TInput, TExtra> {
  list: ApiFnOptional<ListQuery & Partial<TExtra>, PagedResult<T>>;
  get: ApiFnRequired<{ id: string }, T>;
  create: ApiFnRequired<{ body: TInput }, T>;
  update: ApiFnRequired<{ id: string; body: TInput }, T>;
  remove: ApiFnRequired<{ id: string }, void>;
}

/** List, read, create, update and delete for one organisation resource. */
export class CrudApi<T, TInput, TExtra extends object = object> {
  constructor(
    private readonly api: Api,
    private readonly fns: CrudFunctions<T, TInput, TExtra>,
  ) {}

  list(query: ListQuery & Partial<TExtra>): Promise<PagedResult<T>> {
    return this.api.invoke(this.fns.list, query);
  }

  get(id: string): Promise<T> {
    return this.api.invoke(this.fns.get, { id });
  }

  create(body: TInput): Promise<T> {
    return this.api.invoke(this.fns.create, { body });
  }

  update(id: string, body: TInput): Promise<T> {
    return this.api.invoke(this.fns.update, { id, body });
  }

  delete(id: string): Promise<void> {
    return this.api.invoke(this.fns.remove, { id });
  }
}

@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly api = inject(Api);

  readonly regions = new CrudApi<Region, RegionInput>(this.api, {
    list: getRegions,
    get: getRegion,
    create: createRegion,
    update: updateRegion,
    remove: deleteRegion,
  });
  readonly municipalities = new CrudApi<Municipality, MunicipalityInput, { regionId?: string }>(
    this.api,
    {
      list: getMunicipalities,
      get: getMunicipality,
      create: createMunicipality,
      update: updateMunicipality,
      remove: deleteMunicipality,
    },
  );
  readonly offices = new CrudApi<Office, OfficeInput, { regionId?: string }>(this.api, {
    list: getOffices,
    get: getOffice,
    create: createOffice,
    update: updateOffice,
    remove: deleteOffice,
  });
  readonly people = new CrudApi<Person, PersonInput, { officeId?: string }>(this.api, {
    list: getPeople,
    get: getPerson,
    create: createPerson,
    update: updatePerson,
    remove: deletePerson,
  });

  jobRoles(): Promise<JobRole[]> {
    return this.api.invoke(getJobRoles);
  }
}
