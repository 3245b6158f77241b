import { AppDatePipe } from '../../shared/date-format';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { toProblemDetails } from '../../core/problem-details';
import { Alert } from '../../shared/alert';
import { CertificateApi, normalizeCode } from '../../data/certificate-api';

/**
 * Public check of a kursbevis (the programme's or a course's) by its code, for an employer or anyone
 * else handed one: no sign-in.
 * `/verify/:code` (the address printed on the certificate) checks at once; `/verify` asks for a code.
 */
@Component({
  selector: 'app-verify-certificate',
  imports: [
    AppDatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    Alert,
  ],
  template: `
    <h1>{{ 'Page:Certificates.Verify.Title' | translate }}</h1>
    <p>{{ 'Page:Certificates.Verify.Intro' | translate }}</p>

    <form class="code-form" [formGroup]="form" (ngSubmit)="check()" novalidate>
      <mat-form-field>
        <mat-label>{{ 'Page:Certificates.Verify.Code' | translate }}</mat-label>
        <input
          matInput
          formControlName="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          data-testid="verify-code"
        />
        <mat-hint>{{ 'Page:Certificates.Verify.CodeHint' | translate }}</mat-hint>
        @if (codeInput.hasError('required')) {
          <mat-error>{{ 'Page:Certificates.Verify.CodeRequired' | translate }}</mat-error>
        }
      </mat-form-field>
      <button mat-flat-button type="submit" data-testid="verify-submit">
        {{ 'Page:Certificates.Verify.Check' | translate }}
      </button>
    </form>

    @if (result.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }

    <div role="status" aria-live="polite">
      @if (verified(); as c) {
        <section class="result valid" aria-labelledby="result-heading" data-testid="verify-valid">
          <h2 id="result-heading">{{ 'Page:Certificates.Verify.Valid' | translate }}</h2>
          <dl>
            <dt>{{ 'Page:Certificates.Field.Person' | translate }}</dt>
            <dd data-testid="verify-person">{{ c.personName }}</dd>
            @if (c.courseName) {
              <dt>{{ 'Page:Certificates.Field.Course' | translate }}</dt>
              <dd data-testid="verify-course">{{ c.courseName }}</dd>
            } @else {
              <dt>{{ 'Page:Certificates.Field.Programme' | translate }}</dt>
              <dd>{{ c.programmeName }}</dd>
              <dt>{{ 'Page:Certificates.Field.Cohort' | translate }}</dt>
              <dd>
                {{ c.cohortName }}
                ({{ 'Page:Certificates.Field.StartedOn' | translate }}
                {{ c.cohortStartsOn | appDate }})
              </dd>
            }
            <dt>{{ 'Page:Certificates.Field.CompletedOn' | translate }}</dt>
            <dd>{{ c.completedOn | appDate }}</dd>
            <dt>{{ 'Page:Certificates.Field.Code' | translate }}</dt>
            <dd class="code">{{ c.verificationCode }}</dd>
          </dl>
          @if (c.moduleTitles.length) {
            <h3>{{ 'Page:Certificates.Field.Modules' | translate }}</h3>
            <ol>
              @for (title of c.moduleTitles; track $index) {
                <li>{{ title }}</li>
              }
            </ol>
          }
        </section>
      }
      @if (notFound()) {
        <section
          class="result invalid"
          aria-labelledby="result-heading"
          data-testid="verify-not-found"
        >
          <h2 id="result-heading">{{ 'Page:Certificates.Verify.NotFound' | translate }}</h2>
          <p>{{ 'Page:Certificates.Verify.NotFoundHelp' | translate: { code: code() } }}</p>
        </section>
      }
    </div>
    <app-alert [message]="error()" />
  `,
  styles: `
    :host {
      display: block;
      max-width: 760px;
    }
    .code-form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: flex-start;
    }
    .code-form mat-form-field {
      flex: 1 1 280px;
    }
    .code-form button {
      margin-top: 8px;
    }
    .result {
      margin: 16px 0;
      padding: 16px 20px;
      border-radius: 8px;
      border: 1px solid;
    }
    .result h2 {
      margin-top: 0;
      font-size: 1.25rem;
    }
    .valid {
      border-color: var(--ax-border-success);
      background: var(--ax-bg-success-soft);
    }
    .invalid {
      border-color: var(--ax-border-warning);
      background: var(--ax-bg-warning-soft);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .code {
      font-family: monospace;
      letter-spacing: 0.05em;
    }
    h3 {
      font-size: 1rem;
      margin: 16px 0 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyCertificatePage {
  private readonly api = inject(CertificateApi);
  private readonly errors = inject(ErrorMessages);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);

  /** From the route `/verify/:code`. */
  readonly code = input<string | undefined>();

  protected readonly codeInput = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required],
  });
  protected readonly form = new FormGroup({ code: this.codeInput });

  protected readonly result = resource({
    params: () => {
      const code = this.code()?.trim();
      return code ? { code, language: this.language.current() } : undefined;
    },
    loader: ({ params }) => this.api.verify(params.code),
  });

  protected readonly verified = computed(() =>
    this.result.hasValue() ? this.result.value() : null,
  );
  protected readonly notFound = computed(
    () => toProblemDetails(this.result.error()).status === 404,
  );
  protected readonly error = computed(() => {
    const error = this.result.error();
    return error && !this.notFound() ? this.errors.describe(error) : null;
  });

  constructor() {
    // The code in the address fills the field, so that it can be corrected and checked again.
    effect(() => {
      const code = this.code();
      if (code !== undefined) this.codeInput.setValue(code, { emitEvent: false });
    });
  }

  protected check(): void {
    this.codeInput.markAsTouched();
    if (!this.codeInput.value.trim()) {
      this.codeInput.setErrors({ required: true });
      return;
    }
    void this.router.navigate(['/verify', normalizeCode(this.codeInput.value)]);
  }
}
