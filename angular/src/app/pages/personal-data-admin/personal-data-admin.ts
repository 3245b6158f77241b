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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  ErasurePlan,
  exportFile,
  PersonalDataApi,
  PersonalDataPerson,
  personalDataKeys,
} from '../../data/personal-data-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';

/**
 * A person's data for an admin: find someone in scope and export what is held about them (the
 * export is logged and holds no private text); a system admin runs a dry run, erases after typing
 * the person's employee number, and sees the records of earlier erasures.
 */
@Component({
  selector: 'app-personal-data-admin',
  imports: [
    Alert,
    AppDatePipe,
    EnumLabelPipe,
    MatButtonModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TextField,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'Page:PersonalData.Admin.Title' | translate }}</h1>
    <p>{{ 'Page:PersonalData.Admin.Intro' | translate }}</p>

    <form [formGroup]="searchForm" (ngSubmit)="search()" class="search" role="search" novalidate>
      <app-text-field control="filter" label="Page:PersonalData.Search" [dynamic]="true" />
      <button mat-flat-button type="submit" data-testid="pd-search">
        {{ 'Page:PersonalData.SearchButton' | translate }}
      </button>
    </form>
    @if (busy() || transfer.active()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    <app-alert kind="success" [message]="done()" />

    @if (people(); as list) {
      <h2>{{ 'Page:PersonalData.People' | translate }}</h2>
      @if (list.length === 0) {
        <p>{{ 'Ui:NoRows' | translate }}</p>
      } @else {
        <table data-testid="pd-people">
          <thead>
            <tr>
              <th scope="col">{{ 'Page:PersonalData.Person' | translate }}</th>
              <th scope="col">{{ 'Page:PersonalData.Confirmation' | translate }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ 'Page:PersonalData.Action' | translate }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (p of list; track p.id) {
              <tr>
                <th scope="row">{{ p.name }}</th>
                <td>{{ p.employeeNumber }}</td>
                <td class="actions">
                  <button mat-stroked-button type="button" (click)="exportJson(p)">
                    {{ 'Page:PersonalData.ExportJson' | translate }}
                  </button>
                  <button mat-stroked-button type="button" (click)="exportPdf(p)">
                    {{ 'Page:PersonalData.ExportPdf' | translate }}
                  </button>
                  @if (canErase) {
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="dryRun(p)"
                      [attr.data-testid]="'pd-dry-run-' + p.employeeNumber"
                    >
                      {{ 'Page:PersonalData.DryRun' | translate }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    }

    @if (plan(); as p) {
      <section class="plan" aria-labelledby="pd-plan" data-testid="pd-plan">
        <h2 id="pd-plan">{{ 'Page:PersonalData.DryRun' | translate }}</h2>
        <p>{{ 'Page:PersonalData.DryRun.Intro' | translate: { name: p.name } }}</p>
        @if (p.steps.length === 0) {
          <p>{{ 'Page:PersonalData.DryRun.Nothing' | translate }}</p>
        } @else {
          <table>
            <thead>
              <tr>
                <th scope="col">{{ 'Page:PersonalData.Module' | translate }}</th>
                <th scope="col">{{ 'Page:PersonalData.Kind' | translate }}</th>
                <th scope="col">{{ 'Page:PersonalData.Action' | translate }}</th>
                <th scope="col">{{ 'Page:PersonalData.Count' | translate }}</th>
                <th scope="col">{{ 'Page:PersonalData.KeptUntil' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (s of p.steps; track $index) {
                <tr>
                  <td>{{ keys.module(s.module) | translate }}</td>
                  <td>{{ keys.kind(s.kind) | translate }}</td>
                  <td>{{ s.action | enumLabel: 'ErasureAction' | translate }}</td>
                  <td>{{ s.count }}</td>
                  <td>{{ s.keptUntil | appDate }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
        @if (p.refusal; as refusal) {
          <app-alert [message]="refusal | translate" />
        } @else {
          <form [formGroup]="eraseForm" (ngSubmit)="erase(p)" novalidate class="erase">
            <p>{{ 'Page:PersonalData.Confirm' | translate: { number: p.employeeNumber } }}</p>
            <app-text-field control="confirmation" label="Page:PersonalData.Confirmation" />
            <app-alert [message]="eraseSubmission.error()" />
            <button
              mat-flat-button
              color="warn"
              type="submit"
              [disabled]="eraseSubmission.saving()"
              data-testid="pd-erase"
            >
              {{ 'Page:PersonalData.Erase' | translate }}
            </button>
          </form>
        }
      </section>
    }

    @if (canErase) {
      <section aria-labelledby="pd-erasures" class="erasures">
        <h2 id="pd-erasures">{{ 'Page:PersonalData.Erasures.Title' | translate }}</h2>
        <p>{{ 'Page:PersonalData.Erasures.Intro' | translate }}</p>
        @if (erasureList(); as list) {
          @if (list.length === 0) {
            <p>{{ 'Page:PersonalData.Erasures.None' | translate }}</p>
          } @else {
            <table data-testid="pd-erasures">
              <thead>
                <tr>
                  <th scope="col">{{ 'Page:PersonalData.ErasedAt' | translate }}</th>
                  <th scope="col">{{ 'Page:PersonalData.ErasedBy' | translate }}</th>
                  <th scope="col">{{ 'Page:PersonalData.PersonRef' | translate }}</th>
                  <th scope="col">{{ 'Page:PersonalData.Rules' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (e of list; track e.id) {
                  <tr>
                    <td>{{ e.erasedAt | appDate: 'dateTime' }}</td>
                    <td>{{ e.erasedBy }}</td>
                    <td class="ref">{{ e.personId }}</td>
                    <td>{{ rules(e.retention) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          }
        }
      </section>
    }
  `,
  styles: `
    .search {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      max-width: 720px;
    }
    .search app-text-field {
      flex: 1 1 320px;
    }
    table {
      border-collapse: collapse;
      margin: 8px 0 16px;
    }
    th,
    td {
      text-align: left;
      padding: 6px 12px 6px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .plan,
    .erasures {
      margin-top: 24px;
      max-width: 960px;
    }
    .erase {
      max-width: 480px;
    }
    .ref {
      font-family: monospace;
      font-size: 0.85rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonalDataAdminPage {
  private readonly api = inject(PersonalDataApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly keys = personalDataKeys;
  protected readonly canErase = inject(AuthService).hasPermission(Permissions.PersonalDataErase);

  protected readonly searchForm = new FormGroup({
    filter: new FormControl('', { nonNullable: true }),
  });
  protected readonly eraseForm = new FormGroup({
    confirmation: new FormControl('', { nonNullable: true }),
  });
  protected readonly eraseSubmission = new FormSubmission('.erase');
  protected readonly transfer = new Transfer();

  protected readonly people = signal<PersonalDataPerson[] | null>(null);
  protected readonly plan = signal<ErasurePlan | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected readonly erasures = resource({
    loader: () => (this.canErase ? this.api.erasures() : Promise.resolve([])),
  });
  protected readonly erasureList = computed(() =>
    this.erasures.hasValue() ? this.erasures.value() : null,
  );

  protected async search(): Promise<void> {
    await this.guard(async () => {
      this.plan.set(null);
      const page = await this.api.people(this.searchForm.getRawValue().filter.trim());
      this.people.set(page.items);
    });
  }

  protected async exportJson(person: PersonalDataPerson): Promise<void> {
    await this.guard(async () => {
      const data = await this.api.person(person.id);
      this.done.set(saveResponse(exportFile(data), `personal-data-${person.employeeNumber}.json`));
    });
  }

  protected async exportPdf(person: PersonalDataPerson): Promise<void> {
    await this.guard(async () => {
      const response = await this.transfer.run(
        this.api.personPdf(person.id, this.language.current()),
      );
      this.done.set(saveResponse(response, `personal-data-${person.employeeNumber}.pdf`));
    });
  }

  protected async dryRun(person: PersonalDataPerson): Promise<void> {
    await this.guard(async () => {
      this.eraseForm.reset();
      this.eraseSubmission.clear();
      this.plan.set(await this.api.plan(person.id));
    });
  }

  protected async erase(plan: ErasurePlan): Promise<void> {
    const { confirmation } = this.eraseForm.getRawValue();
    const record = await this.eraseSubmission.run(this.eraseForm, () =>
      this.api.erase(plan.personId, confirmation),
    );
    if (!record) return;
    this.plan.set(null);
    this.people.set(null);
    this.done.set(this.translate.instant('Page:PersonalData.Erased'));
    this.erasures.reload();
  }

  /** The retention rules in force, as "Certificates 10 · CompetenceEvidence 5". */
  protected rules(retention: Record<string, number>): string {
    return Object.entries(retention)
      .map(([rule, years]) => `${rule} ${years}`)
      .join(' · ');
  }

  private async guard(work: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.done.set(null);
    this.busy.set(true);
    try {
      await work();
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }
}
