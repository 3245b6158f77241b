import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';
import { TranslatePipe } from '@ngx-translate/core';
import { Language, LANGUAGE_NAMES, LanguageService, LANGUAGES } from '../core/language.service';

/**
 * The language menu of the toolbar. The menu and its overlay are loaded only when someone first
 * opens it (the shell shows a look-alike button until then), so `openOnStart` opens it at once.
 */
@Component({
  selector: 'app-language-menu',
  imports: [TranslatePipe, MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    <button
      mat-button
      type="button"
      [matMenuTriggerFor]="languageMenu"
      [attr.aria-label]="('Ui:ChooseLanguage' | translate) + ': ' + names[language.current()]"
    >
      <mat-icon svgIcon="globe" />
      <span class="hide-narrow">{{ names[language.current()] }}</span>
    </button>
    <mat-menu #languageMenu="matMenu">
      @for (code of languages; track code) {
        <button
          mat-menu-item
          type="button"
          [attr.lang]="code"
          [attr.aria-current]="code === language.current() ? 'true' : null"
          (click)="chosen.emit(code)"
        >
          {{ names[code] }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    @media (max-width: 599.98px) {
      .hide-narrow {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageMenu {
  protected readonly language = inject(LanguageService);
  protected readonly languages = LANGUAGES;
  protected readonly names = LANGUAGE_NAMES;
  private readonly trigger = viewChild.required(MatMenuTrigger);

  readonly openOnStart = input(false);
  readonly chosen = output<Language>();

  constructor() {
    afterNextRender(() => {
      if (this.openOnStart()) this.trigger().openMenu();
    });
  }
}
