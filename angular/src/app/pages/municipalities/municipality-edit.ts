import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { Permissions } from '../../core/permissions';
import { Lookups } from '../../data/lookups';
import { Municipality, MunicipalityInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { Alert } from '../../shared/alert';
import { EntityEditor } from '../../shared/entity-editor';
import { orNull } from '../../shared/form-values';

@Component({
  selector: 'app-municipality-edit',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    Alert,
  ],
  template: `
    <p>
      <a routerLink="/municipalities">{{ 'Page:Municipalities.BackToList' | translate }}</a>
    </p>
    <h1>
      {{ (id() ? 'Page:Municipalities.Edit' : 'Page:Municipalities.New') | translate }}
      @if (editor.entity(); as municipality) {
        <span class="subtitle">{{ municipality.name }}</span>
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
          <mat-label>{{ 'Field:Number' | translate }}</mat-label>
          <input
            matInput
            formControlName="number"
            inputmode="numeric"
            maxlength="4"
            autocomplete="off"
          />
          <mat-hint>{{ 'Field:NumberHint' | translate }}</mat-hint>
          @if (form.controls.number.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Field:Region' | translate }}</mat-label>
          <mat-select formControlName="regionId">
            @for (region of regions.value() ?? []; track region.id) {
              <mat-option [value]="region.id">{{ region.name }}</mat-option>
            }
          </mat-select>
          @if (form.controls.regionId.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </div>
      @if (canManage()) {
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="editor.saving()">
            {{ 'Ui:Save' | translate }}
          </button>
          @if (editor.entity(); as municipality) {
            <button mat-stroked-button type="button" (click)="editor.remove(municipality.name)">
              <mat-icon svgIcon="trash" />{{ 'Ui:Delete' | translate }}
            </button>
          }
        </div>
      }
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalityEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly auth = inject(AuthService);
  private readonly lookups = inject(Lookups);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    number: new FormControl('', { nonNullable: true }),
    regionId: new FormControl('', { nonNullable: true }),
  });
  protected readonly editor = new EntityEditor<Municipality, MunicipalityInput>({
    api: inject(OrganisationApi).municipalities,
    form: this.form,
    toInput: () => {
      const value = this.form.getRawValue();
      return { ...value, regionId: orNull(value.regionId) };
    },
    patch: (m) => this.form.reset({ name: m.name, number: m.number, regionId: m.regionId }),
    listPath: '/municipalities',
  });
  protected readonly regions = resource({ loader: () => this.lookups.regions() });
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
