import { AppDatePipe, DateFormatter } from '../../shared/date-format';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from '../../core/language.service';
import {
  CompetenceCatalogueApi,
  CompetenceRequirement,
  RequirementVersion,
  ScaleLevel,
} from '../../data/competence-catalogue-api';
import { Alert } from '../../shared/alert';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog';
import { DataTable, TableField } from '../../shared/data-table';
import { EditPageHeader } from '../../shared/edit-page';
import { FormSubmission } from '../../shared/form-submission';
import { RequirementEditor } from './requirement-editor';
import {
  lastDayBefore,
  latestVersion,
  MANDATORY_LABELS,
  RequirementDateField,
  requirementState,
  RequirementTermsFields,
  SCOPE_LABELS,
  scopeOf,
  STATE_LABELS,
  termsControls,
  termsOf,
  toChangeRequirementInput,
  todayIso,
} from './requirement-form';

/**
 * One requirement with its version history. Managers change its terms from a date (a new version)
 * or retire it from a date; earlier versions stay as they were.
 */
@Component({
  selector: 'app-competence-requirement-detail',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AppDatePipe,
    MatButtonModule,
    MatTableModule,
    Alert,
    DataTable,
    EditPageHeader,
    RequirementTermsFields,
    RequirementDateField,
  ],
  template: `
    <app-edit-page-header
      [editor]="editor"
      title="Page:CompetenceAdmin.Requirements.Detail"
      backLabel="Page:CompetenceAdmin.Requirements.BackToList"
    />
    @if (editor.entity(); as requirement) {
      <dl class="summary" data-testid="requirement-summary">
        <div>
          <dt>{{ 'Field:JobRole' | translate }}</dt>
          <dd>{{ requirement.jobRoleName }}</dd>
        </div>
        <div>
          <dt>{{ 'Page:CompetenceAdmin.Field.Competence' | translate }}</dt>
          <dd>{{ requirement.competenceAreaName }} ({{ requirement.competenceAreaCode }})</dd>
        </div>
        <div>
          <dt>{{ 'Page:CompetenceAdmin.Field.Scope' | translate }}</dt>
          <dd>
            @switch (scope()) {
              @case ('region') {
                {{ 'Field:Region' | translate }}: {{ requirement.regionName }}
              }
              @case ('office') {
                {{ 'Field:Office' | translate }}: {{ requirement.officeName }}
              }
              @default {
                {{ scopeLabels.national | translate }}
              }
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'Page:CompetenceAdmin.Field.State' | translate }}</dt>
          <dd>
            {{ stateLabels[state().kind] | translate: { date: stateDate() | appDate } }}
          </dd>
        </div>
      </dl>

      <h2 id="versions-heading">{{ 'Page:CompetenceAdmin.Requirements.Versions' | translate }}</h2>
      <app-data-table
        [rows]="requirement.versions"
        [columns]="versionColumns"
        [fields]="versionFields"
        testId="requirement-versions"
      >
        <ng-container matColumnDef="validFrom">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:CompetenceAdmin.Field.ValidFrom' | translate }}
          </th>
          <td mat-cell *matCellDef="let version">
            {{ version.validFrom | appDate }}
            @if (version.id === requirement.current?.id) {
              <span class="current-tag">{{
                'Page:CompetenceAdmin.Requirements.CurrentVersion' | translate
              }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="lastDay">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:CompetenceAdmin.Field.LastDay' | translate }}
          </th>
          <td mat-cell *matCellDef="let version">
            @if (lastDay(version.validTo); as day) {
              {{ day | appDate }}
            } @else {
              {{ 'Page:CompetenceAdmin.Requirements.UntilFurtherNotice' | translate }}
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="renewalMonths">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:CompetenceAdmin.Field.RenewalMonths' | translate }}
          </th>
          <td mat-cell *matCellDef="let version">
            {{
              version.renewalMonths ?? ('Page:CompetenceAdmin.Requirements.NoRenewal' | translate)
            }}
          </td>
        </ng-container>
      </app-data-table>

      @if (editor.canManage()) {
        <section aria-labelledby="new-version-heading">
          <h2 id="new-version-heading">
            {{ 'Page:CompetenceAdmin.Requirements.NewVersion' | translate }}
          </h2>
          <p class="intro">{{ 'Page:CompetenceAdmin.Requirements.NewVersionIntro' | translate }}</p>
          <form id="new-version" [formGroup]="versionForm" (ngSubmit)="addVersion()" novalidate>
            <app-requirement-date-field
              [control]="versionForm.controls.validFrom"
              label="Page:CompetenceAdmin.Field.ValidFrom"
              hint="Page:CompetenceAdmin.Requirements.NewVersionDateHint"
              [min]="today"
            />
            <app-requirement-terms-fields
              idPrefix="version"
              [controls]="versionForm.controls"
              [levels]="levels()"
            />
            <app-alert [message]="versionSubmission.error()">
              @if (versionSubmission.conflict()) {
                <button mat-button type="button" (click)="reload()">
                  {{ 'Ui:Reload' | translate }}
                </button>
              }
            </app-alert>
            <div class="form-actions">
              <button mat-flat-button type="submit" [disabled]="versionSubmission.saving()">
                {{ 'Page:CompetenceAdmin.Requirements.SaveVersion' | translate }}
              </button>
            </div>
          </form>
        </section>

        @if (canRetire()) {
          <section aria-labelledby="retire-heading">
            <h2 id="retire-heading">
              {{ 'Page:CompetenceAdmin.Requirements.Retire' | translate }}
            </h2>
            <p class="intro">{{ 'Page:CompetenceAdmin.Requirements.RetireIntro' | translate }}</p>
            <form id="retire" [formGroup]="retireForm" (ngSubmit)="retire()" novalidate>
              <app-requirement-date-field
                [control]="retireForm.controls.validFrom"
                label="Page:CompetenceAdmin.Field.RetireFrom"
                hint="Page:CompetenceAdmin.Requirements.RetireDateHint"
                [min]="today"
              />
              <app-alert [message]="retireSubmission.error()">
                @if (retireSubmission.conflict()) {
                  <button mat-button type="button" (click)="reload()">
                    {{ 'Ui:Reload' | translate }}
                  </button>
                }
              </app-alert>
              <div class="form-actions">
                <button mat-stroked-button type="submit" [disabled]="retireSubmission.saving()">
                  {{ 'Page:CompetenceAdmin.Requirements.Retire' | translate }}
                </button>
              </div>
            </form>
          </section>
        }
      }
    }
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 12px 24px;
      max-width: 900px;
      margin: 0 0 8px;
    }
    .summary dt {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    .summary dd {
      margin: 0;
      font-weight: 600;
    }
    .intro {
      max-width: 70ch;
    }
    .current-tag {
      display: inline-block;
      margin-left: 8px;
      padding: 0 8px;
      border-radius: 12px;
      font-size: 0.875rem;
      background: var(--ax-bg-success-soft);
      color: var(--ax-text-neutral);
      border: 1px solid var(--ax-border-success);
    }
    section {
      margin-top: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceRequirementDetailPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(CompetenceCatalogueApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);
  private readonly dates = inject(DateFormatter);

  protected readonly scopeLabels = SCOPE_LABELS;
  protected readonly stateLabels = STATE_LABELS;
  protected readonly versionColumns = [
    'validFrom',
    'lastDay',
    'minimumLevel',
    'deadlineMonths',
    'renewalMonths',
    'isMandatory',
  ];
  protected readonly versionFields: TableField<RequirementVersion>[] = [
    {
      id: 'minimumLevel',
      heading: 'Page:CompetenceAdmin.Field.MinimumLevel',
      value: (v) => `${v.minimumLevel} ${v.minimumLevelName}`,
    },
    {
      id: 'deadlineMonths',
      heading: 'Page:CompetenceAdmin.Field.DeadlineMonths',
      value: (v) => v.deadlineMonths,
    },
    {
      id: 'isMandatory',
      heading: 'Page:CompetenceAdmin.Field.Kind',
      value: (v) => (v.isMandatory ? MANDATORY_LABELS.true : MANDATORY_LABELS.false),
      translate: true,
    },
  ];
  protected readonly today = todayIso();

  protected readonly editor = new RequirementEditor(this.id);
  protected readonly versionForm = new FormGroup({
    validFrom: new FormControl('', { nonNullable: true }),
    ...termsControls(),
  });
  protected readonly retireForm = new FormGroup({
    validFrom: new FormControl('', { nonNullable: true }),
  });
  protected readonly versionSubmission = new FormSubmission('#new-version');
  protected readonly retireSubmission = new FormSubmission('#retire');

  protected readonly scope = computed(() => {
    const requirement = this.editor.entity();
    return requirement ? scopeOf(requirement) : 'national';
  });
  protected readonly state = computed(() => {
    const requirement = this.editor.entity();
    return requirement ? requirementState(requirement) : { kind: 'active' as const };
  });
  protected readonly stateDate = computed(() => {
    const state = this.state();
    return 'date' in state ? state.date : null;
  });
  /** Retiring ends the latest version, so it needs one that has no end yet. */
  protected readonly canRetire = computed(() => {
    const requirement = this.editor.entity();
    return !!requirement && latestVersion(requirement)?.validTo === null;
  });

  /** Changes only with the competence or the language, not with every saved version. */
  private readonly scaleQuery = computed(
    () => {
      const areaId = this.editor.entity()?.competenceAreaId;
      return areaId ? { areaId, language: this.language.current() } : undefined;
    },
    { equal: (a, b) => a?.areaId === b?.areaId && a?.language === b?.language },
  );
  private readonly scale = resource({
    params: () => this.scaleQuery(),
    loader: async ({ params }) => {
      const area = await this.api.areas.get(params.areaId);
      return this.api.scales.get(area.scaleId);
    },
  });
  protected readonly levels = computed<ScaleLevel[]>(() =>
    this.scale.hasValue() ? this.scale.value().levels : [],
  );

  constructor() {
    // A new or changed requirement starts the forms again from the terms that apply last; the
    // same one loaded again (in another language) keeps what the user has typed.
    let shown: string | null = null;
    effect(() => {
      const requirement = this.editor.entity();
      const version = requirement ? `${requirement.id}/${requirement.concurrencyStamp}` : null;
      if (!requirement || version === shown) return;
      shown = version;
      untracked(() => this.resetForms(requirement));
    });
  }

  protected lastDay(validTo: string | null): string | null {
    return lastDayBefore(validTo);
  }

  protected async addVersion(): Promise<void> {
    const requirement = this.editor.entity();
    if (!requirement) return;
    const saved = await this.versionSubmission.run(this.versionForm, () =>
      this.api.requirements.changeTerms(
        requirement.id,
        toChangeRequirementInput(this.versionForm.getRawValue(), requirement.concurrencyStamp),
      ),
    );
    if (saved) this.show(saved);
  }

  protected async retire(): Promise<void> {
    const requirement = this.editor.entity();
    if (!requirement || this.retireSubmission.saving()) return;
    const date = this.retireForm.controls.validFrom.value;
    // Without a date there is nothing to confirm; the server names the missing field.
    if (date && !(await this.confirmRetire(date))) return;
    const saved = await this.retireSubmission.run(this.retireForm, () =>
      this.api.requirements.retire(requirement.id, {
        validFrom: date || null,
        concurrencyStamp: requirement.concurrencyStamp,
      }),
    );
    if (saved) this.show(saved);
  }

  private confirmRetire(date: string): Promise<boolean | undefined> {
    const data: ConfirmDialogData = {
      title: this.translate.instant('Page:CompetenceAdmin.Requirements.RetireConfirm.Title'),
      message: this.translate.instant('Page:CompetenceAdmin.Requirements.RetireConfirm.Message', {
        name: this.editor.name(),
        date: this.dates.date(date),
      }),
      confirm: this.translate.instant('Page:CompetenceAdmin.Requirements.Retire'),
    };
    return firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
  }

  protected async reload(): Promise<void> {
    this.versionSubmission.clear();
    this.retireSubmission.clear();
    await this.editor.reload();
  }

  private show(requirement: CompetenceRequirement): void {
    this.editor.entity.set(requirement);
    this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, {
      duration: 4000,
    });
  }

  private resetForms(requirement: CompetenceRequirement): void {
    this.versionForm.reset({ validFrom: '', ...termsOf(latestVersion(requirement)) });
    this.retireForm.reset({ validFrom: '' });
  }
}
