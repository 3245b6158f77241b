import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { exportFile, PersonalDataApi } from '../../data/personal-data-api';
import { Alert } from '../../shared/alert';
import { PersonalDataSections } from '../../shared/personal-data-sections';
import { saveResponse, Transfer } from '../../shared/file-transfer';

/** Everything the system holds about the signed-in user, per module, to download as JSON or PDF. */
@Component({
  selector: 'app-my-data',
  imports: [
    Alert,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PersonalDataSections,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'Page:PersonalData.Mine.Title' | translate }}</h1>
    <p>{{ 'Page:PersonalData.Mine.Intro' | translate }}</p>
    <p>
      <a routerLink="/processing-overview">{{ 'Page:PersonalData.Mine.Processing' | translate }}</a>
    </p>
    @if (data.isLoading() || transfer.active()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    @if (export(); as value) {
      <div class="downloads">
        <button mat-flat-button type="button" (click)="downloadJson()" data-testid="my-data-json">
          <mat-icon svgIcon="download" />
          {{ 'Page:PersonalData.DownloadJson' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          [disabled]="transfer.active()"
          (click)="downloadPdf()"
          data-testid="my-data-pdf"
        >
          <mat-icon svgIcon="download" />
          {{ 'Page:PersonalData.DownloadPdf' | translate }}
        </button>
      </div>
      <app-alert kind="success" [message]="saved()" />
      <app-personal-data-sections [sections]="value.sections" />
    }
  `,
  styles: `
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDataPage {
  private readonly api = inject(PersonalDataApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  protected readonly data = resource({ loader: () => this.api.mine() });
  protected readonly export = computed(() => (this.data.hasValue() ? this.data.value() : null));
  protected readonly transfer = new Transfer();
  protected readonly saved = signal<string | null>(null);
  private readonly downloadError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.data.error();
    return error ? this.errors.describe(error) : this.downloadError();
  });

  protected downloadJson(): void {
    const value = this.export();
    if (value) this.saved.set(saveResponse(exportFile(value), 'personal-data.json'));
  }

  protected async downloadPdf(): Promise<void> {
    this.downloadError.set(null);
    this.saved.set(null);
    try {
      const response = await this.transfer.run(this.api.minePdf(this.language.current()));
      this.saved.set(saveResponse(response, 'personal-data.pdf'));
    } catch (error) {
      this.downloadError.set(this.errors.describe(error));
    }
  }
}
