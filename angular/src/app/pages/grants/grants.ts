import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { GrantMatrix, GrantRow, UserAdminApi } from '../../data/user-admin-api';
import { Alert } from '../../shared/alert';

/**
 * Which role may do what: one table per area of the application, a row per permission and a
 * column per role, with one labelled checkbox in each cell. A change is saved at once and counts
 * from the next request; the grants that keep the system administrable cannot be removed.
 */
@Component({
  selector: 'app-grants',
  imports: [TranslatePipe, MatCheckboxModule, MatProgressBarModule, Alert],
  template: `
    <h1>{{ 'Page:Grants.Title' | translate }}</h1>
    <p>{{ 'Page:Grants.Intro' | translate }}</p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    @if (matrix(); as m) {
      @for (group of m.groups; track group.module) {
        <div class="table-scroll">
          <table class="grants" [attr.data-module]="group.module">
            <caption>
              {{
                'Page:Grants.Caption' | translate: { area: area(group.module) }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'Page:Grants.Permission' | translate }}</th>
                @for (role of m.roles; track role) {
                  <th scope="col">{{ 'Role:' + role | translate }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of group.permissions; track row.name) {
                <tr>
                  <th scope="row">{{ row.textKey | translate }}</th>
                  @for (role of m.roles; track role) {
                    <td>
                      <mat-checkbox
                        [checked]="row.grantedRoles.includes(role)"
                        [disabled]="saving() || row.protectedRoles.includes(role)"
                        [attr.data-role]="role"
                        [attr.data-permission]="row.name"
                        [aria-label]="
                          'Page:Grants.Toggle'
                            | translate
                              : {
                                  role: ('Role:' + role | translate),
                                  permission: (row.textKey | translate),
                                }
                        "
                        (change)="set(row, role, $event.checked)"
                      />
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
      margin-bottom: 24px;
    }
    .grants {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 600;
      font-size: 1.125rem;
      padding: 8px 0;
    }
    th,
    td {
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      padding: 4px 8px;
    }
    thead th {
      font-weight: 600;
      vertical-align: bottom;
    }
    tbody th {
      font-weight: normal;
      text-align: start;
      min-width: 16rem;
    }
    td {
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GrantsPage {
  private readonly api = inject(UserAdminApi);
  private readonly errors = inject(ErrorMessages);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly matrix = signal<GrantMatrix | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  /** The area's name, or its code for an area without a text yet. */
  protected area(module: string): string {
    const key = `Page:Grants.Area.${module}`;
    const text = this.translate.instant(key) as string;
    return text === key ? module : text;
  }

  private async load(): Promise<void> {
    try {
      this.matrix.set(await this.api.grants());
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async set(row: GrantRow, role: string, granted: boolean): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      this.matrix.set(
        await this.api.setGrant({ roleName: role, permissionName: row.name, granted }),
      );
      this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, {
        duration: 4000,
      });
    } catch (error) {
      this.error.set(this.errors.describe(error));
      // The table shows what is stored, not the click the server refused.
      this.matrix.set(await this.api.grants());
    } finally {
      this.saving.set(false);
    }
  }
}
