import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { Permissions } from '../../core/permissions';
import { Region, RegionInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { Alert } from '../../shared/alert';
import { EntityEditor } from '../../shared/entity-editor';

@Component({
  selector: 'app-region-edit',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    Alert,
  ],
  template: `
    <p>
      <a routerLink="/regions">{{ 'Page:Regions.BackToList' | translate }}</a>
    </p>
    <h1>
      {{ (id() ? 'Page:Regions.Edit' : 'Page:Regions.New') | translate }}
      @if (editor.entity(); as region) {
        <span class="subtitle">{{ region.name }}</span>
      }
    </h1>
    @if (editor.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="editor.error()">
      @if (editor.conflict()) {
        <button mat-button type="button" (click)="editor.reload()">
          {{ 'Ui:Reload' | translate }}
        </button>
      }
    </app-alert>
    <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
      <div class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'Field:Name' | translate }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" />
          @if (form.controls.name.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Field:Code' | translate }}</mat-label>
          <input matInput formControlName="code" autocomplete="off" />
          @if (form.controls.code.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </div>
      @if (canManage()) {
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="editor.saving()">
            {{ 'Ui:Save' | translate }}
          </button>
          @if (editor.entity(); as region) {
            <button mat-stroked-button type="button" (click)="editor.remove(region.name)">
              <mat-icon svgIcon="trash" />{{ 'Ui:Delete' | translate }}
            </button>
          }
        </div>
      }
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly auth = inject(AuthService);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    code: new FormControl('', { nonNullable: true }),
  });
  protected readonly editor = new EntityEditor<Region, RegionInput>({
    api: inject(OrganisationApi).regions,
    form: this.form,
    toInput: () => this.form.getRawValue(),
    patch: (region) => this.form.reset({ name: region.name, code: region.code }),
    listPath: '/regions',
  });
  protected readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.hasPermission(Permissions.OrganisationManage);
  });

  constructor() {
    effect(() => {
      const id = this.id();
      if (id) untracked(() => void this.editor.load(id));
    });
    effect(() => (this.canManage() ? this.form.enable() : this.form.disable()));
  }
}
