import { inject, Injectable } from '@angular/core';
import { ResolveFn, Route, Routes } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { LocalizationApi } from '../data/localization-api';
import { DEFAULT_LANGUAGE } from './language.service';

/** The modules whose page texts the app has fetched: a language fetched later brings them along (ApiTranslateLoader). */
@Injectable({ providedIn: 'root' })
export class PageTextModules {
  readonly loaded = new Set<string>();
}

/**
 * A module's page texts, fetched the first time one of its pages opens: the first page load carries only the shell's
 * texts, so each new module adds nothing to it.
 */
@Injectable({ providedIn: 'root' })
export class PageTexts {
  private readonly translate = inject(TranslateService);
  private readonly localization = inject(LocalizationApi);
  private readonly modules = inject(PageTextModules);
  private readonly fetching = new Map<string, Promise<void>>();

  load(module: string): Promise<void> {
    let fetched = this.fetching.get(module);
    if (!fetched) {
      fetched = this.fetch(module).catch((error: unknown) => {
        // Unlisted again, so that the next page of the module tries once more.
        this.fetching.delete(module);
        this.modules.loaded.delete(module);
        throw error;
      });
      this.fetching.set(module, fetched);
    }
    return fetched;
  }

  private async fetch(module: string): Promise<void> {
    // Listed before the answer comes, so that a language switched to meanwhile fetches the module's texts too.
    this.modules.loaded.add(module);
    const language = this.translate.getCurrentLang() ?? DEFAULT_LANGUAGE;
    const texts = await this.localization.pageTexts(language, module);
    this.translate.setTranslation(language, texts, true);
    // Other languages fetched before lack these texts: dropped, they are fetched whole on the next switch to them.
    for (const other of this.translate.getLangs()) {
      if (other !== language) this.translate.resetLang(other);
    }
  }
}

/** Waits for the page texts of the module its route names in `data.pageTexts`; a page without them still opens. */
export const pageTextsResolver: ResolveFn<boolean> = async (route) => {
  try {
    await inject(PageTexts).load(route.data['pageTexts'] as string);
    return true;
  } catch {
    return false;
  }
};

/** The routes of one module's pages, each fetching the module's page texts before it shows. */
export function withPageTexts(module: string, routes: Routes): Routes {
  return routes.map((route): Route =>
    route.redirectTo
      ? route
      : {
          ...route,
          data: { ...route.data, pageTexts: module },
          resolve: { ...route.resolve, pageTextsLoaded: pageTextsResolver },
        },
  );
}
