import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  ApprovalParty,
  ProgrammeApi,
  ProgrammeModule,
  ProgrammeVersion,
  VersionHistoryAction,
  VersionHistoryEntry,
} from '../../data/programme-api';
import { Alert } from '../../shared/alert';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog';
import { DataTable, TableField } from '../../shared/data-table';
import { ContentText } from '../../shared/content-text';
import {
  toTranslatedTextInput,
  translatedTextGroup,
  TranslatedTextFields,
} from '../../shared/translated-text';
import { FormSubmission } from '../../shared/form-submission';
import { ApprovalPanel, approvalState } from './approval-panel';
import { ModuleView } from './module-view';
import { OsloDatePipe, PROGRAMME_PATH, versionPath } from './programme-format';
import { EnumLabelPipe, enumKey } from '../../shared/enum-labels';

/** A button beside a module; `label` is a translation key. */
interface ModuleAction {
  id: string;
  icon: string;
  label: string;
  disabled: boolean;
  run: () => void;
}

/**
 * One version of the programme: its details, the two owners' approvals, its modules and what has
 * happened to it. A draft is edited here; a published version is only read.
 */
@Component({
  selector: 'app-programme-version-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    EnumLabelPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
    ApprovalPanel,
    ModuleView,
    OsloDatePipe,
    ContentText,
    TranslatedTextFields,
  ],
  template: `
    <p>
      <a [routerLink]="listPath">{{ 'Page:Programme.Version.BackToList' | translate }}</a>
    </p>
    <h1>
      @if (version(); as v) {
        {{ 'Page:Programme.Version.Heading' | translate: { number: v.number, name: v.name.text } }}
        <span class="subtitle">
          <app-content-text [text]="v.programmeName" /> ·
          {{ v.status | enumLabel: 'ProgrammeVersionStatus' | translate }}
        </span>
      } @else {
        {{ 'Page:Programme.Version.Title' | translate }}
      }
    </h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError() ?? actions.error()">
      @if (actions.conflict()) {
        <button mat-button type="button" (click)="reload()">{{ 'Ui:Reload' | translate }}</button>
      }
    </app-alert>

    @if (version(); as v) {
      <app-approval-panel
        [state]="state()!"
        [busy]="actions.saving()"
        (approve)="approve($event)"
      />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{{ 'Page:Programme.Version.Details' | translate }}</h2>
        @if (state()!.canEdit) {
          <form id="version-details" [formGroup]="details" (ngSubmit)="saveDetails()" novalidate>
            <app-translated-text-fields
              id="version-name"
              legend="Field:Name"
              [group]="details.controls.name"
              [maxLength]="200"
            />
            <app-translated-text-fields
              id="version-description"
              legend="Page:Programme.Field.Description"
              [group]="details.controls.description"
              [multiline]="true"
              [required]="false"
            />
            <app-alert [message]="detailsSubmission.error()">
              @if (detailsSubmission.conflict()) {
                <button mat-button type="button" (click)="reload()">
                  {{ 'Ui:Reload' | translate }}
                </button>
              }
            </app-alert>
            <div class="form-actions">
              <button mat-flat-button type="submit" [disabled]="detailsSubmission.saving()">
                {{ 'Page:Programme.Version.SaveDetails' | translate }}
              </button>
            </div>
          </form>
        } @else {
          <p class="description">
            @if (v.description.text) {
              <app-content-text [text]="v.description" />
            } @else {
              {{ 'Page:Programme.Version.NoDescription' | translate }}
            }
          </p>
        }
      </section>

      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">
          {{ 'Page:Programme.Version.Modules' | translate: { count: v.modules.length } }}
        </h2>
        @if (state()!.canEdit) {
          <div class="page-actions">
            <a mat-stroked-button [routerLink]="[path(), 'modules', 'new']" id="add-module">
              <mat-icon svgIcon="plus" />{{ 'Page:Programme.Version.AddModule' | translate }}
            </a>
          </div>
        }
        @if (v.modules.length) {
          <ol class="modules" aria-labelledby="modules-heading" data-testid="modules">
            @for (m of v.modules; track m.id; let i = $index, last = $last) {
              <li class="module" [attr.aria-labelledby]="'module-' + m.id">
                <app-module-view [module]="m">
                  @if (state()!.canEdit) {
                    <div class="module-actions">
                      <a
                        mat-stroked-button
                        [routerLink]="[path(), 'modules', m.id]"
                        [attr.id]="'module-' + i + '-edit'"
                      >
                        {{ 'Page:Programme.Version.EditModule' | translate }}
                        <span class="visually-hidden">{{ moduleName(m) }}</span>
                      </a>
                      @for (action of moduleActions(m, i, last); track action.id) {
                        <button
                          mat-stroked-button
                          type="button"
                          [attr.id]="action.id"
                          [disabled]="action.disabled || actions.saving()"
                          (click)="action.run()"
                        >
                          <mat-icon [svgIcon]="action.icon" />
                          {{ action.label | translate }}
                          <span class="visually-hidden">{{ moduleName(m) }}</span>
                        </button>
                      }
                    </div>
                  }
                </app-module-view>
              </li>
            }
          </ol>
        } @else {
          <p class="empty">{{ 'Page:Programme.Version.NoModules' | translate }}</p>
        }
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{{ 'Page:Programme.Version.History' | translate }}</h2>
        <app-data-table
          [rows]="v.history"
          [columns]="historyColumns"
          [fields]="historyFields"
          testId="version-history"
        >
          <ng-container matColumnDef="at">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:Programme.History.At' | translate }}
            </th>
            <td mat-cell *matCellDef="let entry">
              {{ entry.at | osloDate: language.current() : true }}
            </td>
          </ng-container>
          <ng-container matColumnDef="party">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:Programme.History.Party' | translate }}
            </th>
            <td mat-cell *matCellDef="let entry">
              @if (entry.party) {
                {{ partyLabel(entry.party) | translate }}
              } @else {
                <span aria-hidden="true">–</span>
                <span class="visually-hidden">{{
                  'Page:Programme.History.NoParty' | translate
                }}</span>
              }
            </td>
          </ng-container>
        </app-data-table>
      </section>

      @if (state()!.canEdit && !v.inUse) {
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">{{ 'Page:Programme.Version.DeleteDraft' | translate }}</h2>
          <p class="intro">{{ 'Page:Programme.Version.DeleteDraftIntro' | translate }}</p>
          <button mat-stroked-button type="button" (click)="deleteDraft()">
            <mat-icon svgIcon="trash" />{{ 'Page:Programme.Version.DeleteDraft' | translate }}
          </button>
        </section>
      }
    }
  `,
  styles: `
    section {
      margin-bottom: 24px;
    }
    .wide {
      width: 100%;
      max-width: 800px;
    }
    .description,
    .intro {
      max-width: 70ch;
      white-space: pre-line;
    }
    .modules {
      list-style: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 1100px;
    }
    .module {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      padding: 16px;
    }
    .module-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeVersionPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(ProgrammeApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errors = inject(ErrorMessages);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);

  protected readonly listPath = PROGRAMME_PATH;
  protected readonly historyColumns = ['at', 'by', 'action', 'party'];
  protected readonly historyFields: TableField<VersionHistoryEntry>[] = [
    { id: 'by', heading: 'Page:Programme.History.By', value: (entry) => entry.by },
    {
      id: 'action',
      heading: 'Page:Programme.History.Action',
      value: (entry) => this.historyLabel(entry.action),
      translate: true,
    },
  ];

  protected readonly version = signal<ProgrammeVersion | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly state = computed(() => {
    const version = this.version();
    return version
      ? approvalState(version, {
          edit: this.auth.hasPermission(Permissions.ProgrammesEdit),
          approve: this.auth.hasPermission(Permissions.ProgrammesApprove),
        })
      : null;
  });
  protected readonly path = computed(() => versionPath(this.id()));

  protected readonly details = new FormGroup({
    name: translatedTextGroup(),
    description: translatedTextGroup(),
  });
  protected readonly detailsSubmission = new FormSubmission('#version-details');
  /** Approve, move, delete: the buttons' errors show at the top of the page. */
  protected readonly actions = new FormSubmission();
  private readonly noFields = new FormGroup({});

  constructor() {
    // Names of competences come in the reader's language: load again when it changes.
    effect(() => {
      const id = this.id();
      this.language.current();
      untracked(() => void this.load(id));
    });
    // The details form starts again from each new state of the version, not on a mere reload
    // in another language (which keeps what the user has typed).
    let shown: string | null = null;
    effect(() => {
      const version = this.version();
      const key = version ? `${version.id}/${version.concurrencyStamp}` : null;
      if (!version || key === shown) return;
      shown = key;
      untracked(() => {
        this.details.reset({
          name: translatedTextGroup(version.name).getRawValue(),
          description: translatedTextGroup(version.description).getRawValue(),
        });
      });
    });
  }

  protected moduleName(module: ProgrammeModule): string {
    return this.translate.instant('Page:Programme.Module.Heading', {
      order: module.order,
      title: module.title.text,
    }) as string;
  }

  protected historyLabel(action: VersionHistoryAction): string {
    return enumKey('VersionHistoryAction', action);
  }

  protected partyLabel(party: ApprovalParty): string {
    return enumKey('ApprovalParty', party);
  }

  protected moduleActions(module: ProgrammeModule, index: number, last: boolean): ModuleAction[] {
    return [
      {
        id: `module-${index}-up`,
        icon: 'arrow-up',
        label: 'Page:Programme.Version.MoveUp',
        disabled: index === 0,
        run: () => void this.move(module, index, 'up'),
      },
      {
        id: `module-${index}-down`,
        icon: 'arrow-down',
        label: 'Page:Programme.Version.MoveDown',
        disabled: last,
        run: () => void this.move(module, index, 'down'),
      },
      {
        id: `module-${index}-delete`,
        icon: 'trash',
        label: 'Ui:Delete',
        disabled: false,
        run: () => void this.deleteModule(module),
      },
    ];
  }

  async load(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.version.set(await this.api.version(id));
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async reload(): Promise<void> {
    this.actions.clear();
    this.detailsSubmission.clear();
    await this.load(this.id());
  }

  protected async saveDetails(): Promise<void> {
    const version = this.version();
    if (!version) return;
    const value = this.details.getRawValue();
    const saved = await this.detailsSubmission.run(this.details, () =>
      this.api.updateVersion(version.id, {
        name: toTranslatedTextInput(value.name),
        description: toTranslatedTextInput(value.description),
        concurrencyStamp: version.concurrencyStamp,
      }),
    );
    if (saved) this.show(saved, 'Ui:Saved');
  }

  protected async approve(party: ApprovalParty): Promise<void> {
    const version = this.version();
    if (!version) return;
    const other: ApprovalParty = party === 'Ks' ? 'Directorate' : 'Ks';
    const t = (key: string, params?: object) => this.translate.instant(key, params) as string;
    const confirmed = await this.confirm({
      title: t('Page:Programme.Approval.ConfirmTitle', {
        party: t(enumKey('ApprovalParty', party)),
      }),
      message: t('Page:Programme.Approval.ConfirmMessage', {
        name: version.name.text,
        party: t(enumKey('ApprovalParty', party)),
        other: t(enumKey('ApprovalParty', other)),
      }),
      confirm: t('Page:Programme.Approval.Confirm'),
    });
    if (!confirmed) return;
    const saved = await this.actions.run(this.noFields, () =>
      this.api.approve(version.id, version.concurrencyStamp),
    );
    if (!saved) return;
    this.show(
      saved,
      saved.status === 'Published'
        ? 'Page:Programme.Approval.PublishedNow'
        : 'Page:Programme.Approval.ApprovedNow',
    );
  }

  protected async move(module: ProgrammeModule, index: number, direction: 'up' | 'down') {
    const version = this.version();
    if (!version) return;
    const to = direction === 'up' ? index - 1 : index + 1;
    const saved = await this.actions.run(this.noFields, () =>
      this.api.moveModule(version.id, module.id, to + 1, version.concurrencyStamp),
    );
    if (!saved) return;
    this.version.set(saved);
    this.announce('Page:Programme.Version.ModuleMoved', {
      title: module.title.text,
      from: index + 1,
      to: to + 1,
    });
    // The clicked button moved with its module; keep the focus on it, or on its twin at either end.
    const edge =
      (direction === 'up' && to === 0) || (direction === 'down' && to === saved.modules.length - 1);
    const other = direction === 'up' ? 'down' : 'up';
    this.focusAfterRender(`#module-${to}-${edge ? other : direction}`);
  }

  protected async deleteModule(module: ProgrammeModule): Promise<void> {
    const version = this.version();
    if (!version) return;
    const confirmed = await this.confirmDelete(this.moduleName(module));
    if (!confirmed) return;
    const saved = await this.actions.run(this.noFields, () =>
      this.api.deleteModule(version.id, module.id, version.concurrencyStamp),
    );
    if (!saved) return;
    this.show(saved, 'Ui:Deleted');
    this.focusAfterRender('#add-module');
  }

  protected async deleteDraft(): Promise<void> {
    const version = this.version();
    if (!version) return;
    if (!(await this.confirmDelete(version.name.text))) return;
    const done = await this.actions.run(this.noFields, async () => {
      await this.api.deleteVersion(version.id);
      return true;
    });
    if (!done) return;
    this.snackBar.open(this.translate.instant('Ui:Deleted') as string, undefined, {
      duration: 4000,
    });
    await this.router.navigate([PROGRAMME_PATH]);
  }

  private show(version: ProgrammeVersion, message: string): void {
    this.version.set(version);
    this.snackBar.open(this.translate.instant(message) as string, undefined, { duration: 4000 });
  }

  private confirmDelete(name: string): Promise<boolean | undefined> {
    return this.confirm({
      title: this.translate.instant('Ui:DeleteConfirm.Title') as string,
      message: this.translate.instant('Ui:DeleteConfirm.Message', { name }) as string,
      confirm: this.translate.instant('Ui:Delete') as string,
    });
  }

  private confirm(data: ConfirmDialogData): Promise<boolean | undefined> {
    return firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
  }

  private announce(key: string, params: Record<string, unknown>): void {
    void this.announcer.announce(this.translate.instant(key, params) as string, 'polite');
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
