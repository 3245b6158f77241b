import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';

@Component({
  selector: 'app-forbidden',
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1>{{ 'Page:Forbidden.Title' | translate }}</h1>
    <p>{{ 'Page:Forbidden.Body' | translate }}</p>
    @if (auth.user(); as user) {
      <p>{{ 'Page:Forbidden.SignedInAs' | translate: { name: user.name } }}</p>
    }
    <p>
      <a routerLink="/">{{ 'Ui:BackToHome' | translate }}</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {
  protected readonly auth = inject(AuthService);
}
