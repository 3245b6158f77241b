import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { UserAdminApi } from '../../data/user-admin-api';
import { Alert } from '../../shared/alert';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { orNull } from '../../shared/form-values';
import { valueOf } from '../../shared/resource-value';
import { CULTURE_OPTIONS, personOption } from './user-options';

/**
 * A new user, invited by e-mail to choose a password. Picking a person fills in their name and
 * e-mail and links the user to them; a coordinator must pick one in their scope.
 */
@Component({
  selector: 'app-user-invite',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    Alert,
    SelectField,
    TextField,
  ],
  template: `
    <p>
      <a routerLink="/admin/users">{{ 'Page:Users.BackToList' | translate }}</a>
    </p>
    <h1>{{ 'Page:Users.New' | translate }}</h1>
    <p>{{ 'Page:Users.InviteIntro' | translate }}</p>
    <form [formGroup]="form" (ngSubmit)="create()" novalidate>
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
          <mat-hint>{{ 'Page:Users.PersonHint' | translate }}</mat-hint>
        </mat-form-field>
        <app-select-field
          control="personId"
          label="Page:Users.Person"
          [options]="candidateOptions()"
          (changed)="personChanged()"
        />
      </div>
      <div class="form-grid">
        <app-text-field control="name" label="Field:Name" />
        <app-text-field control="email" label="Field:Email" type="email" />
        <app-text-field
          control="userName"
          label="Page:Users.UserName"
          hint="Page:Users.UserNameHint"
        />
        <app-select-field
          control="preferredCulture"
          label="Page:Users.Language"
          [options]="cultures"
          [translateNames]="true"
        />
      </div>
      <app-alert [message]="submission.error()" />
      <div class="page-actions">
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:Users.InviteSubmit' | translate }}
        </button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserInvitePage {
  private readonly api = inject(UserAdminApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  protected readonly cultures = CULTURE_OPTIONS;
  protected readonly form = new FormGroup({
    personId: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    userName: new FormControl('', { nonNullable: true }),
    preferredCulture: new FormControl('nb', { nonNullable: true }),
  });
  protected readonly submission = new FormSubmission();
  protected readonly search = signal('');

  private readonly candidates = resource({
    params: () => this.search().trim() || undefined,
    loader: ({ params }) => this.api.people(params),
  });
  protected readonly candidateOptions = computed(() => {
    this.language.current();
    const hasUser = this.translate.instant('Page:Users.HasUser') as string;
    return (valueOf(this.candidates) ?? []).map((c) => personOption(c, hasUser));
  });

  /** The person's name and e-mail, unless the admin has typed their own. */
  protected personChanged(): void {
    const person = (valueOf(this.candidates) ?? []).find(
      (c) => c.id === this.form.controls.personId.value,
    );
    if (!person) return;
    if (!this.form.controls.name.value) this.form.controls.name.setValue(person.name);
    if (!this.form.controls.email.value) this.form.controls.email.setValue(person.email);
  }

  protected async create(): Promise<void> {
    const value = this.form.getRawValue();
    const saved = await this.submission.run(this.form, () =>
      this.api.create({
        personId: orNull(value.personId),
        name: orNull(value.name),
        email: orNull(value.email),
        userName: orNull(value.userName),
        preferredCulture: value.preferredCulture,
        sendInvite: true,
      }),
    );
    if (saved) await this.router.navigate(['/admin/users', saved.id]);
  }
}
