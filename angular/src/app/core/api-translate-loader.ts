import { inject, Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { from, Observable } from 'rxjs';
import { LocalizationApi } from '../data/localization-api';
import { PageTextModules } from './page-texts';

/**
 * Texts come from the API, whose JSON files are the one source of every UI and server text: the shell's texts, and the
 * page texts of every module whose pages have been open (PageTexts).
 */
@Injectable()
export class ApiTranslateLoader implements TranslateLoader {
  private readonly localization = inject(LocalizationApi);
  private readonly modules = inject(PageTextModules);

  getTranslation(lang: string): Observable<TranslationObject> {
    const pages = [...this.modules.loaded].map((module) =>
      this.localization.pageTexts(lang, module),
    );
    return from(
      Promise.all([this.localization.texts(lang), ...pages]).then((all) =>
        Object.assign({}, ...all),
      ),
    );
  }
}
