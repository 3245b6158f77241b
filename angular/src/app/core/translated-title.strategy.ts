import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

/** Route titles are translation keys; the document title follows the language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private key: string | undefined;

  constructor() {
    super();
    this.translate.onLangChange.subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const product = this.translate.instant('App:Name') as string;
    const page = this.key ? (this.translate.instant(this.key) as string) : null;
    // A text that is missing or not loaded yet comes back as its key: show the product name then.
    const shown = page && page !== this.key && page !== product ? page : null;
    this.title.setTitle(shown ? `${shown} – ${product}` : product);
  }
}
