import { registerLocaleData } from '@angular/common';
import localeEn from '@angular/common/locales/en';
import localeNb from '@angular/common/locales/nb';
import localeNn from '@angular/common/locales/nn';
import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';
/** Each language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  en: 'English',
};

const STORAGE_KEY = 'navlederprogram.language';

registerLocaleData(localeNb, 'nb');
registerLocaleData(localeNn, 'nn');
registerLocaleData(localeEn, 'en');

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The UI language: drives translations, date/number locale, `<html lang>` and `Accept-Language`. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);

  readonly current = signal<Language>(storedLanguage());

  init(): Promise<unknown> {
    this.translate.setFallbackLang(DEFAULT_LANGUAGE);
    return this.use(this.current());
  }

  async use(language: Language): Promise<void> {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
    // ASP.NET Core's culture cookie, so the server-rendered login page speaks the same language.
    const culture = encodeURIComponent(`c=${language}|uic=${language}`);
    this.document.cookie = `.AspNetCore.Culture=${culture}; path=/; max-age=31536000; SameSite=Lax`;
    await firstValueFrom(this.translate.use(language));
  }
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}
