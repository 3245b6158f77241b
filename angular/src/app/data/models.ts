/**
 * The API's shapes as the app names them. The types come from the generated client (../proxy),
 * so a change in the API shows up here as a compile error.
 */
import type { Employer, LeadershipModel } from '../proxy/models';

export type {
  ContentTextDto,
  CurrentUserDto as CurrentUser,
  Employer,
  HrImportResult,
  HrImportState,
  HrImportStatus,
  JobDto as JobInfo,
  JobRoleDto as JobRole,
  LeadershipModel,
  MunicipalityDto as Municipality,
  OfficeDto as Office,
  PersonDto as Person,
  RegionDto as Region,
  SaveMunicipalityInput as MunicipalityInput,
  SaveOfficeInput as OfficeInput,
  SavePersonInput as PersonInput,
  SaveRegionInput as RegionInput,
  TranslatedTextDto,
  TranslatedTextInput,
  UserScopeDto as UserScope,
} from '../proxy/models';

export interface PagedResult<T> {
  totalCount: number;
  items: T[];
}

export interface ListQuery {
  filter?: string;
  sorting?: string;
  skipCount?: number;
  maxResultCount?: number;
}

export const LEADERSHIP_MODELS: LeadershipModel[] = ['SingleLeader', 'DualLeader'];
export const EMPLOYERS: Employer[] = ['State', 'Municipality', 'Ks'];
