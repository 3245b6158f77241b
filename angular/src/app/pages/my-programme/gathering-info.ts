import { NameContext } from '../../shared/name-context';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { ParticipationApi, Session } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { Transfer } from '../../shared/file-transfer';
import { saveFile } from './download';
import { formatTimeRange } from './programme-format';
import { ContentText } from '../../shared/content-text';

/** A gathering: what, when (Oslo time), where or the video link, and its calendar file. */
@Component({
  selector: 'app-gathering-info',
  imports: [ContentText, TranslatePipe, MatButtonModule, MatIconModule, Alert, NameContext],
  template: `
    <div class="gathering" data-testid="gathering">
      <strong class="title"><app-content-text [text]="session().title" /></strong>
      <span class="muted"> – {{ session().formatName }}</span>
      <div>{{ time() }}</div>
      @if (session().place; as place) {
        <div>{{ 'Page:MyProgramme.Gatherings.Place' | translate }}: {{ place }}</div>
      }
      @if (session().videoLink; as link) {
        <div>
          <a [href]="link" target="_blank" rel="noopener">
            {{ 'Page:MyProgramme.Gatherings.VideoLink' | translate }}
            <span class="visually-hidden">({{ 'Page:MyProgramme.NewWindow' | translate }})</span>
          </a>
        </div>
      }
      <button
        mat-button
        type="button"
        [disabled]="download.active()"
        [appNameContext]="session().title.text"
        (click)="calendar()"
      >
        <mat-icon svgIcon="download" />{{ 'Page:MyProgramme.Gatherings.Ics' | translate }}
      </button>
      <app-alert [message]="error()" />
    </div>
  `,
  styles: `
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GatheringInfo {
  private readonly api = inject(ParticipationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  readonly cohortId = input.required<string>();
  readonly session = input.required<Session>();

  protected readonly time = computed(() =>
    formatTimeRange(this.session().startsAt, this.session().endsAt, this.language.current()),
  );
  protected readonly download = new Transfer();
  protected readonly error = signal<string | null>(null);

  protected async calendar(): Promise<void> {
    this.error.set(null);
    try {
      const response = await this.download.run(
        this.api.sessionCalendar(this.cohortId(), this.session().id),
      );
      saveFile(response, 'text/calendar', `${this.session().title.text}.ics`);
    } catch (error) {
      this.error.set(this.errors.describe(error));
    }
  }
}
