import { inject, Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { from, Observable } from 'rxjs';
import { LocalizationApi } from '../data/localization-api';

/** Texts come from the API, whose JSON files are the one source of every UI and server text. */
@Injectable()
export class ApiTranslateLoader implements TranslateLoader {
  private readonly localization = inject(LocalizationApi);

  getTranslation(lang: string): Observable<TranslationObject> {
    return from(this.localization.texts(lang));
  }
}
