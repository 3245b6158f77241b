import { AppDatePipe } from '../../shared/date-format';
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
import { Alert } from '../../shared/alert';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import {
  Certificate,
  CERTIFICATE_LANGUAGES,
  CertificateApi,
  CertificateLanguage,
} from '../../data/certificate-api';

/** The signed-in participant's certificates, each to download as a PDF in bokmål, nynorsk or English. */
@Component({
  selector: 'app-my-certificates',
  imports: [
    AppDatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    Alert,
  ],
  template: `
    <h1>{{ 'Page:Certificates.My.Title' | translate }}</h1>
    <p>{{ 'Page:Certificates.My.Intro' | translate }}</p>
    @if (list.isLoading() || transfer.active()) {
      <mat-progress-bar
        [mode]="transfer.progress() === null ? 'indeterminate' : 'determinate'"
        [value]="(transfer.progress() ?? 0) * 100"
        [attr.aria-label]="'Ui:Loading' | translate"
      />
    }
    <app-alert [message]="error()" />

    @if (certificates(); as items) {
      @if (items.length === 0) {
        <p class="empty" data-testid="certificates-empty">
          {{ 'Page:Certificates.My.Empty' | translate }}
        </p>
      }
      <ul class="certificates">
        @for (c of items; track c.id) {
          <li class="certificate" [attr.aria-labelledby]="'certificate-' + c.id">
            <h2 [id]="'certificate-' + c.id">{{ c.programmeName }}</h2>
            <dl>
              <dt>{{ 'Page:Certificates.Field.Cohort' | translate }}</dt>
              <dd>{{ c.cohortName }}</dd>
              <dt>{{ 'Page:Certificates.Field.CompletedOn' | translate }}</dt>
              <dd>{{ c.completedOn | appDate }}</dd>
              <dt>{{ 'Page:Certificates.Field.Code' | translate }}</dt>
              <dd>
                <a class="code" [routerLink]="['/verify', c.verificationCode]">{{
                  c.verificationCode
                }}</a>
              </dd>
            </dl>
            <div
              class="downloads"
              role="group"
              [attr.aria-label]="'Page:Certificates.My.Download' | translate"
            >
              @for (lang of languages; track lang) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="transfer.active()"
                  (click)="download(c, lang)"
                  [attr.data-testid]="'certificate-pdf-' + lang"
                >
                  <mat-icon svgIcon="download" />
                  {{ pdfLabels[lang] | translate }}
                </button>
              }
            </div>
          </li>
        }
      </ul>
    }
    <app-alert kind="success" [message]="saved()" />
  `,
  styles: `
    .certificates {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 16px;
      max-width: 900px;
    }
    .certificate {
      padding: 16px 20px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    .certificate h2 {
      margin: 0 0 8px;
      font-size: 1.25rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .code {
      font-family: monospace;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCertificatesPage {
  private readonly api = inject(CertificateApi);
  private readonly errors = inject(ErrorMessages);
  protected readonly language = inject(LanguageService);

  protected readonly languages = CERTIFICATE_LANGUAGES;
  // Keys are spelled out so the translation-key test can find them.
  protected readonly pdfLabels: Record<CertificateLanguage, string> = {
    nb: 'Page:Certificates.My.PdfNb',
    nn: 'Page:Certificates.My.PdfNn',
    en: 'Page:Certificates.My.PdfEn',
  };

  protected readonly list = resource({ loader: () => this.api.mine() });
  protected readonly certificates = computed(() =>
    this.list.hasValue() ? this.list.value() : null,
  );
  protected readonly transfer = new Transfer();
  private readonly downloadError = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? this.errors.describe(error) : this.downloadError();
  });

  protected async download(certificate: Certificate, language: CertificateLanguage): Promise<void> {
    this.downloadError.set(null);
    this.saved.set(null);
    try {
      const response = await this.transfer.run(this.api.pdf(certificate.id, language));
      this.saved.set(
        saveResponse(response, `kursbevis-${certificate.verificationCode}-${language}.pdf`),
      );
    } catch (error) {
      this.downloadError.set(this.errors.describe(error));
    }
  }
}
