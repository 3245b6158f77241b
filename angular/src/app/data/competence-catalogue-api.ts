import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  changeCompetenceRequirement,
  createCompetenceArea,
  createCompetenceCategory,
  createCompetenceRequirement,
  createProficiencyScale,
  deleteCompetenceArea,
  deleteCompetenceCategory,
  deleteProficiencyScale,
  getCompetenceArea,
  getCompetenceAreas,
  getCompetenceCategories,
  getCompetenceCategory,
  getCompetenceRequirement,
  getCompetenceRequirements,
  getProficiencyScale,
  getProficiencyScales,
  retireCompetenceRequirement,
  updateCompetenceArea,
  updateCompetenceCategory,
  updateProficiencyScale,
} from '../proxy/functions';
import type {
  ChangeRequirementInput,
  CompetenceAreaDto,
  CompetenceCategoryDto,
  CompetenceRequirementDto,
  CreateRequirementInput,
  ProficiencyScaleDto,
  RetireRequirementInput,
  SaveCompetenceAreaInput,
  SaveCompetenceCategoryInput,
  SaveProficiencyScaleInput,
} from '../proxy/models';
import { ListQuery, PagedResult } from './models';
import { CrudApi } from './organisation-api';

export type {
  ChangeRequirementInput,
  CompetenceAreaDto as CompetenceArea,
  CompetenceCategoryDto as CompetenceCategory,
  CompetenceRequirementDto as CompetenceRequirement,
  CreateRequirementInput,
  LocalizedTextDto as LocalizedText,
  LocalizedTextInput,
  ProficiencyScaleDto as ProficiencyScale,
  RequirementVersionDto as RequirementVersion,
  RetireRequirementInput,
  SaveCompetenceAreaInput as CompetenceAreaInput,
  SaveCompetenceCategoryInput as CompetenceCategoryInput,
  SaveProficiencyScaleInput as ProficiencyScaleInput,
  ScaleLevelDto as ScaleLevel,
} from '../proxy/models';

export interface RequirementFilter {
  jobRoleId: string;
  competenceAreaId: string;
}

/** Choices for select fields; the API caps a page at 1000 rows, more than any catalogue has. */
const ALL = { maxResultCount: 1000 };

/** Role requirements: created, then only given new dated versions or retired, never edited in place. */
export class RequirementApi {
  constructor(private readonly api: Api) {}

  list(
    query: ListQuery & Partial<RequirementFilter>,
  ): Promise<PagedResult<CompetenceRequirementDto>> {
    return this.api.invoke(getCompetenceRequirements, query);
  }

  get(id: string): Promise<CompetenceRequirementDto> {
    return this.api.invoke(getCompetenceRequirement, { id });
  }

  create(body: CreateRequirementInput): Promise<CompetenceRequirementDto> {
    return this.api.invoke(createCompetenceRequirement, { body });
  }

  /** New terms from `body.validFrom`; the version before it ends the day before. */
  changeTerms(id: string, body: ChangeRequirementInput): Promise<CompetenceRequirementDto> {
    return this.api.invoke(changeCompetenceRequirement, { id, body });
  }

  retire(id: string, body: RetireRequirementInput): Promise<CompetenceRequirementDto> {
    return this.api.invoke(retireCompetenceRequirement, { id, body });
  }
}

/** The competence catalogue (scales, categories, areas) and the role requirements built on it. */
@Injectable({ providedIn: 'root' })
export class CompetenceCatalogueApi {
  private readonly api = inject(Api);

  readonly scales = new CrudApi<ProficiencyScaleDto, SaveProficiencyScaleInput>(this.api, {
    list: getProficiencyScales,
    get: getProficiencyScale,
    create: createProficiencyScale,
    update: updateProficiencyScale,
    remove: deleteProficiencyScale,
  });
  readonly categories = new CrudApi<CompetenceCategoryDto, SaveCompetenceCategoryInput>(this.api, {
    list: getCompetenceCategories,
    get: getCompetenceCategory,
    create: createCompetenceCategory,
    update: updateCompetenceCategory,
    remove: deleteCompetenceCategory,
  });
  readonly areas = new CrudApi<CompetenceAreaDto, SaveCompetenceAreaInput, { categoryId: string }>(
    this.api,
    {
      list: getCompetenceAreas,
      get: getCompetenceArea,
      create: createCompetenceArea,
      update: updateCompetenceArea,
      remove: deleteCompetenceArea,
    },
  );
  readonly requirements = new RequirementApi(this.api);

  async allScales(): Promise<ProficiencyScaleDto[]> {
    return (await this.scales.list(ALL)).items;
  }

  /** In the catalogue's own order (sort order). */
  async allCategories(): Promise<CompetenceCategoryDto[]> {
    return (await this.categories.list(ALL)).items;
  }

  async allAreas(): Promise<CompetenceAreaDto[]> {
    return (await this.areas.list({ ...ALL, sorting: 'code asc' })).items;
  }
}
