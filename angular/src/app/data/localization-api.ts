import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
// Each function from its own file, not the index: this service loads with the app, and the index would bring every endpoint.
import { getPageTexts } from '../proxy/fn/localization/get-page-texts';
import { getTexts } from '../proxy/fn/localization/get-texts';

/** The API's texts: its JSON files are the one source of every UI and server text. */
@Injectable({ providedIn: 'root' })
export class LocalizationApi {
  private readonly api = inject(Api);

  /** Every text of one language by key; empty when the response has none. */
  async texts(culture: string): Promise<Record<string, string>> {
    const localization = await this.api.invoke(getTexts, { culture });
    return { ...(localization?.texts ?? {}) };
  }

  /** The page texts of one module in one language. */
  async pageTexts(culture: string, module: string): Promise<Record<string, string>> {
    const localization = await this.api.invoke(getPageTexts, { culture, module });
    return { ...(localization?.texts ?? {}) };
  }
}
