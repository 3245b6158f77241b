import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  resource,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import {
  CompetenceApi,
  CompetenceArea,
  Evidence,
  EvidenceUpload,
  ProficiencyScale,
} from '../../data/competence-api';
import { Alert } from '../../shared/alert';
import { FormSubmission } from '../../shared/form-submission';
import { orNull } from '../../shared/form-values';
import { Transfer } from '../../shared/file-transfer';
import { valueOf } from '../../shared/resource-value';
import { FieldError } from '../../shared/field-error';

/** Largest file the server takes (10 MB); checked here too so nobody waits for a doomed upload. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface LevelOption {
  level: number;
  name: string;
}

/** The levels one can claim in an area: its scale's levels up to the area's highest. */
export function levelOptions(
  area: CompetenceArea | undefined,
  scales: readonly ProficiencyScale[],
): LevelOption[] {
  if (!area) return [];
  const scale = scales.find((s) => s.id === area.scaleId);
  const levels = scale?.levels.length
    ? scale.levels.map(({ level, name }) => ({ level, name }))
    : Array.from({ length: area.maxLevel }, (_, i) => ({ level: i + 1, name: '' }));
  return levels.filter((l) => l.level <= area.maxLevel).sort((a, b) => a.level - b.level);
}

export function levelLabel(level: number, name: string | null | undefined): string {
  return name ? `${level} – ${name}` : String(level);
}

/** A date as yyyy-MM-dd in the user's own time zone, as date inputs and the API write it. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

let nextId = 0;

/**
 * Claim a competence: the signed-in person uploads a diploma or certificate (`upload`), or a
 * leader records an assessment of someone else (`assessment`, no file; it counts at once).
 */
