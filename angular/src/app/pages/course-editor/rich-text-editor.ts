import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Editor } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { TiptapEditorDirective } from 'ngx-tiptap';

/** A formatting command of the toolbar: its label, whether it is on where the cursor is, and what it does. */
interface Command {
  id: string;
  label: string;
  active: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

/**
 * The rich-text editor of a lesson (tiptap): headings, emphasis, lists, quotes, links, tables
 * and pictures uploaded to the course. The server sanitizes what it sends whatever it is, so the
 * editor offers only what survives sanitizing. It writes no inline script or style.
 */
@Component({
  selector: 'app-rich-text-editor',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TiptapEditorDirective,
  ],
  template: `
    <fieldset class="rich-text">
      <legend [id]="id() + '-label'">{{ label() | translate }}</legend>
      <div
        class="toolbar"
        role="toolbar"
        [attr.aria-label]="'Page:CourseEditor.Editor.Toolbar' | translate"
      >
        @for (command of commands; track command.id) {
          <button
            mat-stroked-button
            type="button"
            [attr.aria-pressed]="tick() >= 0 && command.active(editor)"
            [class.active]="tick() >= 0 && command.active(editor)"
            (click)="command.run(editor)"
          >
            {{ command.label | translate }}
          </button>
        }
        <button mat-stroked-button type="button" (click)="linking.set(!linking())">
          {{ 'Page:CourseEditor.Editor.Link' | translate }}
        </button>
        <button mat-stroked-button type="button" (click)="picture.click()">
          {{ 'Page:CourseEditor.Editor.Image' | translate }}
        </button>
        <input
          #picture
          type="file"
          hidden
          accept="image/png,image/jpeg,image/gif,image/webp"
          (change)="pickImage(picture)"
        />
      </div>
      @if (linking()) {
        <div class="link-row">
          <mat-form-field>
            <mat-label>{{ 'Page:CourseEditor.Editor.LinkAddress' | translate }}</mat-label>
            <input matInput type="url" [id]="id() + '-link'" [formControl]="linkAddress" />
            <mat-hint>{{ 'Page:CourseEditor.Editor.LinkHint' | translate }}</mat-hint>
          </mat-form-field>
          <button mat-flat-button type="button" (click)="applyLink()">
            {{ 'Page:CourseEditor.Editor.LinkApply' | translate }}
          </button>
        </div>
      }
      <tiptap-editor
        class="content"
        [editor]="editor"
        [formControl]="control()"
        outputFormat="html"
      />
    </fieldset>
  `,
  styles: `
    .rich-text {
      border: 0;
      padding: 0;
      margin: 0 0 16px;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 8px;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-bottom: 8px;
    }
    .toolbar .active {
      font-weight: 700;
      text-decoration: underline;
    }
    .link-row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
    .content {
      display: block;
      border: 1px solid var(--a-border-default, #6a6a6a);
      border-radius: 4px;
      padding: 8px 12px;
      min-height: 12rem;
    }
    :host ::ng-deep .ProseMirror {
      min-height: 11rem;
      outline: none;
    }
    :host ::ng-deep .ProseMirror:focus-visible {
      outline: 2px solid var(--a-border-focus, #0067c5);
      outline-offset: 4px;
    }
    :host ::ng-deep .ProseMirror img {
      max-width: 100%;
    }
    :host ::ng-deep .ProseMirror table {
      border-collapse: collapse;
    }
    :host ::ng-deep .ProseMirror td,
    :host ::ng-deep .ProseMirror th {
      border: 1px solid #6a6a6a;
      padding: 4px 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RichTextEditor {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  /** Prefix of the ids inside. */
  readonly id = input('body');
  /** Uploads a picture for the course; resolves to the picture's readable address. */
  readonly uploadImage = input.required<(file: File) => Promise<string | null>>();
  readonly uploadFailed = output<unknown>();

  private readonly translate = inject(TranslateService);

  protected readonly linking = signal(false);
  /** Counts the editor's transactions, so that the toolbar shows what is on where the cursor is. */
  protected readonly tick = signal(0);
  protected readonly linkAddress = new FormControl('https://', { nonNullable: true });
  protected readonly editor = new Editor({
    // The app's stylesheet styles the editor: no style element is added at run time.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        link: { openOnClick: false, protocols: ['mailto'], defaultProtocol: 'https' },
      }),
      Image.configure({ inline: false }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': this.translate.instant('Page:CourseEditor.Editor.Label'),
      },
    },
  });

  protected readonly commands: Command[] = [
    this.command('h2', 'Page:CourseEditor.Editor.Heading2', 'heading', { level: 2 }, (c) =>
      c.toggleHeading({ level: 2 }),
    ),
    this.command('h3', 'Page:CourseEditor.Editor.Heading3', 'heading', { level: 3 }, (c) =>
      c.toggleHeading({ level: 3 }),
    ),
    this.command('bold', 'Page:CourseEditor.Editor.Bold', 'bold', {}, (c) => c.toggleBold()),
    this.command('italic', 'Page:CourseEditor.Editor.Italic', 'italic', {}, (c) =>
      c.toggleItalic(),
    ),
    this.command('bullets', 'Page:CourseEditor.Editor.BulletList', 'bulletList', {}, (c) =>
      c.toggleBulletList(),
    ),
    this.command('numbers', 'Page:CourseEditor.Editor.OrderedList', 'orderedList', {}, (c) =>
      c.toggleOrderedList(),
    ),
    this.command('quote', 'Page:CourseEditor.Editor.Quote', 'blockquote', {}, (c) =>
      c.toggleBlockquote(),
    ),
    this.command('table', 'Page:CourseEditor.Editor.Table', 'table', {}, (c) =>
      c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
    ),
  ];

  constructor() {
    this.editor.on('transaction', () => this.tick.update((n) => n + 1));
    inject(DestroyRef).onDestroy(() => this.editor.destroy());
  }

  protected applyLink(): void {
    const href = this.linkAddress.value.trim();
    const chain = this.editor.chain().focus().extendMarkRange('link');
    if (href === '' || href === 'https://') chain.unsetLink().run();
    else chain.setLink({ href }).run();
    this.linking.set(false);
  }

  protected async pickImage(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const src = await this.uploadImage()(file);
      if (src) this.editor.chain().focus().setImage({ src, alt: file.name }).run();
    } catch (error) {
      this.uploadFailed.emit(error);
    }
  }

  private command(
    id: string,
    label: string,
    mark: string,
    attributes: Record<string, unknown>,
    run: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>,
  ): Command {
    return {
      id,
      label,
      active: (editor) => editor.isActive(mark, attributes),
      run: (editor) => run(editor.chain().focus()).run(),
    };
  }
}
