import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { Alert } from './alert';
import { Entity, EntityEditor } from './entity-editor';
import { SelectField, TextField } from './form-field';
import { ReadOnlyDetails } from './read-only-details';

/** The parts of an editor these pieces show, whatever entity it edits. */
type Editor = Pick<
  EntityEditor<Entity, unknown>,
  | 'listPath'
  | 'entity'
  | 'name'
  | 'canManage'
  | 'loading'
  | 'saving'
  | 'error'
  | 'conflict'
  | 'reload'
  | 'remove'
>;

// A detail page is <app-edit-page> around the page's own <form>, with its fields and
// <app-edit-page-actions> at the end. The form stays in the page because its fields find their
// FormGroup through the page's template, not through a component they are projected into.
// Pages whose editor is not an EntityEditor use <app-edit-page-header> on its own.

/** Back link, heading with the entity's name, loading bar and the page's error. */
@Component({
  selector: 'app-edit-page-header',
  imports: [RouterLink, TranslatePipe, MatButtonModule, MatProgressBarModule, Alert],
  template: `
    <p>
      <a [routerLink]="editor().listPath">{{ backLabel() | translate }}</a>
    </p>
    <h1>
      {{ title() | translate }}
      @if (editor().name(); as name) {
        <span class="subtitle">{{ name }}</span>
      }
    </h1>
    @if (editor().loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="editor().error()">
      @if (editor().conflict()) {
        <button mat-button type="button" (click)="editor().reload()">
          {{ 'Ui:Reload' | translate }}
        </button>
      }
    </app-alert>
  `,
  // A static `title="Page:…"` also lands on the host element as an HTML attribute, which the
  // browser shows as a tooltip over the whole heading: the raw key. The input is the heading only.
  host: { style: 'display: contents', '[attr.title]': 'null' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditPageHeader {
  readonly editor = input.required<Editor>();
  /** Translation keys. */
  readonly title = input.required<string>();
  readonly backLabel = input.required<string>();
}

/** Save and delete, for those who may change the entity; content goes before them. */
@Component({
  selector: 'app-edit-page-actions',
  imports: [TranslatePipe, MatButtonModule, MatIconModule],
  template: `
    @if (editor().canManage()) {
      <div class="form-actions">
        <ng-content />
        <button mat-flat-button type="submit" [disabled]="editor().saving()">
          {{ 'Ui:Save' | translate }}
        </button>
        @if (editor().entity()) {
          <button mat-stroked-button type="button" (click)="editor().remove()">
            <mat-icon svgIcon="trash" />{{ 'Ui:Delete' | translate }}
          </button>
        }
      </div>
    }
  `,
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditPageActions {
  readonly editor = input.required<Editor>();
}

/**
 * A whole detail page: the header, then the page's form (its content) for those who may change
 * the entity, and for everyone else the entity as text when the editor describes it so.
 */
@Component({
  selector: 'app-edit-page',
  imports: [EditPageHeader, ReadOnlyDetails],
  template: `
    <app-edit-page-header [editor]="editor()" [title]="title()" [backLabel]="backLabel()" />
    @if (!editor().readOnly()) {
      <ng-content />
    } @else if (editor().details(); as details) {
      <app-read-only-details [details]="details" />
    }
  `,
  // As on the header: the static title is the heading's key, not a tooltip.
  host: { style: 'display: contents', '[attr.title]': 'null' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditPage {
  readonly editor = input.required<
    Editor & Pick<EntityEditor<Entity, unknown>, 'readOnly' | 'details'>
  >();
  /** Translation keys. */
  readonly title = input.required<string>();
  readonly backLabel = input.required<string>();
}

/** What an edit page's template uses besides its own pieces: the frame, its actions and fields. */
export const EDIT_PAGE_KIT = [
  ReactiveFormsModule,
  EditPage,
  EditPageActions,
  TextField,
  SelectField,
] as const;
