import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1>{{ 'Page:NotFound.Title' | translate }}</h1>
    <p>{{ 'Page:NotFound.Body' | translate }}</p>
    <p>
      <a routerLink="/">{{ 'Ui:BackToHome' | translate }}</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
