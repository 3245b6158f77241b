import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { PersonalDataApi, personalDataKeys } from '../../data/personal-data-api';
import { Alert } from '../../shared/alert';
import { EnumLabelPipe } from '../../shared/enum-labels';

/**
 * The processing overview (GDPR art. 30 in the users' words): per kind of personal data what it is,
 * why and for whom, the legal basis and how long it is kept — generated from the modules and the
 * retention configuration, so that it cannot drift from what the system does.
 */
@Component({
  selector: 'app-processing-overview',
  imports: [Alert, EnumLabelPipe, MatProgressBarModule, TranslatePipe],
  template: `
    <h1>{{ 'Page:PersonalData.Processing.Title' | translate }}</h1>
    <p>{{ 'Page:PersonalData.Processing.Intro' | translate }}</p>
    @if (data.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    @if (overview(); as value) {
      <div class="scroll">
        <table data-testid="processing-kinds">
          <thead>
            <tr>
              <th scope="col">{{ 'Page:PersonalData.Module' | translate }}</th>
              <th scope="col">{{ 'Page:PersonalData.Kind' | translate }}</th>
              <th scope="col">{{ 'Page:PersonalData.Purpose' | translate }}</th>
              <th scope="col">{{ 'Page:PersonalData.Basis' | translate }}</th>
              <th scope="col">{{ 'Page:PersonalData.Retention' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (k of value.kinds; track k.kind) {
              <tr>
                <td>{{ keys.module(k.module) | translate }}</td>
                <th scope="row">{{ keys.kind(k.kind) | translate }}</th>
                <td>{{ keys.purpose(k.kind) | translate }}</td>
                <td>{{ k.basis | enumLabel: 'PersonalDataBasis' | translate }}</td>
                <td>
                  @if (k.retentionYears > 0) {
                    {{
                      'Page:PersonalData.Retention.Years' | translate: { years: k.retentionYears }
                    }}
                  } @else {
                    {{ 'Page:PersonalData.Retention.Immediate' | translate }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (value.auditRetention.length > 0) {
        <h2>{{ 'Page:PersonalData.Processing.Audit' | translate }}</h2>
        <p>{{ 'Page:PersonalData.Processing.AuditIntro' | translate }}</p>
        <table>
          <tbody>
            @for (a of value.auditRetention; track a.kind) {
              <tr>
                <th scope="row">{{ a.kind }}</th>
                <td>{{ a.value }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      max-width: 1200px;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 6px 12px 6px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcessingOverviewPage {
  private readonly api = inject(PersonalDataApi);
  private readonly errors = inject(ErrorMessages);
  protected readonly keys = personalDataKeys;

  protected readonly data = resource({ loader: () => this.api.processing() });
  protected readonly overview = computed(() => (this.data.hasValue() ? this.data.value() : null));
  protected readonly error = computed(() => {
    const error = this.data.error();
    return error ? this.errors.describe(error) : null;
  });
}
