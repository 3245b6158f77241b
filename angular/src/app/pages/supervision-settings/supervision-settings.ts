import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  resource,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { CompetenceCatalogueApi } from '../../data/competence-catalogue-api';
import { PeerSupervisorApi } from '../../data/peer-supervisor-api';
import { Alert } from '../../shared/alert';
import { FieldError } from '../../shared/field-error';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { RowsEditor, RowTemplate } from '../../shared/rows-editor';
import { SettingsForm } from './settings-form';

/** Levels offered while no competence is chosen: the usual 1–4. */
const DEFAULT_MAX_LEVEL = 4;

/**
 * What the directorate sets for peer supervision: the competence a supervisor must hold, what
 * taking part grants, and how many meetings in how long count as taking part.
 */
@Component({
  selector: 'app-supervision-settings',
  imports: [
    FieldError,
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    Alert,
    SelectField,
    TextField,
    RowsEditor,
    RowTemplate,
  ],
  template: `
    <h1>{{ 'Page:PeerSupervision.Settings.Title' | translate }}</h1>
    <p>{{ 'Page:PeerSupervision.Settings.Intro' | translate }}</p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError()" />
    @if (loaded()) {
      <form [formGroup]="model.form" (ngSubmit)="save()" novalidate>
        <section aria-labelledby="supervisor-heading">
          <h2 id="supervisor-heading">
            {{ 'Page:PeerSupervision.Settings.Supervisor' | translate }}
          </h2>
          <div class="form-grid">
            <app-select-field
              control="supervisorAreaId"
              label="Page:PeerSupervision.Settings.SupervisorArea"
              hint="Page:PeerSupervision.Settings.SupervisorAreaHint"
              [options]="areaOptions()"
            />
            <mat-form-field>
              <mat-label>{{ 'Page:PeerSupervision.Settings.MinimumLevel' | translate }}</mat-label>
              <mat-select formControlName="supervisorMinimumLevel">
                @for (level of levels(model.form.controls.supervisorAreaId.value); track level) {
                  <mat-option [value]="level">{{ level }}</mat-option>
                }
              </mat-select>
              <mat-error *appFieldError="let message">{{ message }}</mat-error>
            </mat-form-field>
          </div>
        </section>

        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{{ 'Page:PeerSupervision.Settings.Evidence' | translate }}</h2>
          <p class="intro">{{ 'Page:PeerSupervision.Settings.EvidenceIntro' | translate }}</p>
          <div class="form-grid">
            <app-text-field
              control="meetingsForEvidence"
              label="Page:PeerSupervision.Settings.MeetingsForEvidence"
              type="number"
              [min]="1"
              [step]="1"
            />
            <app-text-field
              control="evidencePeriodMonths"
              label="Page:PeerSupervision.Settings.EvidencePeriodMonths"
              type="number"
              [min]="1"
              [step]="1"
            />
          </div>
          <ol
            appRowsEditor
            #grants="rowsEditor"
            formArrayName="participationGrants"
            [rows]="model.grants"
            idPrefix="grant"
            rowLabel="Page:PeerSupervision.Settings.Grant"
            removeLabel="Page:PeerSupervision.Settings.RemoveGrant"
            removedMessage="Page:PeerSupervision.Settings.GrantRemoved"
          >
            <ng-template appRow [appRowOf]="model.grants" let-row let-i="index" let-label="label">
              <fieldset [formGroupName]="i">
                <legend>{{ label }}</legend>
                <div class="form-grid">
                  <app-select-field
                    control="competenceAreaId"
                    label="Page:PeerSupervision.Settings.GrantArea"
                    [options]="areaOptions()"
                  />
                  <mat-form-field>
                    <mat-label>{{
                      'Page:PeerSupervision.Settings.GrantLevel' | translate
                    }}</mat-label>
                    <mat-select formControlName="level">
                      @for (level of levels(row.controls.competenceAreaId.value); track level) {
                        <mat-option [value]="level">{{ level }}</mat-option>
                      }
                    </mat-select>
                    <mat-error *appFieldError="let message">{{ message }}</mat-error>
                  </mat-form-field>
                  <app-text-field
                    control="validMonths"
                    label="Page:PeerSupervision.Settings.ValidMonths"
                    hint="Page:PeerSupervision.Settings.ValidMonthsHint"
                    type="number"
                    [min]="1"
                    [step]="1"
                  />
                </div>
              </fieldset>
            </ng-template>
          </ol>
          <button mat-stroked-button type="button" id="add-grant" (click)="grants.add()">
            <mat-icon svgIcon="plus" />{{ 'Page:PeerSupervision.Settings.AddGrant' | translate }}
          </button>
        </section>

        <app-alert [message]="submission.error()" />
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="submission.saving()">
            {{ 'Ui:Save' | translate }}
          </button>
        </div>
      </form>
    }
  `,
  styles: `
    .intro {
      margin-top: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionSettingsPage implements OnInit {
  private readonly api = inject(PeerSupervisorApi);
  private readonly catalogue = inject(CompetenceCatalogueApi);
  private readonly language = inject(LanguageService);
  private readonly errors = inject(ErrorMessages);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly model = new SettingsForm();
  protected readonly submission = new FormSubmission();
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);

  private readonly areas = resource({
    params: () => this.language.current(),
    loader: () => this.catalogue.allAreas(),
  });
  protected readonly areaOptions = computed(() =>
    (this.areas.value() ?? [])
      .map((area) => ({ id: area.id, name: `${area.name} (${area.code})` }))
      .sort((a, b) => a.name.localeCompare(b.name, this.language.current())),
  );

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.model.patch(await this.api.settings());
      this.loaded.set(true);
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** The levels the chosen competence's scale has; 1–4 until one is chosen. */
  protected levels(areaId: string): number[] {
    const max = this.areas.value()?.find((a) => a.id === areaId)?.maxLevel ?? DEFAULT_MAX_LEVEL;
    return Array.from({ length: max }, (_, i) => i + 1);
  }

  protected async save(): Promise<void> {
    const saved = await this.submission.run(this.model.form, () =>
      this.api.saveSettings(this.model.toInput()),
    );
    if (saved) {
      this.model.patch(saved);
      this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, {
        duration: 4000,
      });
    }
  }
}
