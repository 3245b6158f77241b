import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { pageTestProviders } from '../testing/page-providers';
import { FormRows, RowsEditor, RowTemplate } from './rows-editor';

const stop = (name = '') => new FormGroup({ name: new FormControl(name, { nonNullable: true }) });

@Component({
  imports: [ReactiveFormsModule, RowsEditor, RowTemplate],
  template: `
    <form [formGroup]="form">
      <ol
        appRowsEditor
        #editor="rowsEditor"
        formArrayName="stops"
        [rows]="stops"
        idPrefix="stop"
        rowLabel="Test:Stop"
        removeLabel="Test:Remove"
        removedMessage="Test:Removed"
      >
        <ng-template appRow [appRowOf]="stops" let-i="index" let-label="label">
          <fieldset [formGroupName]="i">
            <legend>{{ label }}</legend>
            <input [id]="'stop-' + i + '-name'" formControlName="name" />
          </fieldset>
        </ng-template>
      </ol>
      <button type="button" id="add-stop" (click)="editor.add()">Add</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = new FormGroup({
    stops: new FormArray([stop('Oslo'), stop('Hamar'), stop('Lillehammer')]),
  });
  readonly stops = new FormRows(this.form.controls.stops, () => stop());
}

describe('RowsEditor', () => {
  const announce = vi.fn();

  async function render() {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [...pageTestProviders([]), { provide: LiveAnnouncer, useValue: { announce } }],
    });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const rows = () => [...element.querySelectorAll<HTMLLIElement>('[formarrayname=stops] > li')];
    const names = () => fixture.componentInstance.form.getRawValue().stops.map((s) => s.name);
    const click = async (selector: string) => {
      element.querySelector<HTMLButtonElement>(selector)!.click();
      await fixture.whenStable();
    };
    return { fixture, element, rows, names, click };
  }

  beforeEach(() => announce.mockClear());

  it('shows each row with its fields, bound to its own group, and buttons that name the row', async () => {
    const { rows } = await render();
    expect(rows()).toHaveLength(3);
    const second = rows()[1];
    expect(second.querySelector('legend')?.textContent).toContain('Test:Stop');
    expect(second.querySelector<HTMLInputElement>('#stop-1-name')!.value).toBe('Hamar');
    const buttons = [...second.querySelectorAll('button')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(buttons).toEqual([
      'Ui:Rows.MoveUp Test:Stop',
      'Ui:Rows.MoveDown Test:Stop',
      'Test:Remove Test:Stop',
    ]);
    expect(rows()[0].querySelector<HTMLButtonElement>('#stop-0-up')!.disabled).toBe(true);
    expect(rows()[2].querySelector<HTMLButtonElement>('#stop-2-down')!.disabled).toBe(true);
  });

  it('moves a row up and down, keeps the focus on it, and says where it went', async () => {
    const { fixture, names, click } = await render();
    await click('#stop-2-up');
    expect(names()).toEqual(['Oslo', 'Lillehammer', 'Hamar']);
    expect(fixture.componentInstance.form.dirty).toBe(true);
    expect(announce).toHaveBeenCalledWith('Ui:Rows.Moved', 'polite');
    expect(document.activeElement?.id).toBe('stop-1-up');

    // At the top the up button is disabled, so focus stays on the row through its down button.
    await click('#stop-1-up');
    expect(names()).toEqual(['Lillehammer', 'Oslo', 'Hamar']);
    expect(document.activeElement?.id).toBe('stop-0-down');

    await click('#stop-0-down');
    expect(names()).toEqual(['Oslo', 'Lillehammer', 'Hamar']);
    expect(document.activeElement?.id).toBe('stop-1-down');
  });

  it('removes a row, says so, and adds an empty row with the focus in its first field', async () => {
    const { element, rows, names, click } = await render();
    const remove = [...rows()[0].querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Test:Remove'),
    )!;
    remove.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(names()).toEqual(['Hamar', 'Lillehammer']);
    expect(announce).toHaveBeenCalledWith('Test:Removed', 'polite');
    expect(document.activeElement?.id).toBe('add-stop');

    await click('#add-stop');
    expect(rows()).toHaveLength(3);
    expect(names()).toEqual(['Hamar', 'Lillehammer', '']);
    expect(document.activeElement).toBe(element.querySelector('#stop-2-name'));
  });
});

describe('FormRows', () => {
  it('ignores moves and removals outside the list', () => {
    const rows = new FormRows(new FormArray([stop('a'), stop('b')]), () => stop());
    rows.move(0, 2);
    rows.move(-1, 0);
    rows.remove(2);
    expect(rows.array.getRawValue().map((s) => s.name)).toEqual(['a', 'b']);
    expect(rows.array.dirty).toBe(false);
    rows.move(1, 0);
    expect(rows.rows().map((r) => r.value.name)).toEqual(['b', 'a']);
  });
});
