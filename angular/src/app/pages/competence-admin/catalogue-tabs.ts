import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

export const CATALOGUE_PATH = '/competence/admin';

const TABS = [
  { path: `${CATALOGUE_PATH}/areas`, label: 'Page:CompetenceAdmin.Areas.Title' },
  { path: `${CATALOGUE_PATH}/categories`, label: 'Page:CompetenceAdmin.Categories.Title' },
  { path: `${CATALOGUE_PATH}/scales`, label: 'Page:CompetenceAdmin.Scales.Title' },
];

/**
 * The catalogue's three lists as tabs; each tab is its own route, and the page's content goes in
 * the tab panel. Tabs rather than a second `<nav>`, so the main menu stays the page's only one.
 */
@Component({
  selector: 'app-catalogue-tabs',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <div
      mat-tab-nav-bar
      [tabPanel]="panel"
      [attr.aria-label]="'Page:CompetenceAdmin.Catalogue' | translate"
      class="catalogue-tabs"
    >
      @for (tab of tabs; track tab.path) {
        <a
          mat-tab-link
          [routerLink]="tab.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          >{{ tab.label | translate }}</a
        >
      }
    </div>
    <mat-tab-nav-panel #panel>
      <ng-content />
    </mat-tab-nav-panel>
  `,
  styles: `
    .catalogue-tabs {
      margin-bottom: 16px;
    }
  `,
  host: { style: 'display: block' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogueTabs {
  protected readonly tabs = TABS;
}
