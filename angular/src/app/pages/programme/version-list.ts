import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  ProgrammeApi,
  ProgrammeVersion,
  ProgrammeVersionStatus,
  ProgrammeVersionSummary,
} from '../../data/programme-api';
import { Alert } from '../../shared/alert';
import { DataTable, TableField } from '../../shared/data-table';
import { NewVersionDialog } from './new-version-dialog';
import { enumKey } from '../../shared/enum-labels';
import { OsloDatePipe, versionPath } from './programme-format';

/** Newest version first. */
export function newestFirst(
  versions: readonly ProgrammeVersionSummary[],
): ProgrammeVersionSummary[] {
  return [...versions].sort((a, b) => b.number - a.number);
}

/** The programme's versions, with where each stands in the joint approval. */
import { ContentText } from '../../shared/content-text';

@Component({
  selector: 'app-programme-version-list',
  imports: [
    ContentText,
    NgTemplateOutlet,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
    OsloDatePipe,
  ],
  template: `
    <h1>{{ 'Page:Programme.Versions.Title' | translate }}</h1>
    <p class="intro">{{ 'Page:Programme.Versions.Intro' | translate }}</p>
    @if (canEdit()) {
      <div class="page-actions">
        <button
          mat-flat-button
          type="button"
          (click)="newVersion()"
          [disabled]="!versions.hasValue()"
        >
          <mat-icon svgIcon="plus" />{{ 'Page:Programme.Versions.New' | translate }}
        </button>
      </div>
    }
    <app-alert [message]="error()" />
    @if (versions.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-data-table
      [rows]="rows()"
      [columns]="columns"
      [fields]="fields"
      testId="programme-versions"
    >
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ 'Field:Name' | translate }}</th>
        <td mat-cell *matCellDef="let v">
          <a [routerLink]="path(v.id)"><app-content-text [text]="v.name" /></a>
        </td>
      </ng-container>
      <ng-container matColumnDef="status">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Programme.Field.Status' | translate }}</th>
        <td mat-cell *matCellDef="let v">
          <span class="status" [class.draft]="v.status === 'Draft'">{{
            statusLabel(v.status) | translate
          }}</span>
        </td>
      </ng-container>
      <ng-container matColumnDef="ks">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Programme.Field.KsApproved' | translate }}
        </th>
        <td mat-cell *matCellDef="let v">
          <ng-container *ngTemplateOutlet="approved; context: { $implicit: v.ksApproved }" />
        </td>
      </ng-container>
      <ng-container matColumnDef="directorate">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Programme.Field.DirectorateApproved' | translate }}
        </th>
        <td mat-cell *matCellDef="let v">
          <ng-container
            *ngTemplateOutlet="approved; context: { $implicit: v.directorateApproved }"
          />
        </td>
      </ng-container>
      <ng-container matColumnDef="published">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Programme.Field.PublishedAt' | translate }}
        </th>
        <td mat-cell *matCellDef="let v">{{ v.publishedAt | osloDate: language.current() }}</td>
      </ng-container>
    </app-data-table>

    <ng-template #approved let-yes>
      @if (yes) {
        <span aria-hidden="true">✓</span>
        <span class="visually-hidden">{{ 'Page:Programme.Versions.Approved' | translate }}</span>
      } @else {
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">{{ 'Page:Programme.Versions.NotApproved' | translate }}</span>
      }
    </ng-template>
  `,
  styles: `
    .intro {
      max-width: 70ch;
    }
    .status.draft {
      font-style: italic;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeVersionListPage {
  private readonly api = inject(ProgrammeApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorMessages);
  protected readonly language = inject(LanguageService);

  protected readonly columns = [
    'number',
    'name',
    'status',
    'modules',
    'ks',
    'directorate',
    'published',
  ];
  protected readonly fields: TableField<ProgrammeVersionSummary>[] = [
    { id: 'number', heading: 'Page:Programme.Field.Number', value: (v) => v.number },
    { id: 'modules', heading: 'Page:Programme.Field.ModuleCount', value: (v) => v.moduleCount },
  ];
  protected readonly canEdit = computed(() => this.auth.hasPermission(Permissions.ProgrammesEdit));
  protected readonly versions = resource({ loader: () => this.api.versions() });
  protected readonly rows = computed(() =>
    this.versions.hasValue() ? newestFirst(this.versions.value()) : [],
  );
  protected readonly error = computed(() => {
    const error = this.versions.error();
    // A resource wraps what is not an Error (such as an HttpErrorResponse) as the cause.
    return error ? this.errors.describe((error as { cause?: unknown }).cause ?? error) : null;
  });

  protected statusLabel(status: ProgrammeVersionStatus): string {
    return enumKey('ProgrammeVersionStatus', status);
  }

  protected path(id: string): string {
    return versionPath(id);
  }

  protected async newVersion(): Promise<void> {
    const created = await firstValueFrom(
      this.dialog
        .open<NewVersionDialog, ProgrammeVersionSummary[], ProgrammeVersion | null>(
          NewVersionDialog,
          { data: this.rows() },
        )
        .afterClosed(),
    );
    if (created) await this.router.navigate([versionPath(created.id)]);
  }
}
