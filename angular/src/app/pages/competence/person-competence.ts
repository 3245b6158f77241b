import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  viewChild,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { CompetenceApi, RequirementStatus } from '../../data/competence-api';
import { Alert } from '../../shared/alert';
import { CompetenceProfileView } from './competence-profile-view';
import { EvidenceForm } from './evidence-form';
import { valueOf } from '../../shared/resource-value';

/** Another person's competence, for leaders and coordinators; with assessment for those who may. */
@Component({
  selector: 'app-person-competence',
  imports: [
    RouterLink,
    TranslatePipe,
    MatProgressBarModule,
    Alert,
    CompetenceProfileView,
    EvidenceForm,
  ],
  template: `
    <p>
      <a routerLink="/competence/gaps">{{ 'Page:Competence.Person.Back' | translate }}</a>
    </p>
    <h1>
      {{ 'Page:Competence.Person.Title' | translate }}
      @if (current(); as p) {
        <span class="subtitle">{{ p.personName }}, {{ p.officeName }}</span>
      }
    </h1>
    @if (profile.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />

    @if (current(); as p) {
      <app-competence-profile-view
        [profile]="p"
        [canDownload]="canApprove"
        [registerLabel]="canAssess ? 'Page:Competence.Assessment.ForRequirement' : null"
        (register)="startAssessment($event)"
      />

      @if (canAssess) {
        <section aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">{{ 'Page:Competence.Assessment.Heading' | translate }}</h2>
          <p>{{ 'Page:Competence.Assessment.Intro' | translate }}</p>
          <app-evidence-form mode="assessment" [personId]="personId()" (saved)="profile.reload()" />
        </section>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonCompetencePage {
  /** Route parameter. */
  readonly personId = input.required<string>();

  private readonly api = inject(CompetenceApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly auth = inject(AuthService);
  private readonly form = viewChild(EvidenceForm);

  protected readonly canAssess = this.auth.hasPermission(Permissions.CompetenceAssessPeople);
  protected readonly canApprove = this.auth.hasPermission(Permissions.CompetenceApproveEvidence);

  protected readonly profile = resource({
    params: () => ({ personId: this.personId(), language: this.language.current() }),
    loader: ({ params }) => this.api.personProfile(params.personId),
  });
  protected readonly current = computed(() => valueOf(this.profile));
  protected readonly error = computed(() =>
    this.profile.error() ? this.errors.describe(this.profile.error()) : null,
  );

  protected startAssessment(requirement: RequirementStatus): void {
    this.form()?.prefill(requirement.competenceAreaId, requirement.requiredLevel);
  }
}
