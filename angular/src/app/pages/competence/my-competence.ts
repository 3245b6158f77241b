import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  viewChild,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { CompetenceApi, RequirementStatus } from '../../data/competence-api';
import { Alert } from '../../shared/alert';
import { CompetenceProfileView } from './competence-profile-view';
import { EvidenceForm } from './evidence-form';
import { valueOf } from '../../shared/resource-value';

@Component({
  selector: 'app-my-competence',
  imports: [TranslatePipe, MatProgressBarModule, Alert, CompetenceProfileView, EvidenceForm],
  template: `
    <h1>
      {{ 'Page:Competence.My.Title' | translate }}
      @if (current(); as p) {
        <span class="subtitle">{{ p.personName }}, {{ p.officeName }}</span>
      }
    </h1>
    @if (profile.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    @if (noPerson(); as reason) {
      <div class="notice" role="status" data-testid="no-profile">
        <h2>{{ 'Page:Competence.My.NoProfileHeading' | translate }}</h2>
        <p>{{ reason.message }}</p>
      </div>
    }
    <app-alert [message]="error()" />

    @if (current(); as p) {
      <p>{{ 'Page:Competence.My.Intro' | translate }}</p>
      <app-competence-profile-view
        [profile]="p"
        [own]="true"
        registerLabel="Page:Competence.Upload.ForRequirement"
        (register)="startUpload($event)"
        (changed)="profile.reload()"
      />

      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">{{ 'Page:Competence.Upload.Heading' | translate }}</h2>
        <p>{{ 'Page:Competence.Upload.Intro' | translate }}</p>
        <app-evidence-form mode="upload" (saved)="profile.reload()" />
      </section>
    }
  `,
  styles: `
    .notice {
      max-width: 800px;
      padding: 12px 16px;
      border: 1px solid var(--ax-border-info);
      border-radius: 8px;
      background: var(--ax-bg-info-soft);
    }
    .notice h2 {
      margin-top: 0;
      font-size: 1.125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCompetencePage {
  private readonly api = inject(CompetenceApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly form = viewChild(EvidenceForm);

  /** Reloads in a new language: competence, level and role names come translated from the API. */
  protected readonly profile = resource({
    params: () => this.language.current(),
    loader: () => this.api.myProfile(),
  });

  /**
   * A user who is not linked to a person in the organisation has no competence to show: the API
   * answers with the reason instead of a profile, and the page explains it.
   */
  protected readonly noPerson = computed(() => valueOf(this.profile)?.noPerson ?? null);
  protected readonly current = computed(() => {
    const profile = valueOf(this.profile);
    return profile && !profile.noPerson ? profile : undefined;
  });
  protected readonly error = computed(() => {
    const error = this.profile.error();
    return error ? this.errors.describe(error) : null;
  });

  protected startUpload(requirement: RequirementStatus): void {
    this.form()?.prefill(requirement.competenceAreaId, requirement.requiredLevel);
  }
}
