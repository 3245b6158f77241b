import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
} from '@angular/core';
import { FormArray, FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  CompetenceCatalogueApi,
  ProficiencyScale,
  ProficiencyScaleInput,
} from '../../data/competence-catalogue-api';
import { Alert } from '../../shared/alert';
import { EDIT_PAGE_KIT } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { CATALOGUE_PATH } from './catalogue-tabs';
import {
  LocalizedTextFields,
  LocalizedTextGroup,
  localizedTextGroup,
  toLocalizedTextInput,
} from './localized-text';
import { MAX_SCALE_LEVELS, ScaleLevelEditor } from './scale-levels';

/** A button beside a level; `label` is a translation key. */
interface LevelAction {
  id: string | null;
  icon: string;
  label: string;
  disabled: boolean;
  run: () => void;
}

@Component({
  selector: 'app-proficiency-scale-edit',
  imports: [
    EDIT_PAGE_KIT,
    TranslatePipe,
    MatButtonModule,
    MatIconModule,
    Alert,
    LocalizedTextFields,
  ],
  template: `
    <app-edit-page
      [editor]="editor"
      [title]="id() ? 'Page:CompetenceAdmin.Scales.Edit' : 'Page:CompetenceAdmin.Scales.New'"
      backLabel="Page:CompetenceAdmin.Scales.BackToList"
    >
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <app-localized-text-fields [group]="form.controls.name" legend="Field:Name" />

        <h2 id="levels-heading">{{ 'Page:CompetenceAdmin.Scales.Levels' | translate }}</h2>
        <p class="intro">{{ 'Page:CompetenceAdmin.Scales.LevelsIntro' | translate }}</p>
        <app-alert [message]="form.controls.levels.getError('server')" />
        <ol class="levels" aria-labelledby="levels-heading" data-testid="scale-levels">
          @for (level of levelEditor.rows(); track level; let i = $index, last = $last) {
            <li>
              <app-localized-text-fields
                [group]="level"
                legend="Page:CompetenceAdmin.Scales.Level"
                [legendParams]="{ level: i + 1 }"
              />
              @if (editor.canManage()) {
                <div class="level-actions">
                  @for (action of levelActions(i, last); track action.label) {
                    <button
                      mat-stroked-button
                      type="button"
                      [attr.id]="action.id"
                      [disabled]="action.disabled"
                      (click)="action.run()"
                    >
                      <mat-icon [svgIcon]="action.icon" />
                      {{ action.label | translate }}
                      <span class="visually-hidden">{{
                        'Page:CompetenceAdmin.Scales.Level' | translate: { level: i + 1 }
                      }}</span>
                    </button>
                  }
                </div>
              }
            </li>
          }
        </ol>

        <app-edit-page-actions [editor]="editor">
          <button
            mat-stroked-button
            type="button"
            id="add-level"
            [disabled]="levelEditor.rows().length >= maxLevels"
            (click)="add()"
          >
            <mat-icon svgIcon="plus" />{{ 'Page:CompetenceAdmin.Scales.AddLevel' | translate }}
          </button>
        </app-edit-page-actions>
      </form>
    </app-edit-page>
  `,
  styles: `
    .intro {
      max-width: 70ch;
    }
    .levels {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
    }
    .levels li {
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      padding: 12px 0;
    }
    .level-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProficiencyScaleEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly announcer = inject(LiveAnnouncer);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly language = inject(LanguageService);

  protected readonly form = new FormGroup({
    name: localizedTextGroup(),
    levels: new FormArray<LocalizedTextGroup>([localizedTextGroup()]),
  });
  protected readonly levelEditor = new ScaleLevelEditor(this.form.controls.levels);
  protected readonly maxLevels = MAX_SCALE_LEVELS;
  protected readonly editor = new EntityEditor<ProficiencyScale, ProficiencyScaleInput>({
    api: inject(CompetenceCatalogueApi).scales,
    id: this.id,
    form: this.form,
    managePermission: Permissions.CompetenceManageCatalogue,
    name: (scale) => scale.name,
    toInput: () => ({
      name: toLocalizedTextInput(this.form.controls.name.getRawValue()),
      levels: this.levelEditor.toInput(),
    }),
    patch: (scale) => {
      this.levelEditor.reset(scale.levels);
      this.form.controls.name.reset(scale.names);
    },
    listPath: `${CATALOGUE_PATH}/scales`,
    // For those who may only look: the name, and the levels in order.
    details: (scale) => {
      const language = this.language.current();
      return [
        { label: 'Field:Name', value: scale.names[language] || scale.name },
        {
          label: 'Page:CompetenceAdmin.Scales.Levels',
          value: scale.levels.map((l) => `${l.level} ${l.names[language] || l.name}`),
        },
      ];
    },
  });

  /** Move up, move down and remove, for the level at `index`. */
  protected levelActions(index: number, last: boolean): LevelAction[] {
    return [
      {
        id: `level-${index}-up`,
        icon: 'arrow-up',
        label: 'Page:CompetenceAdmin.Scales.MoveUp',
        disabled: index === 0,
        run: () => this.move(index, index - 1, 'up'),
      },
      {
        id: `level-${index}-down`,
        icon: 'arrow-down',
        label: 'Page:CompetenceAdmin.Scales.MoveDown',
        disabled: last,
        run: () => this.move(index, index + 1, 'down'),
      },
      {
        id: null,
        icon: 'trash',
        label: 'Page:CompetenceAdmin.Scales.RemoveLevel',
        disabled: this.levelEditor.rows().length === 1,
        run: () => this.remove(index),
      },
    ];
  }

  protected add(): void {
    this.levelEditor.add();
    const level = this.levelEditor.count;
    this.focusAfterRender(`[data-testid=scale-levels] > li:nth-child(${level}) input`);
  }

  protected remove(index: number): void {
    this.levelEditor.remove(index);
    this.announce('Page:CompetenceAdmin.Scales.LevelRemoved', { level: index + 1 });
    this.focusAfterRender('#add-level');
  }

  protected move(from: number, to: number, direction: 'up' | 'down'): void {
    if (!this.levelEditor.move(from, to)) return;
    this.announce('Page:CompetenceAdmin.Scales.LevelMoved', { from: from + 1, to: to + 1 });
    // The clicked button moved with its row; keep the focus on it, or on its twin at either end.
    const edge =
      (direction === 'up' && to === 0) ||
      (direction === 'down' && to === this.levelEditor.count - 1);
    const other = direction === 'up' ? 'down' : 'up';
    this.focusAfterRender(`#level-${to}-${edge ? other : direction}`);
  }

  private announce(key: string, params: Record<string, unknown>): void {
    void this.announcer.announce(this.translate.instant(key, params) as string, 'polite');
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
