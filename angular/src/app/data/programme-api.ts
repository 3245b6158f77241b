import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import {
  addProgrammeModule,
  approveProgrammeVersion,
  createProgrammeVersion,
  deleteProgrammeModule,
  deleteProgrammeVersion,
  getProgrammeVersion,
  getProgrammeVersions,
  moveProgrammeModule,
  updateProgrammeModule,
  updateProgrammeVersion,
} from '../proxy/functions';
import type {
  CreateVersionInput,
  ProgrammeVersionDto,
  ProgrammeVersionSummaryDto,
  SaveModuleInput,
  SaveVersionInput,
} from '../proxy/models';

export type {
  ApprovalDto as Approval,
  ApprovalParty,
  AssignmentDto as ModuleAssignment,
  AssignmentInput,
  ContentTextDto as ContentText,
  CreateVersionInput,
  GatheringDto as ModuleGathering,
  GatheringFormat,
  GatheringInput,
  GrantDto as ModuleGrant,
  GrantInput,
  ModuleDto as ProgrammeModule,
  ProgrammeVersionDto as ProgrammeVersion,
  ProgrammeVersionStatus,
  ProgrammeVersionSummaryDto as ProgrammeVersionSummary,
  ReflectionTaskDto as ModuleReflectionTask,
  ReflectionTaskInput,
  SaveModuleInput,
  SaveVersionInput,
  TranslatedTextDto as TranslatedText,
  VersionHistoryAction,
  VersionHistoryEntryDto as VersionHistoryEntry,
} from '../proxy/models';

/**
 * The leadership programme's versions and their modules. Every change to a draft sends the
 * version's concurrency stamp and returns the whole version again, approvals and history included.
 */
@Injectable({ providedIn: 'root' })
export class ProgrammeApi {
  private readonly api = inject(Api);

  versions(): Promise<ProgrammeVersionSummaryDto[]> {
    return this.api.invoke(getProgrammeVersions);
  }

  version(id: string): Promise<ProgrammeVersionDto> {
    return this.api.invoke(getProgrammeVersion, { id });
  }

  /** A new draft, copied from `copyFromVersionId` when set. Only one draft may exist (409). */
  createVersion(body: CreateVersionInput): Promise<ProgrammeVersionDto> {
    return this.api.invoke(createProgrammeVersion, { body });
  }

  updateVersion(id: string, body: SaveVersionInput): Promise<ProgrammeVersionDto> {
    return this.api.invoke(updateProgrammeVersion, { id, body });
  }

  /** Only a draft that no cohort uses can be deleted. */
  deleteVersion(id: string): Promise<void> {
    return this.api.invoke(deleteProgrammeVersion, { id });
  }

  addModule(id: string, body: SaveModuleInput): Promise<ProgrammeVersionDto> {
    return this.api.invoke(addProgrammeModule, { id, body });
  }

  updateModule(id: string, moduleId: string, body: SaveModuleInput): Promise<ProgrammeVersionDto> {
    return this.api.invoke(updateProgrammeModule, { id, moduleId, body });
  }

  deleteModule(
    id: string,
    moduleId: string,
    concurrencyStamp: string,
  ): Promise<ProgrammeVersionDto> {
    return this.api.invoke(deleteProgrammeModule, { id, moduleId, body: { concurrencyStamp } });
  }

  /** Moves a module to `position` (1-based) in the version's order. */
  moveModule(
    id: string,
    moduleId: string,
    position: number,
    concurrencyStamp: string,
  ): Promise<ProgrammeVersionDto> {
    return this.api.invoke(moveProgrammeModule, {
      id,
      moduleId,
      body: { position, concurrencyStamp },
    });
  }

  /** Approves for the caller's own party; the second party's approval publishes the version. */
  approve(id: string, concurrencyStamp: string): Promise<ProgrammeVersionDto> {
    return this.api.invoke(approveProgrammeVersion, { id, body: { concurrencyStamp } });
  }
}
