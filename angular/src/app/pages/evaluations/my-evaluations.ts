import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { EvaluationsApi } from '../../data/evaluations-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';

/** The evaluations the signed-in person is asked to answer: open ones first, answered ones marked. */
@Component({
  selector: 'app-my-evaluations',
  imports: [AppDatePipe, MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, Alert],
  template: `
    <h1>{{ 'Page:Evaluations.Mine.Title' | translate }}</h1>
    <p class="hint">{{ 'Page:Evaluations.Mine.Intro' | translate }}</p>
    @if (list.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    @if (list.hasValue()) {
      @if (open().length === 0 && answered().length === 0) {
        <p data-testid="evaluations-none">{{ 'Page:Evaluations.Mine.None' | translate }}</p>
      }
      @if (open().length > 0) {
        <h2>{{ 'Page:Evaluations.Mine.Open' | translate }}</h2>
        <ul class="cards" data-testid="evaluations-open">
          @for (e of open(); track e.id) {
            <li>
              <span class="title">{{ e.title }}</span>
              <span class="hint">
                {{ 'Page:Evaluations.Mine.ClosesAt' | translate }}
                {{ e.closesAt | appDate: 'dateTime' }}
              </span>
              <a mat-flat-button [routerLink]="['/evaluations/answer', e.id]">
                {{ 'Page:Evaluations.Mine.Answer' | translate }}
                <span class="visually-hidden">: {{ e.title }}</span>
              </a>
            </li>
          }
        </ul>
      }
      @if (answered().length > 0) {
        <h2>{{ 'Page:Evaluations.Mine.AnsweredTitle' | translate }}</h2>
        <ul class="cards" data-testid="evaluations-answered">
          @for (e of answered(); track e.id) {
            <li>
              <span class="title">{{ e.title }}</span>
              <span class="answered">{{ 'Page:Evaluations.Mine.Answered' | translate }}</span>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 760px;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .cards li {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      padding: 12px 16px;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .title {
      font-weight: 600;
      flex: 1 1 200px;
    }
    .answered {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyEvaluationsPage {
  private readonly api = inject(EvaluationsApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  protected readonly list = resource({
    params: () => ({ language: this.language.current() }),
    loader: () => this.api.mine(),
  });

  private readonly all = computed(() => (this.list.hasValue() ? this.list.value() : []));
  protected readonly open = computed(() => this.all().filter((e) => !e.answered));
  protected readonly answered = computed(() => this.all().filter((e) => e.answered));
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? this.errors.describe(error) : null;
  });
}
