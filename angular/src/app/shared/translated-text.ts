import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { TranslatedTextDto, TranslatedTextInput } from '../data/models';
import { FieldError } from './field-error';

export const CONTENT_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export type TranslatedTextGroup = FormGroup<Record<ContentLanguage, FormControl<string>>>;

// Keys are spelled out so the translation-key test can find them.
const LANGUAGE_LABELS: Record<ContentLanguage, string> = {
  nb: 'Ui:Content.Language.nb',
  nn: 'Ui:Content.Language.nn',
  en: 'Ui:Content.Language.en',
};

/** A programme text in bokmål, nynorsk and English as three controls; the translations may be empty. */
export function translatedTextGroup(
  text?: Partial<Pick<TranslatedTextDto, ContentLanguage>> | null,
): TranslatedTextGroup {
  return new FormGroup({
    nb: new FormControl(text?.nb ?? '', { nonNullable: true }),
    nn: new FormControl(text?.nn ?? '', { nonNullable: true }),
    en: new FormControl(text?.en ?? '', { nonNullable: true }),
  });
}

/** The request body of one text: an empty translation is sent as none, so readers get bokmål. */
export function toTranslatedTextInput(
  value: Partial<Record<ContentLanguage, string>>,
): TranslatedTextInput {
  return { nb: value.nb ?? '', nn: value.nn?.trim() || null, en: value.en?.trim() || null };
}

/**
 * The three language versions of one programme text: bokmål (required) and the optional
 * nynorsk and English. Server errors such as `gatherings[0].title.nn` land on the control of
 * that language. Inputs get the ids `{id}-nb`, `{id}-nn` and `{id}-en`.
 */
@Component({
  selector: 'app-translated-text-fields',
  imports: [FieldError, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <fieldset class="translated-text">
      <legend>{{ legend() | translate: legendParams() }}</legend>
      <div class="languages">
        @for (language of languages; track language) {
          <mat-form-field [class.primary]="language === 'nb'">
            <mat-label>{{ languageLabels[language] | translate }}</mat-label>
            @if (multiline()) {
              <textarea
                matInput
                rows="2"
                [id]="id() + '-' + language"
                [formControl]="group().controls[language]"
                [attr.lang]="language"
                [attr.maxlength]="maxLength()"
                [required]="language === 'nb' && required()"
              ></textarea>
            } @else {
              <input
                matInput
                autocomplete="off"
                [id]="id() + '-' + language"
                [formControl]="group().controls[language]"
                [attr.lang]="language"
                [attr.maxlength]="maxLength()"
                [required]="language === 'nb' && required()"
              />
            }
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .translated-text {
      border: 0;
      padding: 0;
      margin: 0 0 8px;
      min-width: 0;
      max-width: 800px;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 8px;
    }
    .languages {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      column-gap: 16px;
    }
    .primary {
      grid-column: 1 / -1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TranslatedTextFields {
  readonly group = input.required<TranslatedTextGroup>();
  /** Translation key of the field's name, e.g. "Page:Programme.Field.Title". */
  readonly legend = input.required<string>();
  readonly legendParams = input<Record<string, unknown>>({});
  /** Prefix of the inputs' ids. */
  readonly id = input.required<string>();
  readonly multiline = input(false);
  /** Whether bokmål must be filled in (a title) or may be empty (a description). */
  readonly required = input(true);
  readonly maxLength = input<number | null>(null);

  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly languageLabels = LANGUAGE_LABELS;
}
