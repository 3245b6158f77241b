import { computed, effect, inject, Signal, signal, untracked } from '@angular/core';
import { AuthService } from '../../core/auth.service';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { CompetenceCatalogueApi, CompetenceRequirement } from '../../data/competence-catalogue-api';
import { FormSubmission } from '../../shared/form-submission';
import { REQUIREMENTS_PATH } from './requirement-form';

/**
 * The state behind a requirement page, shaped like the shared EntityEditor so the shared page
 * header can show it. Requirements are not saved in place: the pages send a new requirement, a
 * new version or a retirement, each through a FormSubmission.
 */
export class RequirementEditor {
  readonly listPath = REQUIREMENTS_PATH;
  readonly entity = signal<CompetenceRequirement | null>(null);
  readonly loading = signal(false);
  /** Loading, and on the "new" page also creating; its error shows under the heading. */
  readonly submission = new FormSubmission();
  readonly saving = this.submission.saving;
  readonly error = this.submission.error;
  readonly conflict = this.submission.conflict;
  readonly name = computed(() => {
    const requirement = this.entity();
    return requirement ? `${requirement.jobRoleName} – ${requirement.competenceAreaName}` : null;
  });
  readonly canManage = computed(() =>
    this.auth.hasPermission(Permissions.CompetenceManageRequirements),
  );

  private readonly auth = inject(AuthService);
  private readonly api = inject(CompetenceCatalogueApi);
  private readonly language = inject(LanguageService);

  /**
   * `id` is the route parameter; absent on the "new" route. The requirement is loaded again when
   * the language changes, because the server names its role, competence and levels.
   */
  constructor(id?: Signal<string | undefined>) {
    if (id) {
      effect(() => {
        const value = id();
        this.language.current();
        if (value) untracked(() => void this.load(value));
      });
    }
  }

  async load(id: string): Promise<void> {
    this.loading.set(true);
    this.submission.clear();
    try {
      this.entity.set(await this.api.requirements.get(id));
    } catch (error) {
      this.submission.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  reload(): Promise<void> {
    const requirement = this.entity();
    return requirement ? this.load(requirement.id) : Promise.resolve();
  }

  /** Requirements are never deleted, only retired: they are part of people's history. */
  remove(): Promise<void> {
    return Promise.resolve();
  }
}
