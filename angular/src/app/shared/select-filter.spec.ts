import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { SelectFilter } from './select-filter';

describe('SelectFilter', () => {
  it('offers "all" and the options, and says which one was chosen, or none for all', async () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(SelectFilter);
    fixture.componentRef.setInput('label', 'Field:Region');
    fixture.componentRef.setInput('options', [
      { id: 'r1', name: 'Trøndelag' },
      { id: 'r2', name: 'Vestland' },
    ]);
    const chosen: (string | undefined)[] = [];
    fixture.componentInstance.changed.subscribe((id) => chosen.push(id));
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;

    element.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    fixture.detectChanges();
    const options = () => [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options().map((o) => o.textContent?.trim())).toEqual([
      'Ui:All',
      'Trøndelag',
      'Vestland',
    ]);
    options()[2].click();
    fixture.detectChanges();
    await fixture.whenStable();

    element.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    fixture.detectChanges();
    options()[0].click();
    expect(chosen).toEqual(['r2', undefined]);
  });
});
