import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService } from '@ngx-translate/core';

/** Says that something was done, in a snackbar that screen readers announce. */
@Injectable({ providedIn: 'root' })
export class Announcer {
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  say(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params) as string, undefined, {
      duration: 5000,
    });
  }
}
