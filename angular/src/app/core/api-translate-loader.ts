import { inject, Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { from, Observable } from 'rxjs';
import { Api } from '../proxy/api';
import { getTexts } from '../proxy/functions';

/** Texts come from the API, whose JSON files are the one source of every UI and server text. */
@Injectable()
export class ApiTranslateLoader implements TranslateLoader {
  private readonly api = inject(Api);

  getTranslation(lang: string): Observable<TranslationObject> {
    return from(
      this.api.invoke(getTexts, { culture: lang }).then((r) => ({ ...(r?.texts ?? {}) })),
    );
  }
}
