import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { AdminApi } from '../../data/admin-api';
import { HrImportResult, HrImportStatus } from '../../data/models';
import { Alert } from '../../shared/alert';
import { DataTable } from '../../shared/data-table';

export const HR_IMPORT_HEADER =
  'employeeNumber;firstName;lastName;email;employer;officeName;jobRoleCode;jobRoleStartDate';

@Component({
  selector: 'app-hr-import',
  imports: [
    TranslatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
  ],
  template: `
    <h1>{{ 'Page:HrImport.Title' | translate }}</h1>
    <p>{{ 'Page:HrImport.Intro' | translate }}</p>
    <p>
      {{ 'Page:HrImport.Format' | translate }}
      <code class="header-line">{{ header }}</code>
    </p>
    <p>
      <a mat-button href="/hr-import-template.csv" download="hr-import-template.csv">
        <mat-icon svgIcon="download" />{{ 'Page:HrImport.DownloadTemplate' | translate }}
      </a>
    </p>

    <div class="file-row">
      <label for="hr-file" class="file-label">{{ 'Page:HrImport.ChooseFile' | translate }}</label>
      <input
        id="hr-file"
        type="file"
        accept=".csv,text/csv"
        aria-describedby="hr-file-hint"
        (change)="onFileChosen($event)"
      />
      <span id="hr-file-hint" class="hint">{{ 'Page:HrImport.FileHint' | translate }}</span>
    </div>

    <div class="form-actions">
      <button mat-flat-button type="button" [disabled]="!file() || busy()" (click)="preview()">
        <mat-icon svgIcon="upload" />{{ 'Page:HrImport.Preview' | translate }}
      </button>
      <button
        mat-stroked-button
        type="button"
        [disabled]="!canCommit() || busy()"
        (click)="commit()"
      >
        {{ 'Page:HrImport.Commit' | translate }}
      </button>
    </div>

    @if (busy()) {
      <mat-progress-bar
        class="progress"
        mode="indeterminate"
        [attr.aria-label]="'Page:HrImport.Uploading' | translate"
      />
    }

    <app-alert [message]="error()" />

    @if (status(); as s) {
      <section aria-labelledby="result-heading" data-testid="import-result">
        @switch (s.state) {
          @case ('Completed') {
            <h2 id="result-heading">{{ 'Page:HrImport.CommittedHeading' | translate }}</h2>
            <app-alert kind="success" [message]="'Page:HrImport.CommittedMessage' | translate: s" />
          }
          @case ('Failed') {
            <h2 id="result-heading">{{ 'Page:HrImport.FailedHeading' | translate }}</h2>
            <app-alert [message]="'Page:HrImport.Failed' | translate: s" />
          }
          @default {
            <h2 id="result-heading">{{ 'Page:HrImport.RunningHeading' | translate }}</h2>
            <p>{{ 'Page:HrImport.RunningHint' | translate }}</p>
            <mat-progress-bar
              class="progress"
              mode="determinate"
              [value]="percentDone()"
              [attr.aria-label]="'Page:HrImport.Writing' | translate"
            />
          }
        }
        <p role="status" data-testid="import-progress">
          {{ 'Page:HrImport.Progress' | translate: s }}
        </p>
        <dl class="summary">
          <div>
            <dt>{{ 'Page:HrImport.TotalRows' | translate }}</dt>
            <dd>{{ s.totalRows }}</dd>
          </div>
          <div>
            <dt>{{ 'Page:HrImport.ValidRows' | translate }}</dt>
            <dd>{{ s.validRows }}</dd>
          </div>
          <div>
            <dt>{{ 'Page:HrImport.Created' | translate }}</dt>
            <dd>{{ s.created }}</dd>
          </div>
          <div>
            <dt>{{ 'Page:HrImport.Updated' | translate }}</dt>
            <dd>{{ s.updated }}</dd>
          </div>
          <div>
            <dt>{{ 'Page:HrImport.Unchanged' | translate }}</dt>
            <dd>{{ s.unchanged }}</dd>
          </div>
        </dl>
      </section>
    } @else if (result(); as r) {
      <section aria-labelledby="result-heading" data-testid="import-result">
        <h2 id="result-heading">{{ 'Page:HrImport.PreviewHeading' | translate }}</h2>
        <dl class="summary">
          <div>
            <dt>{{ 'Page:HrImport.TotalRows' | translate }}</dt>
            <dd>{{ r.totalRows }}</dd>
          </div>
          <div>
            <dt>{{ 'Page:HrImport.ValidRows' | translate }}</dt>
            <dd>{{ r.validRows }}</dd>
          </div>
          <div>
            <dt>{{ 'Page:HrImport.ToCreate' | translate }}</dt>
            <dd>{{ r.toCreate }}</dd>
          </div>
          <div>
            <dt>{{ 'Page:HrImport.ToUpdate' | translate }}</dt>
            <dd>{{ r.toUpdate }}</dd>
          </div>
          <div>
            <dt>{{ 'Page:HrImport.ErrorCount' | translate }}</dt>
            <dd>{{ rowsWithErrors() }}</dd>
          </div>
        </dl>
        @if (r.errors.length) {
          <h3>{{ 'Page:HrImport.ErrorsHeading' | translate }}</h3>
          <app-data-table [rows]="r.errors" [columns]="errorColumns" testId="import-errors">
            <ng-container matColumnDef="line">
              <th mat-header-cell *matHeaderCellDef>{{ 'Page:HrImport.Line' | translate }}</th>
              <td mat-cell *matCellDef="let e">{{ e.line }}</td>
            </ng-container>
            <ng-container matColumnDef="field">
              <th mat-header-cell *matHeaderCellDef>{{ 'Page:HrImport.Field' | translate }}</th>
              <td mat-cell *matCellDef="let e">{{ e.field }}</td>
            </ng-container>
            <ng-container matColumnDef="message">
              <th mat-header-cell *matHeaderCellDef>{{ 'Page:HrImport.Reason' | translate }}</th>
              <td mat-cell *matCellDef="let e">{{ e.message }}</td>
            </ng-container>
          </app-data-table>
        } @else {
          <p>{{ 'Page:HrImport.ReadyToCommit' | translate }}</p>
        }
      </section>
    }
  `,
  styles: `
    .header-line {
      display: block;
      overflow-x: auto;
      padding: 8px;
      margin-top: 4px;
      background: var(--ax-bg-neutral-soft);
      border-radius: 4px;
    }
    .file-row {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 16px 0;
    }
    .file-label {
      font-weight: 600;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    .progress {
      margin: 16px 0;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .summary div {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      padding: 8px 16px;
    }
    .summary dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HrImportPage {
  /** How often a running import is asked for its progress. */
  static readonly pollMs = 1000;

  private readonly api = inject(AdminApi);
  private readonly errors = inject(ErrorMessages);
  private destroyed = false;

  protected readonly header = HR_IMPORT_HEADER;
  protected readonly errorColumns = ['line', 'field', 'message'];
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly result = signal<HrImportResult | null>(null);
  /** The committed import, as the job has come with it. */
  protected readonly status = signal<HrImportStatus | null>(null);
  protected readonly error = signal<string | null>(null);
  /** A row can have several errors; the summary counts rows. */
  protected readonly rowsWithErrors = computed(
    () => new Set(this.result()?.errors.map((e) => e.line) ?? []).size,
  );
  protected readonly percentDone = computed(() => {
    const s = this.status();
    return s && s.validRows > 0 ? Math.round((100 * s.rowsDone) / s.validRows) : 0;
  });
  /** Only a file whose preview found no errors may be committed. */
  protected readonly canCommit = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  protected onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.result.set(null);
    this.status.set(null);
    this.error.set(null);
    this.canCommit.set(false);
  }

  protected async preview(): Promise<void> {
    this.status.set(null);
    const result = await this.send((file) => this.api.previewHrImport(file));
    if (result) this.result.set(result);
    this.canCommit.set(!!result && result.errors.length === 0 && result.validRows > 0);
  }

  protected async commit(): Promise<void> {
    const accepted = await this.send((file) => this.api.commitHrImport(file));
    if (!accepted) return;
    this.canCommit.set(false);
    this.status.set(accepted);
    await this.follow(accepted);
  }

  /** The import is written by a background job; its progress is fetched until it has finished. */
  private async follow(import_: HrImportStatus): Promise<void> {
    let current = import_;
    while (!this.destroyed && (current.state === 'Queued' || current.state === 'Running')) {
      await new Promise((resolve) => setTimeout(resolve, HrImportPage.pollMs));
      if (this.destroyed) return;
      try {
        current = await this.api.hrImport(current.id);
      } catch (error) {
        this.error.set(this.errors.describe(error));
        return;
      }
      this.status.set(current);
    }
  }

  private async send<T>(call: (file: File) => Promise<T>): Promise<T | null> {
    const file = this.file();
    if (!file) return null;
    this.busy.set(true);
    this.error.set(null);
    try {
      return await call(file);
    } catch (error) {
      this.error.set(this.errors.describe(error));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
