import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { ScormApi } from '../../data/scorm-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';

/** The SCORM packages of a course: upload a zip from an authoring tool, see what its manifest said, preview it. */
@Component({
  selector: 'app-scorm-packages',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, TranslatePipe, Alert, AppDatePipe],
  template: `
    <h1>{{ 'Page:ScormPackages.Title' | translate }}</h1>
    <p>{{ 'Page:ScormPackages.Intro' | translate }}</p>
    <form class="upload" (submit)="upload($event)">
      <label for="scorm-file">{{ 'Page:ScormPackages.File' | translate }}</label>
      <input
        id="scorm-file"
        type="file"
        accept=".zip,application/zip"
        data-testid="scorm-file"
        (change)="pick($event)"
      />
      <button mat-flat-button type="submit" [disabled]="!file() || busy()">
        {{ 'Page:ScormPackages.Upload' | translate }}
      </button>
    </form>
    @if (busy() || list.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    <app-alert kind="success" [message]="saved()" />
    @if (packages(); as items) {
      @if (items.length === 0) {
        <p>{{ 'Page:ScormPackages.Empty' | translate }}</p>
      } @else {
        <table class="packages">
          <caption class="cdk-visually-hidden">
            {{
              'Page:ScormPackages.Title' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'Page:ScormPackages.Field.Title' | translate }}</th>
              <th scope="col">{{ 'Page:ScormPackages.Field.Version' | translate }}</th>
              <th scope="col">{{ 'Page:ScormPackages.Field.Scos' | translate }}</th>
              <th scope="col">{{ 'Page:ScormPackages.Field.Uploaded' | translate }}</th>
              <th scope="col">{{ 'Page:ScormPackages.Field.Id' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (p of items; track p.id) {
              <tr>
                <td>
                  <a [routerLink]="['/courses', courseId(), 'scorm', p.id]">{{ p.title }}</a>
                  <div class="file">{{ p.fileName }}</div>
                </td>
                <td>{{ versionKey(p.version) | translate }}</td>
                <td>{{ launchable(p.scos) }}</td>
                <td>{{ p.uploadedAt | appDate }}</td>
                <td>
                  <code>{{ p.id }}</code>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
  styles: `
    .upload {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      margin-bottom: 16px;
    }
    .packages {
      border-collapse: collapse;
      width: 100%;
    }
    .packages th,
    .packages td {
      text-align: start;
      padding: 8px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      vertical-align: top;
    }
    .file {
      font-size: 0.85em;
    }
    code {
      word-break: break-all;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScormPackagesPage {
  private readonly api = inject(ScormApi);
  private readonly errors = inject(ErrorMessages);

  readonly courseId = input.required<string>();

  protected readonly list = resource({
    params: () => this.courseId(),
    loader: ({ params }) => this.api.packages(params),
  });
  protected readonly packages = computed(() => (this.list.hasValue() ? this.list.value() : null));
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  private readonly uploadError = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? this.errors.describe(error) : this.uploadError();
  });

  protected versionKey(version: string): string {
    return `Enum:ScormVersion.${version}`;
  }

  protected launchable(scos: { launchable: boolean }[]): number {
    return scos.filter((s) => s.launchable).length;
  }

  protected pick(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected async upload(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.file();
    if (!file) return;
    this.busy.set(true);
    this.uploadError.set(null);
    this.saved.set(null);
    try {
      const created = await this.api.upload(this.courseId(), file);
      this.saved.set(created.title);
      this.list.reload();
    } catch (error) {
      this.uploadError.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }
}
