import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { CompetenceCatalogueApi } from '../../data/competence-catalogue-api';
import { ProgrammeApi, ProgrammeVersion } from '../../data/programme-api';
import { Alert } from '../../shared/alert';
import { SelectField, TextField } from '../../shared/form-field';
import { RowsEditor, RowTemplate } from '../../shared/rows-editor';
import { TranslatedTextFields } from '../../shared/translated-text';
import { FormSubmission } from '../../shared/form-submission';
import { DEFAULT_MAX_LEVEL, ModuleForm } from './module-form';
import { enumKey } from '../../shared/enum-labels';
import { GATHERING_FORMATS, versionPath } from './programme-format';
import { FieldError } from '../../shared/field-error';

/**
 * Adds a module to a draft, or changes one: its texts and its dynamic lists of learning
 * outcomes, gatherings, assignments, reflection tasks and competence grants.
 */
@Component({
  selector: 'app-programme-module-edit',
  imports: [
    FieldError,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    Alert,
    SelectField,
    TextField,
    RowsEditor,
    RowTemplate,
    TranslatedTextFields,
  ],
  template: `
    <p>
      <a [routerLink]="backPath()">{{ 'Page:Programme.ModuleForm.Back' | translate }}</a>
    </p>
    <h1>
      {{
        (moduleId() ? 'Page:Programme.ModuleForm.Edit' : 'Page:Programme.ModuleForm.New')
          | translate
      }}
      @if (version(); as v) {
        <span class="subtitle">
          {{
            'Page:Programme.Version.Heading' | translate: { number: v.number, name: v.name.text }
          }}
        </span>
      }
    </h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError()" />

    @if (version(); as v) {
      @if (!canEdit()) {
        <p class="notice">{{ 'Page:Programme.ModuleForm.ReadOnly' | translate }}</p>
      } @else {
        <form id="module-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <div class="form-grid">
            <app-translated-text-fields
              class="wide"
              id="module-title"
              legend="Page:Programme.Field.Title"
              [group]="form.controls.title"
              [maxLength]="200"
            />
            <app-text-field
              control="courseReference"
              label="Page:Programme.Field.CourseReference"
              hint="Page:Programme.Field.CourseReferenceHint"
              [maxLength]="200"
            />
          </div>
          <app-translated-text-fields
            id="module-description"
            legend="Page:Programme.Field.Description"
            [group]="form.controls.description"
            [multiline]="true"
            [required]="false"
          />

          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">
              {{ 'Page:Programme.Module.LearningOutcomes' | translate }}
            </h2>
            <ol
              appRowsEditor
              #outcomes="rowsEditor"
              formArrayName="learningOutcomes"
              [rows]="model.outcomes"
              idPrefix="outcome"
              rowLabel="Page:Programme.ModuleForm.Outcome"
              removeLabel="Page:Programme.ModuleForm.Remove"
              removedMessage="Page:Programme.ModuleForm.Removed"
            >
              <ng-template appRow [appRowOf]="model.outcomes" let-row let-i="index">
                <app-translated-text-fields
                  legend="Page:Programme.ModuleForm.Outcome"
                  [legendParams]="{ n: i + 1 }"
                  [id]="'outcome-' + i + '-text'"
                  [group]="row"
                  [multiline]="true"
                />
              </ng-template>
            </ol>
            <button mat-stroked-button type="button" id="add-outcome" (click)="outcomes.add()">
              <mat-icon svgIcon="plus" />{{ 'Page:Programme.ModuleForm.AddOutcome' | translate }}
            </button>
          </section>

          <section aria-labelledby="gatherings-heading">
            <h2 id="gatherings-heading">{{ 'Page:Programme.Module.Gatherings' | translate }}</h2>
            <ol
              appRowsEditor
              #gatherings="rowsEditor"
              formArrayName="gatherings"
              [rows]="model.gatherings"
              idPrefix="gathering"
              rowLabel="Page:Programme.ModuleForm.Gathering"
              removeLabel="Page:Programme.ModuleForm.Remove"
              removedMessage="Page:Programme.ModuleForm.Removed"
            >
              <ng-template
                appRow
                [appRowOf]="model.gatherings"
                let-row
                let-i="index"
                let-label="label"
              >
                <fieldset [formGroupName]="i">
                  <legend>{{ label }}</legend>
                  <div class="form-grid">
                    <app-translated-text-fields
                      class="full"
                      legend="Page:Programme.Field.Title"
                      [id]="'gathering-' + i + '-title'"
                      [group]="row.controls.title"
                      [maxLength]="200"
                    />
                    <app-select-field
                      control="format"
                      label="Page:Programme.Field.Format"
                      [options]="formatOptions"
                      [translateNames]="true"
                    />
                    <app-text-field
                      control="durationMinutes"
                      label="Page:Programme.Field.DurationMinutes"
                      hint="Page:Programme.Field.DurationHint"
                      type="number"
                      [min]="15"
                      [step]="15"
                    />
                  </div>
                </fieldset>
              </ng-template>
            </ol>
            <button mat-stroked-button type="button" id="add-gathering" (click)="gatherings.add()">
              <mat-icon svgIcon="plus" />{{ 'Page:Programme.ModuleForm.AddGathering' | translate }}
            </button>
          </section>

          <section aria-labelledby="assignments-heading">
            <h2 id="assignments-heading">{{ 'Page:Programme.Module.Assignments' | translate }}</h2>
            <ol
              appRowsEditor
              #assignments="rowsEditor"
              formArrayName="assignments"
              [rows]="model.assignments"
              idPrefix="assignment"
              rowLabel="Page:Programme.ModuleForm.Assignment"
              removeLabel="Page:Programme.ModuleForm.Remove"
              removedMessage="Page:Programme.ModuleForm.Removed"
            >
              <ng-template
                appRow
                [appRowOf]="model.assignments"
                let-row
                let-i="index"
                let-label="label"
              >
                <fieldset [formGroupName]="i">
                  <legend>{{ label }}</legend>
                  <div class="form-grid">
                    <app-translated-text-fields
                      class="full"
                      legend="Page:Programme.Field.Title"
                      [id]="'assignment-' + i + '-title'"
                      [group]="row.controls.title"
                      [maxLength]="200"
                    />
                    <app-text-field
                      control="dueDaysAfterUnlock"
                      label="Page:Programme.Field.DueDays"
                      hint="Page:Programme.Field.DueDaysHint"
                      type="number"
                      [min]="0"
                      [step]="1"
                    />
                  </div>
                  <app-translated-text-fields
                    legend="Page:Programme.Field.Instructions"
                    [id]="'assignment-' + i + '-instructions'"
                    [group]="row.controls.instructions"
                    [multiline]="true"
                    [required]="false"
                  />
                </fieldset>
              </ng-template>
            </ol>
            <button
              mat-stroked-button
              type="button"
              id="add-assignment"
              (click)="assignments.add()"
            >
              <mat-icon svgIcon="plus" />{{ 'Page:Programme.ModuleForm.AddAssignment' | translate }}
            </button>
          </section>

          <section aria-labelledby="reflections-heading">
            <h2 id="reflections-heading">
              {{ 'Page:Programme.Module.ReflectionTasks' | translate }}
            </h2>
            <ol
              appRowsEditor
              #reflections="rowsEditor"
              formArrayName="reflectionTasks"
              [rows]="model.reflectionTasks"
              idPrefix="reflection"
              rowLabel="Page:Programme.ModuleForm.Reflection"
              removeLabel="Page:Programme.ModuleForm.Remove"
              removedMessage="Page:Programme.ModuleForm.Removed"
            >
              <ng-template appRow [appRowOf]="model.reflectionTasks" let-row let-i="index">
                <app-translated-text-fields
                  legend="Page:Programme.ModuleForm.Reflection"
                  [legendParams]="{ n: i + 1 }"
                  [id]="'reflection-' + i + '-prompt'"
                  [group]="row.controls.prompt"
                  [multiline]="true"
                />
              </ng-template>
            </ol>
            <button
              mat-stroked-button
              type="button"
              id="add-reflection"
              (click)="reflections.add()"
            >
              <mat-icon svgIcon="plus" />{{ 'Page:Programme.ModuleForm.AddReflection' | translate }}
            </button>
          </section>

          <section aria-labelledby="grants-heading">
            <h2 id="grants-heading">{{ 'Page:Programme.Module.Grants' | translate }}</h2>
            <p class="intro">{{ 'Page:Programme.ModuleForm.GrantsIntro' | translate }}</p>
            <ol
              appRowsEditor
              #grants="rowsEditor"
              formArrayName="grants"
              [rows]="model.grants"
              idPrefix="grant"
              rowLabel="Page:Programme.ModuleForm.Grant"
              removeLabel="Page:Programme.ModuleForm.Remove"
              removedMessage="Page:Programme.ModuleForm.Removed"
            >
              <ng-template appRow [appRowOf]="model.grants" let-row let-i="index" let-label="label">
                <fieldset [formGroupName]="i">
                  <legend>{{ label }}</legend>
                  <div class="form-grid">
                    <app-select-field
                      control="competenceAreaId"
                      label="Page:Programme.Field.Competence"
                      [options]="areaOptions()"
                    />
                    <mat-form-field>
                      <mat-label>{{ 'Page:Programme.Field.Level' | translate }}</mat-label>
                      <mat-select formControlName="level">
                        @for (level of levels(row.controls.competenceAreaId.value); track level) {
                          <mat-option [value]="level">{{ level }}</mat-option>
                        }
                      </mat-select>
                      <mat-error *appFieldError="let message">{{ message }}</mat-error>
                    </mat-form-field>
                    <app-text-field
                      control="validMonths"
                      label="Page:Programme.Field.ValidMonths"
                      hint="Page:Programme.Field.ValidMonthsHint"
                      type="number"
                      [min]="1"
                      [step]="1"
                    />
                  </div>
                </fieldset>
              </ng-template>
            </ol>
            <button mat-stroked-button type="button" id="add-grant" (click)="grants.add()">
              <mat-icon svgIcon="plus" />{{ 'Page:Programme.ModuleForm.AddGrant' | translate }}
            </button>
          </section>

          <app-alert [message]="submission.error()">
            @if (submission.conflict()) {
              <button mat-button type="button" (click)="reload()">
                {{ 'Ui:Reload' | translate }}
              </button>
            }
          </app-alert>
          @if (v.approvals.length) {
            <p class="notice">{{ 'Page:Programme.ModuleForm.ResetNotice' | translate }}</p>
          }
          <div class="form-actions">
            <button mat-flat-button type="submit" [disabled]="submission.saving()">
              {{ 'Ui:Save' | translate }}
            </button>
            <a mat-button [routerLink]="backPath()">{{ 'Ui:Cancel' | translate }}</a>
          </div>
        </form>
      }
    }
  `,
  styles: `
    .wide {
      width: 100%;
      max-width: 800px;
    }
    section {
      margin-bottom: 24px;
    }
    .intro,
    .notice {
      max-width: 70ch;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 8px;
    }
    mat-form-field {
      margin-bottom: 8px;
    }
    .full {
      grid-column: 1 / -1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeModuleEditPage {
  /** Route parameters; `moduleId` is absent on the "new module" route. */
  readonly id = input.required<string>();
  readonly moduleId = input<string>();

  private readonly api = inject(ProgrammeApi);
  private readonly catalogue = inject(CompetenceCatalogueApi);
  private readonly auth = inject(AuthService);
  private readonly errors = inject(ErrorMessages);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly formatOptions = GATHERING_FORMATS.map((id) => ({
    id,
    name: enumKey('GatheringFormat', id),
  }));
  protected readonly model = new ModuleForm();
  protected readonly form = this.model.form;
  protected readonly submission = new FormSubmission('#module-form');

  protected readonly version = signal<ProgrammeVersion | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly backPath = computed(() => versionPath(this.id()));
  protected readonly canEdit = computed(
    () =>
      !!this.version()?.canEdit &&
      this.version()?.status === 'Draft' &&
      this.auth.hasPermission(Permissions.ProgrammesEdit),
  );

  private readonly areas = resource({
    params: () => this.language.current(),
    loader: () => this.catalogue.allAreas(),
  });
  protected readonly areaOptions = computed(() =>
    (this.areas.value() ?? [])
      .map((area) => ({ id: area.id, name: `${area.name} (${area.code})` }))
      .sort((a, b) => a.name.localeCompare(b.name, this.language.current())),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      const moduleId = this.moduleId();
      untracked(() => void this.load(id, moduleId));
    });
  }

  /** The levels the chosen competence's scale has; 1–4 until one is chosen. */
  protected levels(areaId: string): number[] {
    const max = this.areas.value()?.find((a) => a.id === areaId)?.maxLevel ?? DEFAULT_MAX_LEVEL;
    return Array.from({ length: max }, (_, i) => i + 1);
  }

  async load(id: string, moduleId: string | undefined): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    this.submission.clear();
    try {
      const version = await this.api.version(id);
      const module = moduleId ? version.modules.find((m) => m.id === moduleId) : null;
      if (moduleId && !module) {
        this.loadError.set(this.translate.instant('Ui:Error.NotFound') as string);
        return;
      }
      this.version.set(version);
      this.model.patch(module ?? null);
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** After a conflict: the version as it is now, without the user's edits. */
  protected reload(): Promise<void> {
    return this.load(this.id(), this.moduleId());
  }

  protected async save(): Promise<void> {
    const version = this.version();
    if (!version) return;
    const body = { ...this.model.toInput(), concurrencyStamp: version.concurrencyStamp };
    const moduleId = this.moduleId();
    const saved = await this.submission.run(this.form, () =>
      moduleId
        ? this.api.updateModule(version.id, moduleId, body)
        : this.api.addModule(version.id, body),
    );
    if (!saved) return;
    this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, { duration: 4000 });
    await this.router.navigate([versionPath(version.id)]);
  }
}
