import { computed, effect, inject, Signal, signal, untracked } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../core/auth.service';
import { Permission } from '../core/permissions';
import { CrudApi } from '../data/organisation-api';
import { ConfirmDialog, ConfirmDialogData } from './confirm-dialog';
import { FormSubmission } from './form-submission';
import { Detail } from './read-only-details';

export interface EntityEditorOptions<T, TInput> {
  api: CrudApi<T, TInput, never>;
  /** The route parameter; absent on the "new" route. */
  id: Signal<string | undefined>;
  form: FormGroup;
  /** Who may change: for everyone else the form is read-only and has no buttons. */
  managePermission: Permission;
  /** How the entity is named under the heading and in the delete confirmation. */
  name: (entity: T) => string;
  /** Controls that may be set on create but never changed afterwards. */
  fixedOnceSaved?: AbstractControl[];
  /** The request body built from the form (without the concurrency stamp). */
  toInput: () => TInput;
  /** Fills the form from a loaded or saved entity. */
  patch: (entity: T) => void;
  /** Route of the list page, e.g. `/offices`. */
  listPath: string;
  /**
   * What those who may only look see instead of the form; without it they see the form,
   * disabled.
   */
  details?: (entity: T) => Detail[];
}

export interface Entity {
  id: string;
  concurrencyStamp: string;
}

/**
 * Load, save and delete for one detail page, with the server's errors shown on the form as
 * FormSubmission shows them everywhere.
 * Create it in a component field (it injects its services and loads through an effect).
 */
export class EntityEditor<T extends Entity, TInput> {
  private readonly submission = new FormSubmission();
  readonly entity = signal<T | null>(null);
  readonly loading = signal(false);
  readonly saving = this.submission.saving;
  readonly error = this.submission.error;
  readonly conflict = this.submission.conflict;
  readonly name = computed(() => {
    const entity = this.entity();
    return entity ? this.options.name(entity) : null;
  });
  readonly canManage = computed(() => this.auth.hasPermission(this.options.managePermission));
  /** The entity as text, for those who may only look (when the page shows it so). */
  readonly details = computed<Detail[] | null>(() => {
    const entity = this.entity();
    return entity && this.options.details ? this.options.details(entity) : null;
  });
  readonly readOnly = computed(() => !this.canManage() && !!this.options.details);

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);

  constructor(private readonly options: EntityEditorOptions<T, TInput>) {
    effect(() => {
      const id = options.id();
      if (id) untracked(() => void this.load(id));
    });
    // Runs again after each load too: rows that a load adds to a FormArray arrive enabled.
    effect(() => {
      const saved = this.entity() !== null;
      if (!this.canManage()) {
        options.form.disable();
        return;
      }
      options.form.enable();
      if (saved) options.fixedOnceSaved?.forEach((control) => control.disable());
    });
  }

  get listPath(): string {
    return this.options.listPath;
  }

  async load(id: string): Promise<void> {
    this.loading.set(true);
    this.submission.clear();
    try {
      this.show(await this.options.api.get(id));
    } catch (error) {
      this.submission.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  async save(): Promise<void> {
    const existing = this.entity();
    await this.submission.run(this.options.form, async () => {
      const input = existing
        ? { ...this.options.toInput(), concurrencyStamp: existing.concurrencyStamp }
        : this.options.toInput();
      const saved = existing
        ? await this.options.api.update(existing.id, input)
        : await this.options.api.create(input);
      this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, {
        duration: 4000,
      });
      if (existing) {
        this.show(saved);
      } else {
        await this.router.navigate([this.options.listPath, saved.id], { replaceUrl: true });
      }
    });
  }

  async remove(): Promise<void> {
    const existing = this.entity();
    if (!existing) return;
    const name = this.options.name(existing);
    const data: ConfirmDialogData = {
      title: this.translate.instant('Ui:DeleteConfirm.Title') as string,
      message: this.translate.instant('Ui:DeleteConfirm.Message', { name }) as string,
      confirm: this.translate.instant('Ui:Delete') as string,
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!confirmed) return;
    this.submission.clear();
    try {
      await this.options.api.delete(existing.id);
      this.snackBar.open(this.translate.instant('Ui:Deleted') as string, undefined, {
        duration: 4000,
      });
      await this.router.navigate([this.options.listPath]);
    } catch (error) {
      this.submission.fail(error);
    }
  }

  /** After a conflict: fetch the current version and discard the user's edits. */
  reload(): Promise<void> {
    const existing = this.entity();
    return existing ? this.load(existing.id) : Promise.resolve();
  }

  private show(entity: T): void {
    this.entity.set(entity);
    this.options.patch(entity);
    this.options.form.markAsPristine();
  }
}