@Component({
  selector: 'app-evidence-form',
  imports: [
    FieldError,
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    Alert,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.data-testid]="mode() + '-form'">
      <div class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'Page:Competence.Field.Area' | translate }}</mat-label>
          <mat-select formControlName="competenceAreaId" #areaSelect>
            @for (area of sortedAreas(); track area.id) {
              <mat-option [value]="area.id">{{ area.name }}</mat-option>
            }
          </mat-select>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:Competence.Field.Level' | translate }}</mat-label>
          <mat-select formControlName="level">
            @for (option of levels(); track option.level) {
              <mat-option [value]="option.level">{{ label(option.level, option.name) }}</mat-option>
            }
          </mat-select>
          @if (!levels().length) {
            <mat-hint>{{ 'Page:Competence.Field.LevelHint' | translate }}</mat-hint>
          }
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ 'Page:Competence.Field.Title' | translate }}</mat-label>
          <input matInput formControlName="title" autocomplete="off" maxlength="200" />
          <mat-hint>{{
            (mode() === 'upload'
              ? 'Page:Competence.Field.TitleHint'
              : 'Page:Competence.Field.AssessmentTitleHint'
            ) | translate
          }}</mat-hint>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:Competence.Field.AchievedOn' | translate }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="achievedOn"
            [max]="today"
            [attr.lang]="language.current()"
          />
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:Competence.Field.ValidUntil' | translate }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="validUntil"
            [attr.lang]="language.current()"
          />
          <mat-hint>{{ 'Page:Competence.Field.ValidUntilHint' | translate }}</mat-hint>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
      </div>

      @if (mode() === 'upload') {
        <div class="file-row">
          <label [for]="fileId" class="file-label">{{
            'Page:Competence.Field.File' | translate
          }}</label>
          <input
            #fileInput
            [id]="fileId"
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
            [attr.aria-describedby]="
              fileId + '-hint' + (fileError() ? ' ' + fileId + '-error' : '')
            "
            [attr.aria-invalid]="fileError() ? 'true' : null"
            [class.ng-invalid]="!!fileError()"
            (change)="onFileChosen($event)"
          />
          <span [id]="fileId + '-hint'" class="hint">{{
            'Page:Competence.Field.FileHint' | translate
          }}</span>
          @if (fileError(); as message) {
            <span [id]="fileId + '-error'" class="field-error">{{ message }}</span>
          }
        </div>
      }

      @if (transfer.active() || saving()) {
        <mat-progress-bar
          class="progress"
          [mode]="transfer.progress() === null ? 'indeterminate' : 'determinate'"
          [value]="(transfer.progress() ?? 0) * 100"
          [attr.aria-label]="
            (mode() === 'upload' ? 'Page:Competence.Upload.Uploading' : 'Ui:Loading') | translate
          "
        />
      }
      <app-alert [message]="error()" />

      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="transfer.active() || saving()">
          @if (mode() === 'upload') {
            <mat-icon svgIcon="upload" />
          }
          {{
            (mode() === 'upload'
              ? 'Page:Competence.Upload.Submit'
              : 'Page:Competence.Assessment.Submit'
            ) | translate
          }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .wide {
      grid-column: 1 / -1;
    }
    .file-row {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 8px 0 16px;
      max-width: 800px;
    }
    .file-label {
      font-weight: 600;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    .field-error {
      color: var(--ax-text-danger);
      font-size: 0.875rem;
    }
    .progress {
      margin: 8px 0 16px;
      max-width: 800px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceForm {
  readonly mode = input.required<'upload' | 'assessment'>();
  /** Whose competence an assessment is about. */
  readonly personId = input<string>();
  readonly saved = output<Evidence>();

  private readonly api = inject(CompetenceApi);
  private readonly errors = inject(ErrorMessages);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly fileId = `evidence-file-${++nextId}`;
  protected readonly today = localDate(new Date());
  protected readonly transfer = new Transfer();
  private readonly submission = new FormSubmission();
  protected readonly saving = this.submission.saving;
  /** A failed submit, or competences and levels that could not be loaded. */
  protected readonly error = computed(() => {
    const loadError = this.areas.error() ?? this.scales.error();
    return this.submission.error() ?? (loadError ? this.errors.describe(loadError) : null);
  });

  readonly form = new FormGroup({
    competenceAreaId: new FormControl('', { nonNullable: true }),
    level: new FormControl<number | null>(null),
    title: new FormControl('', { nonNullable: true }),
    achievedOn: new FormControl('', { nonNullable: true }),
    validUntil: new FormControl('', { nonNullable: true }),
    file: new FormControl<File | null>(null),
  });

  protected readonly areas = resource({
    params: () => this.language.current(),
    loader: () => this.api.areas(),
  });
  protected readonly scales = resource({
    params: () => this.language.current(),
    loader: () => this.api.scales(),
  });
  protected readonly sortedAreas = computed(() =>
    [...(valueOf(this.areas) ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, this.language.current()),
    ),
  );

  private readonly areaId = toSignal(this.form.controls.competenceAreaId.valueChanges, {
    initialValue: '',
  });
  private readonly fileStatus = toSignal(this.form.controls.file.statusChanges, {
    initialValue: 'VALID',
  });
  protected readonly levels = computed(() =>
    levelOptions(
      valueOf(this.areas)?.find((a) => a.id === this.areaId()),
      valueOf(this.scales) ?? [],
    ),
  );
  protected readonly fileError = computed(() => {
    this.fileStatus();
    const control = this.form.controls.file;
    return (control.getError('server') as string | null) ?? null;
  });

  constructor() {
    // A level the newly chosen area does not have is cleared rather than sent.
    this.form.controls.competenceAreaId.valueChanges.subscribe(() => {
      const level = this.form.controls.level.value;
      if (level !== null && !this.levels().some((l) => l.level === level)) {
        this.form.controls.level.setValue(null);
      }
    });
  }

  protected label(level: number, name: string): string {
    return levelLabel(level, name);
  }

  /** Starts a claim for a requirement: its competence and level are filled in. */
  prefill(competenceAreaId: string, level: number, title = ''): void {
    this.form.patchValue({ competenceAreaId, level, title });
    afterNextRender(
      () => {
        const field = this.host.nativeElement.querySelector(
          'input[formcontrolname=title]',
        ) as HTMLElement | null;
        field?.scrollIntoView({ block: 'center' });
        field?.focus();
      },
      { injector: this.injector },
    );
  }

  protected onFileChosen(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    const control = this.form.controls.file;
    control.setValue(file);
    if (file && file.size > MAX_DOCUMENT_BYTES) {
      control.setErrors({
        server: this.translate.instant('Page:Competence.Upload.FileTooLarge', { size: 10 }),
      });
    }
  }

  protected async submit(): Promise<void> {
    if (this.transfer.active()) return;
    if (this.form.controls.file.invalid) {
      this.submission.focusFirstInvalid();
      return;
    }
    const evidence = await this.submission.run(this.form, () =>
      this.mode() === 'upload' ? this.upload() : this.assess(),
    );
    if (!evidence) return;
    this.snackBar.open(
      this.translate.instant(
        this.mode() === 'upload'
          ? 'Page:Competence.Upload.Sent'
          : 'Page:Competence.Assessment.Saved',
      ) as string,
      undefined,
      { duration: 5000 },
    );
    this.reset();
    this.saved.emit(evidence);
  }

  private async upload(): Promise<Evidence> {
    const value = this.form.getRawValue();
    const upload: EvidenceUpload = { ...value };
    const response = await this.transfer.run(this.api.uploadEvidence(upload));
    return response.body!;
  }

  private async assess(): Promise<Evidence> {
    const personId = this.personId();
    if (!personId) throw new Error('An assessment needs the person it is about.');
    const value = this.form.getRawValue();
    return this.api.assess(personId, {
      competenceAreaId: orNull(value.competenceAreaId),
      level: value.level,
      title: value.title.trim() || null,
      achievedOn: orNull(value.achievedOn),
      validUntil: orNull(value.validUntil),
    });
  }

  private reset(): void {
    this.form.reset();
    const input = this.fileInput()?.nativeElement;
    if (input) input.value = '';
  }
}
