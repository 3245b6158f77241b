import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgTemplateOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  contentChild,
  Directive,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  TemplateRef,
} from '@angular/core';
import { AbstractControl, FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

/**
 * One of a form's dynamic lists: the FormArray, and its rows as a signal renewed on every change
 * (the FormArray changes in place, which an OnPush template would not notice).
 */
export class FormRows<C extends AbstractControl> {
  readonly rows = signal<C[]>([]);

  constructor(
    readonly array: FormArray<C>,
    private readonly create: () => C,
  ) {
    this.changed();
  }

  get count(): number {
    return this.array.length;
  }

  add(control: C = this.create()): void {
    this.array.push(control);
    this.array.markAsDirty();
    this.changed();
  }

  remove(index: number): void {
    if (index < 0 || index >= this.array.length) return;
    this.array.removeAt(index);
    this.array.markAsDirty();
    this.changed();
  }

  /** Moves a row to another place; the others keep their order. */
  move(from: number, to: number): void {
    const last = this.array.length - 1;
    if (from === to || from < 0 || to < 0 || from > last || to > last) return;
    const control = this.rows()[from];
    this.array.removeAt(from, { emitEvent: false });
    this.array.insert(to, control);
    this.array.markAsDirty();
    this.changed();
  }

  reset(controls: C[]): void {
    this.array.clear({ emitEvent: false });
    controls.forEach((control) => this.array.push(control, { emitEvent: false }));
    this.array.updateValueAndValidity();
    this.changed();
  }

  private changed(): void {
    this.rows.set([...this.array.controls] as C[]);
  }
}

/** What a row's template gets: the row's control, its place, and its label ("Gathering 2"). */
export interface RowContext<C> {
  $implicit: C;
  index: number;
  label: string;
}

/** The fields of one row: `<ng-template appRow let-row let-i="index" let-label="label">`. */
@Directive({ selector: 'ng-template[appRow]' })
export class RowTemplate<C extends AbstractControl> {
  readonly template = inject<TemplateRef<RowContext<C>>>(TemplateRef);
  /** Only for type checking: the rows the template is used with. */
  readonly appRowOf = input<FormRows<C>>();

  static ngTemplateContextGuard<C extends AbstractControl>(
    _dir: RowTemplate<C>,
    _ctx: unknown,
  ): _ctx is RowContext<C> {
    return true;
  }
}

/**
 * The rows of a dynamic list, each with its fields (from the `appRow` template) and buttons to move
 * it up or down and to remove it. Every button names its row for screen readers, a move or removal
 * is announced, and focus goes where the user's next step is. Used on the list element itself, so
 * that `formArrayName` can sit beside it and the row templates bind to their row by index:
 *
 * `<ol appRowsEditor formArrayName="gatherings" [rows]="…" idPrefix="gathering" …>`
 * and a button elsewhere calling `add()` on it.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- on the list element, beside its formArrayName
  selector: 'ol[appRowsEditor]',
  exportAs: 'rowsEditor',
  imports: [NgTemplateOutlet, TranslatePipe, MatButtonModule, MatIconModule],
  template: `
    @for (row of rows().rows(); track row; let i = $index, last = $last) {
      <li class="row">
        @let label = rowLabel() | translate: { n: i + 1 };
        @if (rowTemplate(); as fields) {
          <ng-container
            [ngTemplateOutlet]="fields.template"
            [ngTemplateOutletContext]="{ $implicit: row, index: i, label }"
          />
        }
        <div class="row-actions">
          <button
            mat-stroked-button
            type="button"
            [id]="idPrefix() + '-' + i + '-up'"
            [disabled]="i === 0"
            (click)="move(i, i - 1)"
          >
            <mat-icon svgIcon="arrow-up" />{{ 'Ui:Rows.MoveUp' | translate }}
            <span class="visually-hidden">{{ label }}</span>
          </button>
          <button
            mat-stroked-button
            type="button"
            [id]="idPrefix() + '-' + i + '-down'"
            [disabled]="last"
            (click)="move(i, i + 1)"
          >
            <mat-icon svgIcon="arrow-down" />{{ 'Ui:Rows.MoveDown' | translate }}
            <span class="visually-hidden">{{ label }}</span>
          </button>
          <button mat-stroked-button type="button" (click)="remove(i)">
            <mat-icon svgIcon="trash" />{{ removeLabel() | translate }}
            <span class="visually-hidden">{{ label }}</span>
          </button>
        </div>
      </li>
    }
  `,
  styles: `
    :host {
      display: block;
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
    }
    .row {
      padding: 8px 0 12px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowsEditor<C extends AbstractControl> {
  readonly rows = input.required<FormRows<C>>();
  /** Ids in the list start with it: rows' fields `gathering-0-…`, the add button `add-gathering`. */
  readonly idPrefix = input.required<string>();
  /** Translation keys: a row's name with its number `{{n}}`, the remove button, and the message after removing. */
  readonly rowLabel = input.required<string>();
  readonly removeLabel = input.required<string>();
  readonly removedMessage = input.required<string>();

  protected readonly rowTemplate = contentChild<RowTemplate<C>>(RowTemplate);
  private readonly translate = inject(TranslateService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLOListElement>>(ElementRef);

  /** Adds an empty row and takes the user to its first field. */
  add(): void {
    const rows = this.rows();
    rows.add();
    const index = rows.count - 1;
    afterNextRender(
      () =>
        this.host.nativeElement.children[index]
          ?.querySelector<HTMLElement>('input, textarea, mat-select')
          ?.focus(),
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    this.rows().remove(index);
    this.announce(this.translate.instant(this.removedMessage(), { n: index + 1 }) as string);
    this.focus(`add-${this.idPrefix()}`);
  }

  protected move(from: number, to: number): void {
    const row = this.translate.instant(this.rowLabel(), { n: from + 1 }) as string;
    this.rows().move(from, to);
    this.announce(this.translate.instant('Ui:Rows.Moved', { row, position: to + 1 }) as string);
    // The same button on the row's new place, unless the row has reached that end of the list.
    const direction = to < from ? 'up' : 'down';
    const atEnd = direction === 'up' ? to === 0 : to === this.rows().count - 1;
    this.focus(
      `${this.idPrefix()}-${to}-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`,
    );
  }

  private announce(message: string): void {
    void this.announcer.announce(message, 'polite');
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
