import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { NAV_ITEMS } from '../../core/navigation';

@Component({
  selector: 'app-home',
  imports: [RouterLink, TranslatePipe, MatButtonModule],
  template: `
    @if (auth.user(); as user) {
      <h1>{{ 'Page:Home.Welcome' | translate: { name: user.name } }}</h1>
      <p>{{ 'Page:Home.Intro' | translate }}</p>
      @if (links().length) {
        <h2>{{ 'Page:Home.Shortcuts' | translate }}</h2>
        <ul class="shortcuts">
          @for (item of links(); track item.path) {
            <li>
              <a [routerLink]="item.path">{{ item.label | translate }}</a>
            </li>
          }
        </ul>
      }
    } @else {
      <h1>{{ 'App:Name' | translate }}</h1>
      <p class="lead">{{ 'Page:Landing.Lead' | translate }}</p>
      <p>{{ 'Page:Landing.Body' | translate }}</p>
      <button mat-flat-button type="button" (click)="auth.login()">
        {{ 'Ui:SignIn' | translate }}
      </button>
    }
  `,
  styles: `
    .lead {
      font-size: 1.25rem;
    }
    .shortcuts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 12px;
      padding: 0;
      list-style: none;
    }
    .shortcuts a {
      display: block;
      padding: 16px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly auth = inject(AuthService);

  protected readonly links = computed(() => {
    this.auth.user();
    return NAV_ITEMS.filter((item) => item.permission && this.auth.hasPermission(item.permission));
  });
}
