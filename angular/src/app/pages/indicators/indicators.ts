import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import {
  DevelopmentApi,
  IndicatorImportResult,
  IndicatorPeriodKind,
  IndicatorValueKind,
  ResultIndicator,
} from '../../data/development-api';
import { Alert } from '../../shared/alert';
import { Announcer } from '../../shared/announcer';
import { EnumLabelPipe, enumKey } from '../../shared/enum-labels';
import { SelectField, SelectOption, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';

const VALUE_KINDS: readonly IndicatorValueKind[] = ['Percent', 'Number'];
const PERIOD_KINDS: readonly IndicatorPeriodKind[] = ['Month', 'Quarter'];

/**
 * The result indicators leaders tie their goals to: the catalogue, and the import of the offices'
 * values from the directorate's statistics as CSV — first a dry run that lists what would be
 * added or changed and every bad line, then the import of a file without errors.
 */
@Component({
  selector: 'app-indicators',
  imports: [
    Alert,
    EnumLabelPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    SelectField,
    TextField,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'Page:Development.Indicators.Title' | translate }}</h1>
    <p>{{ 'Page:Development.Indicators.Intro' | translate }}</p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />

    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{{ 'Page:Development.Indicators.Catalogue' | translate }}</h2>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="catalogue-heading">
        <table data-testid="indicator-list">
          <thead>
            <tr>
              <th scope="col">{{ 'Page:Development.Indicators.Code' | translate }}</th>
              <th scope="col">{{ 'Page:Development.Indicators.Name' | translate }}</th>
              <th scope="col">{{ 'Page:Development.Indicators.ValueKind' | translate }}</th>
              <th scope="col">{{ 'Page:Development.Indicators.PeriodKind' | translate }}</th>
              <th scope="col">{{ 'Page:Development.Indicators.Active' | translate }}</th>
              <th scope="col">
                <span class="sr-only">{{
                  'Page:Development.Indicators.EditShort' | translate
                }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (i of indicators(); track i.id) {
              <tr>
                <th scope="row">{{ i.code }}</th>
                <td>{{ i.name }}</td>
                <td>
                  {{ i.valueKind | enumLabel: 'IndicatorValueKind' | translate }}
                  {{ i.unit ? '(' + i.unit + ')' : '' }}
                </td>
                <td>{{ i.periodKind | enumLabel: 'IndicatorPeriodKind' | translate }}</td>
                <td>
                  {{
                    (i.isActive
                      ? 'Page:Development.Indicators.Yes'
                      : 'Page:Development.Indicators.No'
                    ) | translate
                  }}
                </td>
                <td>
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="
                      'Page:Development.Indicators.EditFor' | translate: { name: i.name }
                    "
                    (click)="edit(i)"
                  >
                    {{ 'Page:Development.Indicators.EditShort' | translate }}
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (!formOpen()) {
        <button mat-flat-button type="button" data-testid="indicator-new" (click)="startNew()">
          {{ 'Page:Development.Indicators.New' | translate }}
        </button>
      } @else {
        <form class="indicator-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <h3>
            {{
              (editingId() ? 'Page:Development.Indicators.Edit' : 'Page:Development.Indicators.New')
                | translate
            }}
          </h3>
          <div class="form-grid">
            <app-text-field
              control="code"
              label="Page:Development.Indicators.Code"
              hint="Page:Development.Indicators.CodeHint"
            />
            <app-text-field control="nameNb" label="Page:Development.Indicators.NameNb" lang="nb" />
            <app-text-field control="nameNn" label="Page:Development.Indicators.NameNn" lang="nn" />
            <app-text-field control="nameEn" label="Page:Development.Indicators.NameEn" lang="en" />
            <app-select-field
              control="valueKind"
              label="Page:Development.Indicators.ValueKind"
              [options]="valueKinds"
              [translateNames]="true"
            />
            <app-select-field
              control="periodKind"
              label="Page:Development.Indicators.PeriodKind"
              [options]="periodKinds"
              [translateNames]="true"
            />
            <app-text-field control="unit" label="Page:Development.Indicators.Unit" />
          </div>
          <p>
            <mat-checkbox formControlName="higherIsBetter">{{
              'Page:Development.Indicators.HigherIsBetter' | translate
            }}</mat-checkbox>
          </p>
          <p>
            <mat-checkbox formControlName="isActive">{{
              'Page:Development.Indicators.Active' | translate
            }}</mat-checkbox>
          </p>
          <app-alert [message]="submission.error()" />
          <div class="page-actions">
            <button mat-flat-button type="submit" [disabled]="submission.saving()">
              {{ 'Ui:Save' | translate }}
            </button>
            <button mat-button type="button" (click)="formOpen.set(false)">
              {{ 'Ui:Cancel' | translate }}
            </button>
          </div>
        </form>
      }
    </section>

    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{{ 'Page:Development.Indicators.Import' | translate }}</h2>
      <p id="import-hint">{{ 'Page:Development.Indicators.ImportHint' | translate }}</p>
      <p>
        <label for="indicator-file">{{
          'Page:Development.Indicators.ChooseFile' | translate
        }}</label>
        <input
          id="indicator-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="import-hint"
          data-testid="indicator-file"
          (change)="onFile($event)"
        />
      </p>
      <div class="page-actions">
        <button
          mat-flat-button
          type="button"
          data-testid="indicator-preview"
          [disabled]="!file() || importing()"
          (click)="preview()"
        >
          {{ 'Page:Development.Indicators.Preview' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          data-testid="indicator-apply"
          [disabled]="!canApply() || importing()"
          (click)="apply()"
        >
          {{ 'Page:Development.Indicators.Apply' | translate }}
        </button>
      </div>
      @if (importing()) {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="'Page:Development.Indicators.Importing' | translate"
        />
      }
      <app-alert [message]="importError()" />
      @if (result(); as r) {
        <p role="status" data-testid="indicator-summary">
          {{
            (r.applied
              ? 'Page:Development.Indicators.Applied'
              : 'Page:Development.Indicators.Summary'
            )
              | translate
                : {
                    rows: r.totalRows,
                    add: r.toAdd,
                    change: r.toChange,
                    unchanged: r.unchanged,
                    errors: r.errors.length,
                  }
          }}
        </p>
        @if (r.errors.length) {
          <div class="scroll" tabindex="0" role="region" aria-labelledby="errors-caption">
            <table data-testid="indicator-errors">
              <caption id="errors-caption">
                {{
                  'Page:Development.Indicators.Errors' | translate
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'Page:Development.Indicators.Line' | translate }}</th>
                  <th scope="col">{{ 'Page:Development.Indicators.Column' | translate }}</th>
                  <th scope="col">{{ 'Page:Development.Indicators.Message' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (e of r.errors; track $index) {
                  <tr>
                    <td>{{ e.line }}</td>
                    <td>{{ e.field }}</td>
                    <td>{{ e.message }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (r.changes.length) {
          <div class="scroll" tabindex="0" role="region" aria-labelledby="changes-caption">
            <table data-testid="indicator-changes">
              <caption id="changes-caption">
                {{
                  'Page:Development.Indicators.Changes' | translate
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'Page:Development.Indicators.Line' | translate }}</th>
                  <th scope="col">{{ 'Page:Development.Office' | translate }}</th>
                  <th scope="col">{{ 'Page:Development.Indicators.Code' | translate }}</th>
                  <th scope="col">{{ 'Page:Development.Period' | translate }}</th>
                  <th scope="col">{{ 'Page:Development.Indicators.OldValue' | translate }}</th>
                  <th scope="col">{{ 'Page:Development.Indicators.NewValue' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of r.changes; track c.line) {
                  <tr>
                    <td>{{ c.line }}</td>
                    <td>{{ c.officeName }} ({{ c.officeNumber }})</td>
                    <td>{{ c.indicatorCode }}</td>
                    <td>{{ c.period }}</td>
                    <td>{{ c.oldValue ?? '–' }}</td>
                    <td>{{ c.newValue }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </section>
  `,
  styles: `
    section {
      margin-top: 24px;
      max-width: 960px;
    }
    .scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 8px 0;
    }
    .page-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    label {
      display: block;
      margin-bottom: 4px;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorsPage {
  private readonly api = inject(DevelopmentApi);
  private readonly errors = inject(ErrorMessages);
  private readonly announcer = inject(Announcer);

  protected readonly valueKinds: SelectOption[] = VALUE_KINDS.map((k) => ({
    id: k,
    name: enumKey('IndicatorValueKind', k),
  }));
  protected readonly periodKinds: SelectOption[] = PERIOD_KINDS.map((k) => ({
    id: k,
    name: enumKey('IndicatorPeriodKind', k),
  }));
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly indicators = signal<ResultIndicator[]>([]);
  protected readonly formOpen = signal(false);
  protected readonly editingId = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly importing = signal(false);
  protected readonly importError = signal<string | null>(null);
  protected readonly result = signal<IndicatorImportResult | null>(null);
  /** Only a file whose dry run found no errors is imported. */
  protected readonly canApply = computed(() => {
    const r = this.result();
    return !!this.file() && !!r && !r.applied && !r.errors.length && r.toAdd + r.toChange > 0;
  });

  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    nameNb: new FormControl('', { nonNullable: true }),
    nameNn: new FormControl('', { nonNullable: true }),
    nameEn: new FormControl('', { nonNullable: true }),
    valueKind: new FormControl<IndicatorValueKind>('Percent', { nonNullable: true }),
    periodKind: new FormControl<IndicatorPeriodKind>('Month', { nonNullable: true }),
    unit: new FormControl('', { nonNullable: true }),
    higherIsBetter: new FormControl(true, { nonNullable: true }),
    isActive: new FormControl(true, { nonNullable: true }),
  });
  protected readonly submission = new FormSubmission('.indicator-form');

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.indicators.set(await this.api.indicators());
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected startNew(): void {
    this.editingId.set(null);
    this.form.reset();
    this.formOpen.set(true);
  }

  protected edit(indicator: ResultIndicator): void {
    this.editingId.set(indicator.id);
    this.form.reset({
      code: indicator.code,
      nameNb: indicator.nameNb,
      nameNn: indicator.nameNn ?? '',
      nameEn: indicator.nameEn ?? '',
      valueKind: indicator.valueKind,
      periodKind: indicator.periodKind,
      unit: indicator.unit ?? '',
      higherIsBetter: indicator.higherIsBetter,
      isActive: indicator.isActive,
    });
    this.formOpen.set(true);
  }

  protected async save(): Promise<void> {
    const v = this.form.getRawValue();
    const body = {
      code: v.code,
      name: { nb: v.nameNb, nn: v.nameNn || null, en: v.nameEn || null },
      valueKind: v.valueKind,
      periodKind: v.periodKind,
      unit: v.unit || null,
      higherIsBetter: v.higherIsBetter,
      isActive: v.isActive,
    };
    const id = this.editingId();
    const saved = await this.submission.run(this.form, () =>
      id ? this.api.updateIndicator(id, body) : this.api.createIndicator(body),
    );
    if (!saved) return;
    this.formOpen.set(false);
    this.announcer.say('Page:Development.Indicators.Saved');
    await this.load();
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.result.set(null);
    this.importError.set(null);
  }

  protected async preview(): Promise<void> {
    await this.send((file) => this.api.previewImport(file));
  }

  protected async apply(): Promise<void> {
    if (await this.send((file) => this.api.applyImport(file))) {
      this.announcer.say('Page:Development.Indicators.ImportDone');
    }
  }

  private async send(
    call: (file: File) => Promise<IndicatorImportResult>,
  ): Promise<IndicatorImportResult | null> {
    const file = this.file();
    if (!file) return null;
    this.importing.set(true);
    this.importError.set(null);
    try {
      const result = await call(file);
      this.result.set(result);
      return result;
    } catch (error) {
      this.importError.set(this.errors.describe(error));
      return null;
    } finally {
      this.importing.set(false);
    }
  }
}
