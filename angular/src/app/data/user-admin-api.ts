import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  createUser,
  disableUser,
  enableUser,
  findPeopleForUsers,
  getPermissionGrants,
  getUser,
  getUserAdminOptions,
  getUsers,
  inviteUser,
  linkUserPerson,
  removeUserRole,
  sendPasswordReset,
  setPermissionGrant,
  setUserRole,
  unlinkUserPerson,
  unlockUser,
  updateUser,
} from '../proxy/functions';
import type {
  CreateUserInput,
  PagedResultOfUserListItemDto,
  PermissionGrantMatrixDto,
  PersonCandidateDto,
  SetPermissionGrantInput,
  SetRoleInput,
  UpdateUserInput,
  UserAdminOptionsDto,
  UserDto,
} from '../proxy/models';
import { ListQuery } from './models';

export type {
  CreateUserInput as NewUser,
  PermissionGrantMatrixDto as GrantMatrix,
  PermissionGroupDto as GrantGroup,
  PermissionGrantRowDto as GrantRow,
  PersonCandidateDto as PersonCandidate,
  RoleAssignmentDto as RoleAssignment,
  RoleOptionDto as RoleOption,
  ScopeKind,
  SetRoleInput as RoleScope,
  UserAdminOptionsDto as UserAdminOptions,
  UserDto as User,
  UserListItemDto as UserListItem,
} from '../proxy/models';

export interface UserFilters {
  role?: string;
  isDisabled?: boolean;
}

/** Users, their invites, person links and roles, and the permission grants per role. */
@Injectable({ providedIn: 'root' })
export class UserAdminApi {
  private readonly api = inject(Api);

  list(query: ListQuery & UserFilters): Promise<PagedResultOfUserListItemDto> {
    return this.api.invoke(getUsers, query);
  }

  get(id: string): Promise<UserDto> {
    return this.api.invoke(getUser, { id });
  }

  options(): Promise<UserAdminOptionsDto> {
    return this.api.invoke(getUserAdminOptions);
  }

  people(filter: string): Promise<PersonCandidateDto[]> {
    return this.api.invoke(findPeopleForUsers, { filter: filter || undefined });
  }

  create(body: CreateUserInput): Promise<UserDto> {
    return this.api.invoke(createUser, { body });
  }

  update(id: string, body: UpdateUserInput): Promise<UserDto> {
    return this.api.invoke(updateUser, { id, body });
  }

  invite(id: string): Promise<UserDto> {
    return this.api.invoke(inviteUser, { id });
  }

  sendPasswordReset(id: string): Promise<UserDto> {
    return this.api.invoke(sendPasswordReset, { id });
  }

  disable(id: string, reason: string): Promise<UserDto> {
    return this.api.invoke(disableUser, { id, body: { reason } });
  }

  enable(id: string): Promise<UserDto> {
    return this.api.invoke(enableUser, { id });
  }

  unlock(id: string): Promise<UserDto> {
    return this.api.invoke(unlockUser, { id });
  }

  linkPerson(id: string, personId: string | null): Promise<UserDto> {
    return this.api.invoke(linkUserPerson, { id, body: { personId } });
  }

  unlinkPerson(id: string): Promise<UserDto> {
    return this.api.invoke(unlinkUserPerson, { id });
  }

  setRole(id: string, roleName: string, body: SetRoleInput): Promise<UserDto> {
    return this.api.invoke(setUserRole, { id, roleName, body });
  }

  removeRole(id: string, roleName: string): Promise<UserDto> {
    return this.api.invoke(removeUserRole, { id, roleName });
  }

  grants(): Promise<PermissionGrantMatrixDto> {
    return this.api.invoke(getPermissionGrants);
  }

  setGrant(body: SetPermissionGrantInput): Promise<PermissionGrantMatrixDto> {
    return this.api.invoke(setPermissionGrant, { body });
  }
}
