import { NameContext } from '../../shared/name-context';
import { AppDatePipe } from '../../shared/date-format';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { CompetenceApi, PendingEvidence } from '../../data/competence-api';
import { Alert } from '../../shared/alert';
import { DataTable } from '../../shared/data-table';
import { ListFilter } from '../../shared/list-filter';
import { PAGE_SIZES, PagedList } from '../../shared/paged-list';
import { TRANSLATED_PAGINATOR } from '../../shared/translated-paginator-intl';
import { levelLabel } from './evidence-form';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { ReasonDialog } from '../../shared/reason-dialog';
import { rejectStep } from './reject-dialog';

/** Uploaded diplomas and certificates in the approver's area that wait for a decision. */
@Component({
  selector: 'app-evidence-approvals',
  imports: [
    NameContext,
    AppDatePipe,
    TranslatePipe,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
    ListFilter,
  ],
  providers: [TRANSLATED_PAGINATOR],
  template: `
    <h1>{{ 'Page:Competence.Approvals.Title' | translate }}</h1>
    <p>{{ 'Page:Competence.Approvals.Intro' | translate }}</p>
    <div class="page-actions">
      <app-list-filter [list]="list" />
    </div>
    <app-alert [message]="error()" />
    @if (list.loading() || busy()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    @if (download.active()) {
      <mat-progress-bar
        [mode]="download.progress() === null ? 'indeterminate' : 'determinate'"
        [value]="(download.progress() ?? 0) * 100"
        [attr.aria-label]="'Page:Competence.Evidence.Downloading' | translate"
      />
    }
    <app-data-table [rows]="list.items()" [columns]="columns" testId="approval-table">
      <ng-container matColumnDef="person">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Competence.Field.Person' | translate }}</th>
        <td mat-cell *matCellDef="let item">
          <strong>{{ item.personName }}</strong>
          <div class="muted">{{ item.officeName }}</div>
        </td>
      </ng-container>
      <ng-container matColumnDef="competence">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Competence.Field.Area' | translate }}</th>
        <td mat-cell *matCellDef="let item">
          {{ item.evidence.competenceAreaName }}
          <div class="muted">{{ level(item) }}</div>
        </td>
      </ng-container>
      <ng-container matColumnDef="title">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Competence.Field.Title' | translate }}</th>
        <td mat-cell *matCellDef="let item">{{ item.evidence.title }}</td>
      </ng-container>
      <ng-container matColumnDef="dates">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Competence.Field.AchievedOn' | translate }} /
          {{ 'Page:Competence.Field.ValidUntil' | translate }}
        </th>
        <td mat-cell *matCellDef="let item">
          {{ item.evidence.achievedOn | appDate }}
          <div class="muted">
            {{
              item.evidence.validUntil
                ? (item.evidence.validUntil | appDate)
                : ('Page:Competence.NoExpiry' | translate)
            }}
          </div>
        </td>
      </ng-container>
      <ng-container matColumnDef="submittedAt">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Competence.Field.SubmittedAt' | translate }}
        </th>
        <td mat-cell *matCellDef="let item">
          {{ item.evidence.submittedAt | appDate: 'dateTime' }}
        </td>
      </ng-container>
      <ng-container matColumnDef="document">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Competence.Field.Document' | translate }}
        </th>
        <td mat-cell *matCellDef="let item">
          @if (item.evidence.hasDocument) {
            <button
              mat-button
              type="button"
              [disabled]="download.active()"
              [appNameContext]="item.evidence.title"
              (click)="downloadDocument(item)"
            >
              <mat-icon svgIcon="download" />{{ 'Page:Competence.Evidence.Download' | translate }}
            </button>
          } @else {
            –
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="actions">
        <th mat-header-cell *matHeaderCellDef>
          <span class="visually-hidden">{{ 'Page:Competence.Field.Actions' | translate }}</span>
        </th>
        <td mat-cell *matCellDef="let item">
          <div class="row-actions">
            <button
              mat-flat-button
              type="button"
              [disabled]="busy()"
              [appNameContext]="item.evidence.title + ', ' + item.personName"
              (click)="approve(item)"
            >
              <mat-icon svgIcon="checkmark" />{{ 'Page:Competence.Approvals.Approve' | translate }}
            </button>
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              [appNameContext]="item.evidence.title + ', ' + item.personName"
              (click)="reject(item)"
            >
              <mat-icon svgIcon="close" />{{ 'Page:Competence.Approvals.Reject' | translate }}
            </button>
          </div>
        </td>
      </ng-container>
    </app-data-table>
    <mat-paginator
      [length]="list.totalCount()"
      [pageIndex]="list.pageIndex()"
      [pageSize]="list.pageSize()"
      [pageSizeOptions]="pageSizes"
      showFirstLastButtons
      (page)="list.onPage($event)"
    />
  `,
  styles: `
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    td {
      vertical-align: top;
      padding-top: 8px;
      padding-bottom: 8px;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceApprovalsPage {
  private readonly api = inject(CompetenceApi);
  private readonly errors = inject(ErrorMessages);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = [
    'person',
    'competence',
    'title',
    'dates',
    'submittedAt',
    'document',
    'actions',
  ];
  protected readonly list = new PagedList<PendingEvidence>((query) =>
    this.api.pendingEvidence(query),
  );
  protected readonly busy = signal(false);
  protected readonly download = new Transfer();
  private readonly actionError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const listError = this.list.error();
    return this.actionError() ?? (listError ? this.errors.describe(listError) : null);
  });

  protected level(item: PendingEvidence): string {
    return levelLabel(item.evidence.level, item.evidence.levelName);
  }

  protected async approve(item: PendingEvidence): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await this.api.approve(item.evidence.id);
      this.announce('Page:Competence.Approvals.Approved', item);
      await this.list.reload();
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async reject(item: PendingEvidence): Promise<void> {
    this.actionError.set(null);
    const rejected = await firstValueFrom(
      this.dialog
        .open(ReasonDialog, { data: rejectStep(item, this.api, this.translate) })
        .afterClosed(),
    );
    if (!rejected) return;
    this.announce('Page:Competence.Approvals.Rejected', item);
    await this.list.reload();
  }

  protected async downloadDocument(item: PendingEvidence): Promise<void> {
    this.actionError.set(null);
    try {
      const response = await this.download.run(this.api.evidenceDocument(item.evidence.id));
      saveResponse(response, item.evidence.title);
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    }
  }

  private announce(key: string, item: PendingEvidence): void {
    this.snackBar.open(
      this.translate.instant(key, {
        title: item.evidence.title,
        person: item.personName,
      }) as string,
      undefined,
      { duration: 5000 },
    );
  }
}
