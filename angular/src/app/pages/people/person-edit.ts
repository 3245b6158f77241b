import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Lookups } from '../../data/lookups';
import { Employer, EMPLOYERS, Person, PersonInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { Alert } from '../../shared/alert';
import { EDIT_PAGE_KIT } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { orNull } from '../../shared/form-values';
import { enumKey } from '../../shared/enum-labels';

function jobRoleGroup(jobRoleId = '', startDate = '') {
  return new FormGroup({
    jobRoleId: new FormControl(jobRoleId, { nonNullable: true }),
    startDate: new FormControl(startDate, { nonNullable: true }),
  });
}

@Component({
  selector: 'app-person-edit',
  imports: [EDIT_PAGE_KIT, TranslatePipe, MatButtonModule, MatIconModule, Alert],
  template: `
    <app-edit-page
      [editor]="editor"
      [title]="id() ? 'Page:People.Edit' : 'Page:People.New'"
      backLabel="Page:People.BackToList"
    >
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <div class="form-grid">
          <app-text-field control="firstName" label="Field:FirstName" />
          <app-text-field control="lastName" label="Field:LastName" />
          <app-text-field control="employeeNumber" label="Field:EmployeeNumber" />
          <app-text-field control="email" label="Field:Email" type="email" />
          <app-select-field
            control="employer"
            label="Field:Employer"
            [options]="employerOptions"
            [translateNames]="true"
          />
          <app-select-field control="officeId" label="Field:Office" [options]="offices.value()" />
        </div>

        <h2 id="job-roles-heading">{{ 'Field:JobRoles' | translate }}</h2>
        <app-alert [message]="form.controls.jobRoles.getError('server')" />
        <ul class="job-roles" formArrayName="jobRoles" aria-labelledby="job-roles-heading">
          @for (row of form.controls.jobRoles.controls; track row; let i = $index) {
            <li [formGroupName]="i" class="form-grid">
              <app-select-field
                control="jobRoleId"
                label="Field:JobRole"
                [options]="jobRoles.value()"
              />
              <app-text-field
                control="startDate"
                label="Field:StartDate"
                type="date"
                [lang]="language.current()"
              />
              @if (editor.canManage()) {
                <div>
                  <button mat-stroked-button type="button" (click)="removeJobRole(i)">
                    <mat-icon svgIcon="trash" />{{ 'Page:People.RemoveJobRole' | translate }}
                  </button>
                </div>
              }
            </li>
          } @empty {
            <li class="empty">{{ 'Page:People.NoJobRoles' | translate }}</li>
          }
        </ul>

        <app-edit-page-actions [editor]="editor">
          <button mat-stroked-button type="button" (click)="addJobRole()">
            <mat-icon svgIcon="plus" />{{ 'Page:People.AddJobRole' | translate }}
          </button>
        </app-edit-page-actions>
      </form>
    </app-edit-page>
  `,
  styles: `
    .job-roles {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
    }
    .job-roles li {
      align-items: start;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      padding-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly lookups = inject(Lookups);
  protected readonly language = inject(LanguageService);

  protected readonly employerOptions = EMPLOYERS.map((id) => ({
    id,
    name: enumKey('Employer', id),
  }));
  protected readonly form = new FormGroup({
    employeeNumber: new FormControl('', { nonNullable: true }),
    firstName: new FormControl('', { nonNullable: true }),
    lastName: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    employer: new FormControl<Employer>('State', { nonNullable: true }),
    officeId: new FormControl('', { nonNullable: true }),
    jobRoles: new FormArray([jobRoleGroup()]),
  });
  protected readonly editor = new EntityEditor<Person, PersonInput>({
    api: inject(OrganisationApi).people,
    id: this.id,
    form: this.form,
    managePermission: Permissions.PeopleManage,
    name: (person) => `${person.firstName} ${person.lastName}`,
    // The employee number identifies the person in HR imports and cannot change.
    fixedOnceSaved: [this.form.controls.employeeNumber],
    toInput: () => {
      const value = this.form.getRawValue();
      return {
        ...value,
        officeId: orNull(value.officeId),
        jobRoles: value.jobRoles.map((r) => ({
          jobRoleId: orNull(r.jobRoleId),
          startDate: orNull(r.startDate),
        })),
      };
    },
    patch: (person) => {
      const roles = person.jobRoles ?? [];
      this.form.controls.jobRoles.clear();
      roles.forEach((r) =>
        this.form.controls.jobRoles.push(jobRoleGroup(r.jobRoleId, r.startDate)),
      );
      this.form.reset({
        employeeNumber: person.employeeNumber,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        employer: person.employer,
        officeId: person.officeId,
        jobRoles: roles.map((r) => ({ jobRoleId: r.jobRoleId, startDate: r.startDate })),
      });
    },
    listPath: '/people',
  });

  protected readonly offices = resource({ loader: () => this.lookups.offices() });
  protected readonly jobRoles = resource({
    params: () => this.language.current(),
    loader: () => this.lookups.jobRoles(),
  });
  protected addJobRole(): void {
    this.form.controls.jobRoles.push(jobRoleGroup());
  }

  protected removeJobRole(index: number): void {
    this.form.controls.jobRoles.removeAt(index);
  }
}
