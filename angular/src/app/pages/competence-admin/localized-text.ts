import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { LocalizedText, LocalizedTextInput } from '../../data/competence-catalogue-api';
import { FieldError } from '../../shared/field-error';

export const TEXT_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export type LocalizedTextGroup = FormGroup<Record<TextLanguage, FormControl<string>>>;

// Keys are spelled out so the translation-key test can find them.
const LANGUAGE_LABELS: Record<TextLanguage, string> = {
  nb: 'Page:CompetenceAdmin.Language.nb',
  nn: 'Page:CompetenceAdmin.Language.nn',
  en: 'Page:CompetenceAdmin.Language.en',
};

/** One text in bokmål, nynorsk and English, as the API stores catalogue names. */
export function localizedTextGroup(text?: Partial<LocalizedText> | null): LocalizedTextGroup {
  return new FormGroup({
    nb: new FormControl(text?.nb ?? '', { nonNullable: true }),
    nn: new FormControl(text?.nn ?? '', { nonNullable: true }),
    en: new FormControl(text?.en ?? '', { nonNullable: true }),
  });
}

export function toLocalizedTextInput(
  value: Partial<Record<TextLanguage, string>>,
): LocalizedTextInput {
  return { nb: value.nb ?? '', nn: value.nn ?? '', en: value.en ?? '' };
}

/**
 * A fieldset with the three language versions of one text. Server errors such as `name.nn` land
 * on the matching control, so they show at the right language.
 */
@Component({
  selector: 'app-localized-text-fields',
  imports: [FieldError, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <fieldset class="localized-text">
      <legend>{{ legend() | translate: legendParams() }}</legend>
      <div class="form-grid">
        @for (language of languages; track language) {
          <mat-form-field>
            <mat-label>{{ languageLabels[language] | translate }}</mat-label>
            @if (multiline()) {
              <textarea
                matInput
                rows="3"
                [formControl]="group().controls[language]"
                [attr.lang]="language"
                [attr.data-language]="language"
              ></textarea>
            } @else {
              <input
                matInput
                autocomplete="off"
                [formControl]="group().controls[language]"
                [attr.lang]="language"
                [attr.data-language]="language"
              />
            }
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .localized-text {
      border: 0;
      padding: 0;
      margin: 0 0 8px;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LocalizedTextFields {
  readonly group = input.required<LocalizedTextGroup>();
  /** Translation key of the text's name, e.g. "Name". */
  readonly legend = input.required<string>();
  /** Values for placeholders in the legend, e.g. a level's number. */
  readonly legendParams = input<Record<string, unknown>>({});
  readonly multiline = input(false);

  protected readonly languages = TEXT_LANGUAGES;
  protected readonly languageLabels = LANGUAGE_LABELS;
}
