import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { AdminApi } from '../../data/admin-api';
import { Alert } from '../../shared/alert';
import { DataTable } from '../../shared/data-table';

@Component({
  selector: 'app-jobs',
  imports: [
    DatePipe,
    TranslatePipe,
    MatTableModule,
    MatProgressBarModule,
    MatButtonModule,
    MatIconModule,
    Alert,
    DataTable,
  ],
  template: `
    <h1>{{ 'Page:Jobs.Title' | translate }}</h1>
    <p>{{ 'Page:Jobs.Intro' | translate }}</p>
    <div class="page-actions">
      <button mat-stroked-button type="button" (click)="jobs.reload()">
        {{ 'Ui:Refresh' | translate }}
      </button>
    </div>
    @if (jobs.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    <app-data-table
      [rows]="jobs.hasValue() ? jobs.value() : []"
      [columns]="columns"
      testId="jobs-table"
    >
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Jobs.Job' | translate }}</th>
        <td mat-cell *matCellDef="let job">
          <strong>{{ job.name }}</strong>
          <div class="muted">{{ job.group }}</div>
          @if (job.description) {
            <div>{{ job.description }}</div>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="lastOutcome">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Jobs.LastRun' | translate }}</th>
        <td mat-cell *matCellDef="let job">
          @if (job.lastOutcome; as outcome) {
            <span [class]="outcome.succeeded ? 'ok' : 'failed'">
              <mat-icon [svgIcon]="outcome.succeeded ? 'checkmark' : 'failed'" aria-hidden="true" />
              {{ (outcome.succeeded ? 'Page:Jobs.Succeeded' : 'Page:Jobs.Failed') | translate }}
            </span>
            <div>{{ outcome.firedAt | date: 'medium' : undefined : language.current() }}</div>
            @if (outcome.message) {
              <div class="muted">{{ outcome.message }}</div>
            }
          } @else {
            {{ 'Page:Jobs.NeverRun' | translate }}
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="triggers">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Jobs.Triggers' | translate }}</th>
        <td mat-cell *matCellDef="let job">
          <ul class="triggers">
            @for (trigger of job.triggers; track trigger.group + trigger.name) {
              <li>
                <strong>{{ trigger.name }}</strong> ({{ trigger.state }})
                @if (trigger.cronExpression) {
                  <code>{{ trigger.cronExpression }}</code>
                }
                @if (trigger.description) {
                  <div class="muted">{{ trigger.description }}</div>
                }
                <div>
                  {{ 'Page:Jobs.PreviousFire' | translate }}:
                  {{
                    trigger.previousFireTime
                      ? (trigger.previousFireTime | date: 'medium' : undefined : language.current())
                      : '–'
                  }}
                </div>
                <div>
                  {{ 'Page:Jobs.NextFire' | translate }}:
                  {{
                    trigger.nextFireTime
                      ? (trigger.nextFireTime | date: 'medium' : undefined : language.current())
                      : '–'
                  }}
                </div>
              </li>
            } @empty {
              <li>{{ 'Page:Jobs.NoTriggers' | translate }}</li>
            }
          </ul>
        </td>
      </ng-container>
    </app-data-table>
  `,
  styles: `
    td {
      vertical-align: top;
      padding-top: 8px;
      padding-bottom: 8px;
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    .ok {
      color: var(--ax-text-success);
    }
    .failed {
      color: var(--ax-text-danger);
    }
    .ok mat-icon,
    .failed mat-icon {
      vertical-align: middle;
      width: 20px;
      height: 20px;
    }
    .triggers {
      margin: 0;
      padding-left: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobsPage {
  private readonly api = inject(AdminApi);
  private readonly errors = inject(ErrorMessages);
  protected readonly language = inject(LanguageService);

  protected readonly columns = ['name', 'lastOutcome', 'triggers'];
  protected readonly jobs = resource({
    params: () => this.language.current(),
    loader: () => this.api.jobs(),
  });
  protected readonly error = computed(() =>
    this.jobs.error() ? this.errors.describe(this.jobs.error()) : null,
  );
}
