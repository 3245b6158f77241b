import { NameContext } from '../../shared/name-context';
import { formatDate } from '../../shared/date-format';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import {
  CompetenceApi,
  CompetenceProfile,
  Evidence,
  RequirementStatus,
} from '../../data/competence-api';
import { Alert } from '../../shared/alert';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog';
import { DataTable, TableField } from '../../shared/data-table';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { evidenceStateChip, needsAction, statusChip } from '../../shared/competence-format';
import { levelLabel } from './evidence-form';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { StatusChip } from '../../shared/status-chip';
import { SummaryCards } from './summary-cards';

/**
 * One person's competence: summary, what to do next, every requirement with its status and the
 * evidence behind it. Used for the signed-in person (`own`) and for someone a leader looks at.
 */
/** Requirements and evidence alike show until when they are valid, or a dash for always. */
const VALID_UNTIL: TableField<{ validUntil: string | null }>[] = [
  {
    id: 'validUntil',
    heading: 'Page:Competence.Field.ValidUntil',
    value: (row) => row.validUntil,
    date: true,
    empty: '–',
  },
];

@Component({
  selector: 'app-competence-profile-view',
  imports: [
    NameContext,
    TranslatePipe,
    EnumLabelPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
    StatusChip,
    SummaryCards,
  ],
  template: `
    @let p = profile();
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{{ 'Page:Competence.Summary.Heading' | translate }}</h2>
      <p class="muted">{{ 'Page:Competence.Summary.MandatoryOnly' | translate }}</p>
      <app-summary-cards [counts]="p.summary" testId="profile-summary" coverageTestId="coverage" />
    </section>

    <section aria-labelledby="next-heading">
      <h2 id="next-heading">
        {{
          (own() ? 'Page:Competence.Next.HeadingOwn' : 'Page:Competence.Next.Heading') | translate
        }}
      </h2>
      @if (p.next.length) {
        <ol class="next" data-testid="next-list">
          @for (item of p.next; track item.requirementId) {
            <li>
              <div class="next-title">
                <strong>{{ item.competenceAreaName }}</strong>
                <app-status-chip [chip]="chip(item.status)" />
              </div>
              <div class="muted">
                {{ 'Page:Competence.Next.Details' | translate: details(item) }}
              </div>
              @if (registerLabel(); as label) {
                <button
                  mat-stroked-button
                  type="button"
                  [appNameContext]="item.competenceAreaName"
                  (click)="register.emit(item)"
                >
                  {{ label | translate }}
                </button>
              }
            </li>
          }
        </ol>
      } @else {
        <p class="empty">
          {{
            (own() ? 'Page:Competence.Next.NothingOwn' : 'Page:Competence.Next.Nothing') | translate
          }}
        </p>
      }
    </section>

    <section aria-labelledby="requirements-heading">
      <h2 id="requirements-heading">{{ 'Page:Competence.Requirements.Heading' | translate }}</h2>
      <!-- Focusable, so that keyboard users can scroll a table wider than the screen. -->
      <app-data-table
        [rows]="p.requirements"
        [columns]="requirementColumns()"
        [fields]="requirementFields"
        testId="requirements-table"
        labelledBy="requirements-heading"
      >
        <ng-container matColumnDef="competence">
          <th mat-header-cell *matHeaderCellDef>{{ 'Page:Competence.Field.Area' | translate }}</th>
          <td mat-cell *matCellDef="let r">
            <strong>{{ r.competenceAreaName }}</strong>
            <div class="muted">{{ r.categoryName }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="requiredLevel">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:Competence.Field.RequiredLevel' | translate }}
          </th>
          <td mat-cell *matCellDef="let r" data-testid="required-level">
            {{ level(r.requiredLevel, r.requiredLevelName) }}
          </td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:Competence.Field.Status' | translate }}
          </th>
          <td mat-cell *matCellDef="let r"><app-status-chip [chip]="chip(r.status)" /></td>
        </ng-container>
        <ng-container matColumnDef="action">
          <th mat-header-cell *matHeaderCellDef>
            <span class="visually-hidden">{{ 'Page:Competence.Field.Actions' | translate }}</span>
          </th>
          <td mat-cell *matCellDef="let r">
            @if (needsAction(r.status) && registerLabel(); as label) {
              <button
                mat-button
                type="button"
                [appNameContext]="r.competenceAreaName"
                (click)="register.emit(r)"
              >
                {{ label | translate }}
              </button>
            }
          </td>
        </ng-container>
      </app-data-table>
    </section>

    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">
        {{
          (own() ? 'Page:Competence.Evidence.HeadingOwn' : 'Page:Competence.Evidence.Heading')
            | translate
        }}
      </h2>
      @if (download.active()) {
        <mat-progress-bar
          [mode]="download.progress() === null ? 'indeterminate' : 'determinate'"
          [value]="(download.progress() ?? 0) * 100"
          [attr.aria-label]="'Page:Competence.Evidence.Downloading' | translate"
        />
      }
      <app-alert [message]="error()" />
      <app-data-table
        [rows]="p.evidence"
        [columns]="evidenceColumns"
        [fields]="evidenceFields"
        testId="evidence-table"
        labelledBy="evidence-heading"
      >
        <ng-container matColumnDef="competence">
          <th mat-header-cell *matHeaderCellDef>{{ 'Page:Competence.Field.Area' | translate }}</th>
          <td mat-cell *matCellDef="let e">
            <strong>{{ e.competenceAreaName }}</strong>
            <div class="muted">{{ level(e.level, e.levelName) }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:Competence.Field.Title' | translate }}
          </th>
          <td mat-cell *matCellDef="let e">
            {{ e.title }}
            <div class="muted">{{ e.source | enumLabel: 'EvidenceSource' | translate }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>{{ 'Page:Competence.Field.State' | translate }}</th>
          <td mat-cell *matCellDef="let e">
            <app-status-chip [chip]="stateChip(e.state)" />
            @if (e.rejectionReason) {
              <div class="reason">
                <span class="reason-label"
                  >{{ 'Page:Competence.Evidence.Reason' | translate }}:</span
                >
                {{ e.rejectionReason }}
              </div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef>
            <span class="visually-hidden">{{ 'Page:Competence.Field.Actions' | translate }}</span>
          </th>
          <td mat-cell *matCellDef="let e">
            <div class="row-actions">
              @if (e.hasDocument && (own() || canDownload())) {
                <button
                  mat-button
                  type="button"
                  [disabled]="download.active()"
                  [appNameContext]="e.title"
                  (click)="downloadDocument(e)"
                >
                  <mat-icon svgIcon="download" />{{
                    'Page:Competence.Evidence.Download' | translate
                  }}
                </button>
              }
              @if (own() && e.source === 'Upload') {
                <button mat-button type="button" [appNameContext]="e.title" (click)="withdraw(e)">
                  <mat-icon svgIcon="trash" />{{ 'Page:Competence.Evidence.Withdraw' | translate }}
                </button>
              }
            </div>
          </td>
        </ng-container>
      </app-data-table>
    </section>
  `,
  styles: `
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    .next {
      padding-left: 24px;
      margin: 0;
      max-width: 800px;
    }
    .next li {
      padding: 8px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .next-title {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .next button {
      margin-top: 4px;
    }
    td {
      vertical-align: top;
      padding-top: 8px;
      padding-bottom: 8px;
    }
    .reason {
      margin-top: 4px;
      max-width: 320px;
    }
    .reason-label {
      font-weight: 600;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceProfileView {
  readonly profile = input.required<CompetenceProfile>();
  /** The signed-in person's own profile: they may withdraw their uploads. */
  readonly own = input(false);
  /** Whether the viewer may open the documents behind someone else's evidence (approvers). */
  readonly canDownload = input(false);
  /** Translation key of the button that starts a claim for a requirement; none hides it. */
  readonly registerLabel = input<string | null>(null);
  readonly register = output<RequirementStatus>();
  /** After the person withdrew one of their uploads. */
  readonly changed = output<void>();

  private readonly api = inject(CompetenceApi);
  private readonly errors = inject(ErrorMessages);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly needsAction = needsAction;
  protected readonly evidenceColumns = [
    'competence',
    'title',
    'achievedOn',
    'validUntil',
    'state',
    'actions',
  ];
  protected readonly requirementColumns = computed(() => [
    'competence',
    'jobRole',
    'mandatory',
    'requiredLevel',
    'currentLevel',
    'status',
    'deadline',
    'validUntil',
    ...(this.registerLabel() ? ['action'] : []),
  ]);
  protected readonly requirementFields: TableField<RequirementStatus>[] = [
    { id: 'jobRole', heading: 'Field:JobRole', value: (r) => r.jobRoleName },
    {
      id: 'mandatory',
      heading: 'Page:Competence.Field.Mandatory',
      value: (r) => (r.isMandatory ? 'Common:Yes' : 'Common:No'),
      translate: true,
    },
    {
      id: 'currentLevel',
      heading: 'Page:Competence.Field.CurrentLevel',
      value: (r) =>
        r.currentLevel === null ? '–' : levelLabel(r.currentLevel, r.currentLevelName),
    },
    {
      id: 'deadline',
      heading: 'Page:Competence.Field.Deadline',
      value: (r) => r.deadline,
      date: true,
    },
    ...VALID_UNTIL,
  ];
  protected readonly evidenceFields: TableField<Evidence>[] = [
    {
      id: 'achievedOn',
      heading: 'Page:Competence.Field.AchievedOn',
      value: (e) => e.achievedOn,
      date: true,
    },
    ...VALID_UNTIL,
  ];
  protected readonly download = new Transfer();
  protected readonly error = signal<string | null>(null);

  protected readonly chip = statusChip;
  protected readonly stateChip = evidenceStateChip;

  protected level(level: number, name: string | null): string {
    return levelLabel(level, name);
  }

  protected details(item: RequirementStatus): Record<string, string> {
    const deadline = formatDate(item.deadline, this.language.current());
    return {
      level: levelLabel(item.requiredLevel, item.requiredLevelName),
      deadline,
      role: item.jobRoleName,
    };
  }

  protected async downloadDocument(evidence: Evidence): Promise<void> {
    this.error.set(null);
    try {
      const response = await this.download.run(this.api.evidenceDocument(evidence.id));
      saveResponse(response, evidence.title);
    } catch (error) {
      this.error.set(this.errors.describe(error));
    }
  }

  protected async withdraw(evidence: Evidence): Promise<void> {
    const data: ConfirmDialogData = {
      title: this.translate.instant('Page:Competence.Withdraw.Title') as string,
      message: this.translate.instant('Page:Competence.Withdraw.Message', {
        title: evidence.title,
      }) as string,
      confirm: this.translate.instant('Page:Competence.Evidence.Withdraw') as string,
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!confirmed) return;
    this.error.set(null);
    try {
      await this.api.withdrawEvidence(evidence.id);
      this.snackBar.open(
        this.translate.instant('Page:Competence.Withdraw.Done') as string,
        undefined,
        { duration: 4000 },
      );
      this.changed.emit();
    } catch (error) {
      this.error.set(this.errors.describe(error));
    }
  }
}
