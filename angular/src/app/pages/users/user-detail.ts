import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { ScopeKind, User, UserAdminApi } from '../../data/user-admin-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';
import { enumKey } from '../../shared/enum-labels';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { orNull } from '../../shared/form-values';
import { ReasonDialog, ReasonStep } from '../../shared/reason-dialog';
import { valueOf } from '../../shared/resource-value';
import { CULTURE_OPTIONS, personOption } from './user-options';
import { userStatus } from './user-status';

/**
 * One user: their details, access (disable, enable, unlock, invite and reset links), the person
 * they are linked to, and their roles with the area each is limited to. Each section sends its own
 * form, so that an error shows where it belongs.
 */
@Component({
  selector: 'app-user-detail',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
    AppDatePipe,
    SelectField,
    TextField,
  ],
  template: `
    <p>
      <a routerLink="/admin/users">{{ 'Page:Users.BackToList' | translate }}</a>
    </p>
    <h1>
      {{ 'Page:Users.Detail' | translate }}
      @if (user(); as u) {
        <span class="subtitle">{{ u.name }}</span>
      }
    </h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError()" />
    @if (user(); as u) {
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{{ 'Page:Users.Details' | translate }}</h2>
        <form id="details-form" [formGroup]="details" (ngSubmit)="save(u)" novalidate>
          <div class="form-grid">
            <app-text-field control="name" label="Field:Name" />
            <app-text-field control="email" label="Field:Email" type="email" />
            <app-select-field
              control="preferredCulture"
              label="Page:Users.Language"
              [options]="cultures"
              [translateNames]="true"
            />
          </div>
          <app-alert [message]="detailsSubmission.error()" />
          <div class="form-actions">
            <button mat-flat-button type="submit" [disabled]="detailsSubmission.saving()">
              {{ 'Ui:Save' | translate }}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="access-heading">
        <h2 id="access-heading">{{ 'Page:Users.Access' | translate }}</h2>
        <p data-testid="user-status">
          {{ 'Page:Users.UserName' | translate }}: {{ u.userName }} ·
          {{ status() | translate }}
          @if (u.isDisabled) {
            –
            {{
              'Page:Users.DisabledBecause'
                | translate: { date: u.disabledAt | appDate, reason: u.disabledReason }
            }}
          }
        </p>
        <p>
          {{ 'Page:Users.LastSignIn' | translate }}:
          @if (u.lastSignInAt) {
            {{ u.lastSignInAt | appDate }}
          } @else {
            {{ 'Page:Users.Never' | translate }}
          }
        </p>
        <app-alert [message]="accessSubmission.error()" />
        <div class="page-actions">
          @if (u.isDisabled) {
            <button mat-stroked-button type="button" (click)="enable(u)">
              {{ 'Page:Users.Enable' | translate }}
            </button>
          } @else {
            <button mat-stroked-button type="button" (click)="disable(u)">
              {{ 'Page:Users.Disable' | translate }}
            </button>
          }
          @if (u.isLockedOut) {
            <button mat-stroked-button type="button" (click)="unlock(u)">
              {{ 'Page:Users.Unlock' | translate }}
            </button>
          }
          @if (!u.isDisabled) {
            @if (u.hasPassword) {
              <button mat-stroked-button type="button" (click)="sendReset(u)">
                {{ 'Page:Users.SendReset' | translate }}
              </button>
            } @else {
              <button mat-stroked-button type="button" (click)="invite(u)">
                {{ 'Page:Users.ResendInvite' | translate }}
              </button>
            }
          }
        </div>
      </section>

      <section aria-labelledby="person-heading">
        <h2 id="person-heading">{{ 'Page:Users.LinkedPerson' | translate }}</h2>
        <p data-testid="linked-person">
          @if (u.personId) {
            {{ linkedPerson() }}
          } @else {
            {{ 'Page:Users.NoPerson' | translate }}
          }
        </p>
        <form id="person-form" [formGroup]="person" (ngSubmit)="link(u)" novalidate>
          <div class="form-grid">
            <mat-form-field>
              <mat-label>{{ 'Page:Users.SearchPerson' | translate }}</mat-label>
              <input
                matInput
                type="search"
                data-testid="person-search"
                [value]="search()"
                (input)="search.set($any($event.target).value)"
              />
            </mat-form-field>
            <app-select-field
              control="personId"
              label="Page:Users.Person"
              [options]="candidateOptions()"
            />
          </div>
          <app-alert [message]="personSubmission.error()" />
          <div class="form-actions">
            <button mat-flat-button type="submit" [disabled]="personSubmission.saving()">
              {{ 'Page:Users.Link' | translate }}
            </button>
            @if (u.personId) {
              <button mat-stroked-button type="button" (click)="unlink(u)">
                {{ 'Page:Users.Unlink' | translate }}
              </button>
            }
          </div>
        </form>
      </section>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{{ 'Page:Users.Roles' | translate }}</h2>
        <ul class="roles" data-testid="user-roles">
          @for (r of u.roles; track r.roleName) {
            <li>
              <span>
                {{ 'Role:' + r.roleName | translate }} –
                @if (r.scopeKind) {
                  {{ scopeKindKey(r.scopeKind) | translate }}: {{ r.scopeName }}
                } @else {
                  {{ 'Page:Users.National' | translate }}
                }
              </span>
              <button
                mat-stroked-button
                type="button"
                (click)="removeRole(u, r.roleName)"
                [attr.aria-label]="
                  'Page:Users.RemoveRole' | translate: { role: ('Role:' + r.roleName | translate) }
                "
              >
                <mat-icon svgIcon="trash" />{{ 'Page:Users.Remove' | translate }}
              </button>
            </li>
          } @empty {
            <li>{{ 'Page:Users.NoRoles' | translate }}</li>
          }
        </ul>
        <form id="role-form" [formGroup]="role" (ngSubmit)="addRole(u)" novalidate>
          <div class="form-grid">
            <app-select-field
              control="roleName"
              label="Page:Users.Role"
              [options]="roleOptions()"
              [translateNames]="true"
              (changed)="roleChanged()"
            />
            @if (scopeKinds().length > 0) {
              <app-select-field
                control="scopeKind"
                label="Page:Users.ScopeKind"
                [options]="scopeKindOptions()"
                [translateNames]="true"
                (changed)="role.controls.scopeId.setValue('')"
              />
              <app-select-field
                control="scopeId"
                label="Page:Users.Scope"
                [options]="scopeOptions()"
              />
            }
          </div>
          <app-alert [message]="roleSubmission.error()" />
          <div class="form-actions">
            <button mat-flat-button type="submit" [disabled]="roleSubmission.saving()">
              {{ 'Page:Users.AddRole' | translate }}
            </button>
          </div>
        </form>
      </section>
    }
  `,
  styles: `
    section {
      margin-bottom: 32px;
    }
    .roles {
      list-style: none;
      padding: 0;
    }
    .roles li {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 8px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDetailPage {
  readonly id = input.required<string>();

  private readonly api = inject(UserAdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  protected readonly cultures = CULTURE_OPTIONS;
  protected readonly user = signal<User | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  /** "Name (employee number, office)", written in one piece so that no template whitespace lands before the comma. */
  protected readonly linkedPerson = computed(() => {
    const u = this.user();
    if (!u?.personId) return '';
    const where = [u.employeeNumber, u.officeName].filter((part) => !!part).join(', ');
    return `${u.personName} (${where})`;
  });
  protected readonly status = computed(() => {
    const u = this.user();
    return u ? userStatus(u) : '';
  });

  protected readonly details = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    preferredCulture: new FormControl('', { nonNullable: true }),
  });
  protected readonly person = new FormGroup({
    personId: new FormControl('', { nonNullable: true }),
  });
  protected readonly role = new FormGroup({
    roleName: new FormControl('', { nonNullable: true }),
    scopeKind: new FormControl('', { nonNullable: true }),
    scopeId: new FormControl('', { nonNullable: true }),
  });
  protected readonly detailsSubmission = new FormSubmission('#details-form');
  protected readonly accessSubmission = new FormSubmission();
  protected readonly personSubmission = new FormSubmission('#person-form');
  protected readonly roleSubmission = new FormSubmission('#role-form');
  protected readonly search = signal('');

  private readonly options = resource({ loader: () => this.api.options() });
  private readonly candidates = resource({
    params: () => this.search().trim() || undefined,
    loader: ({ params }) => this.api.people(params),
  });
  protected readonly candidateOptions = computed(() => {
    this.language.current();
    const hasUser = this.translate.instant('Page:Users.HasUser') as string;
    return (valueOf(this.candidates) ?? []).map((c) => personOption(c, hasUser));
  });

  private readonly roleName = toSignal(this.role.controls.roleName.valueChanges, {
    initialValue: '',
  });
  private readonly scopeKind = toSignal(this.role.controls.scopeKind.valueChanges, {
    initialValue: '',
  });
  protected readonly roleOptions = computed(() =>
    (valueOf(this.options)?.assignableRoles ?? []).map((r) => ({
      id: r.name,
      name: 'Role:' + r.name,
    })),
  );
  protected readonly scopeKinds = computed(
    () =>
      valueOf(this.options)?.assignableRoles.find((r) => r.name === this.roleName())?.scopeKinds ??
      [],
  );
  protected readonly scopeKindOptions = computed(() =>
    this.scopeKinds().map((k) => ({ id: k, name: this.scopeKindKey(k) })),
  );
  protected readonly scopeOptions = computed(() => {
    const o = valueOf(this.options);
    switch (this.scopeKind() as ScopeKind | '') {
      case 'Region':
        return o?.regions ?? [];
      case 'Municipality':
        return o?.municipalities ?? [];
      case 'Office':
        return o?.offices ?? [];
      default:
        return [];
    }
  });

  protected scopeKindKey(kind: ScopeKind): string {
    return enumKey('ScopeKind', kind);
  }

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.show(await this.api.get(id));
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  private show(u: User): void {
    this.user.set(u);
    this.details.reset({
      name: u.name,
      email: u.email ?? '',
      preferredCulture: u.preferredCulture ?? 'nb',
    });
  }

  private saved(u: User | null, message = 'Ui:Saved'): void {
    if (!u) return;
    this.show(u);
    this.snackBar.open(this.translate.instant(message) as string, undefined, { duration: 4000 });
  }

  protected async save(u: User): Promise<void> {
    const value = this.details.getRawValue();
    this.saved(
      await this.detailsSubmission.run(this.details, () =>
        this.api.update(u.id, {
          name: orNull(value.name),
          email: orNull(value.email),
          preferredCulture: orNull(value.preferredCulture),
          concurrencyStamp: u.concurrencyStamp,
        }),
      ),
    );
  }

  protected async disable(u: User): Promise<void> {
    const step: ReasonStep = {
      title: this.translate.instant('Page:Users.DisableTitle', { name: u.name }) as string,
      message: this.translate.instant('Page:Users.DisableMessage') as string,
      confirm: this.translate.instant('Page:Users.Disable') as string,
      reason: 'required',
      field: {
        label: { required: 'Page:Users.DisableReason', optional: 'Page:Users.DisableReason' },
        missing: 'Validation:Required',
        maxLength: 500,
      },
      run: (reason) => this.api.disable(u.id, reason),
    };
    const result = await firstValueFrom(
      this.dialog.open(ReasonDialog, { data: step }).afterClosed(),
    );
    if (result && typeof result === 'object') this.saved(result as User);
  }

  protected async enable(u: User): Promise<void> {
    this.saved(await this.accessSubmission.run(this.details, () => this.api.enable(u.id)));
  }

  protected async unlock(u: User): Promise<void> {
    this.saved(await this.accessSubmission.run(this.details, () => this.api.unlock(u.id)));
  }

  protected async invite(u: User): Promise<void> {
    this.saved(
      await this.accessSubmission.run(this.details, () => this.api.invite(u.id)),
      'Page:Users.LinkSent',
    );
  }

  protected async sendReset(u: User): Promise<void> {
    this.saved(
      await this.accessSubmission.run(this.details, () => this.api.sendPasswordReset(u.id)),
      'Page:Users.LinkSent',
    );
  }

  protected async link(u: User): Promise<void> {
    const personId = orNull(this.person.controls.personId.value);
    const linked = await this.personSubmission.run(this.person, () =>
      this.api.linkPerson(u.id, personId),
    );
    if (linked) {
      this.person.reset({ personId: '' });
      this.search.set('');
    }
    this.saved(linked);
  }

  protected async unlink(u: User): Promise<void> {
    this.saved(await this.personSubmission.run(this.person, () => this.api.unlinkPerson(u.id)));
  }

  protected roleChanged(): void {
    this.role.controls.scopeKind.setValue(this.scopeKinds()[0] ?? '');
    this.role.controls.scopeId.setValue('');
  }

  protected async addRole(u: User): Promise<void> {
    const value = this.role.getRawValue();
    if (!value.roleName) {
      this.role.controls.roleName.setErrors({
        server: this.translate.instant('Validation:Required'),
      });
      this.role.controls.roleName.markAsTouched();
      return;
    }
    const given = await this.roleSubmission.run(this.role, () =>
      this.api.setRole(u.id, value.roleName, {
        scopeKind: (orNull(value.scopeKind) as ScopeKind | null) ?? null,
        scopeId: orNull(value.scopeId),
      }),
    );
    if (given) this.role.reset({ roleName: '', scopeKind: '', scopeId: '' });
    this.saved(given);
  }

  protected async removeRole(u: User, roleName: string): Promise<void> {
    this.saved(await this.roleSubmission.run(this.role, () => this.api.removeRole(u.id, roleName)));
  }
}
