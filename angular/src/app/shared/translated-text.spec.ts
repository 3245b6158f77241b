import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { applyServerErrors } from '../core/problem-details';
import type { ContentTextDto } from '../data/models';
import { ContentText } from './content-text';
import {
  toTranslatedTextInput,
  translatedTextGroup,
  TranslatedTextFields,
} from './translated-text';

@Component({
  imports: [TranslatedTextFields],
  template: `<app-translated-text-fields id="title" legend="Title" [group]="group" />`,
})
class FieldsHost {
  readonly group = translatedTextGroup({ nb: 'Lederrollen', nn: 'Leiarrolla', en: null });
}

@Component({
  imports: [ContentText],
  template: `<p><app-content-text [text]="text()" /></p>`,
})
class TextHost {
  readonly text = signal<ContentTextDto>({ text: 'Leiarrolla', language: 'nn', isFallback: false });
}

describe('TranslatedTextFields', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslateService()] }));

  it('shows bokmål, nynorsk and English, each marked with its language, and sends blank translations as none', async () => {
    const fixture = TestBed.createComponent(FieldsHost);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const inputs = [...element.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.map((i) => [i.id, i.lang, i.value])).toEqual([
      ['title-nb', 'nb', 'Lederrollen'],
      ['title-nn', 'nn', 'Leiarrolla'],
      ['title-en', 'en', ''],
    ]);
    expect(inputs[0].required).toBe(true);
    expect(inputs[1].required).toBe(false);

    inputs[2].value = '  The leadership role ';
    inputs[2].dispatchEvent(new Event('input'));
    inputs[1].value = '   ';
    inputs[1].dispatchEvent(new Event('input'));
    expect(toTranslatedTextInput(fixture.componentInstance.group.getRawValue())).toEqual({
      nb: 'Lederrollen',
      nn: null,
      en: 'The leadership role',
    });
  });

  it('shows the server’s error at the language it names', async () => {
    const fixture = TestBed.createComponent(FieldsHost);
    await fixture.whenStable();
    const group = fixture.componentInstance.group;
    applyServerErrors(group, { errors: { nn: ['Kan ikkje vere lengre enn 200 teikn.'] } });
    // As after the user's click on Save: an event in the fields lets them show what changed.
    (fixture.nativeElement as HTMLElement)
      .querySelector('#title-nn')!
      .dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    const errors = [...(fixture.nativeElement as HTMLElement).querySelectorAll('mat-error')];
    expect(errors.map((e) => e.textContent?.trim())).toEqual([
      'Kan ikkje vere lengre enn 200 teikn.',
    ]);
    expect(group.controls.nn.invalid).toBe(true);
    expect(group.controls.nb.valid).toBe(true);
  });
});

describe('ContentText', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslateService()] }));

  it('shows a translated text as it is, and a bokmål fallback with lang="nb" and a visible marker', async () => {
    const fixture = TestBed.createComponent(TextHost);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent?.trim()).toBe('Leiarrolla');
    expect(element.querySelector('[lang]')).toBeNull();
    expect(element.querySelector('.bokmal-only')).toBeNull();

    fixture.componentInstance.text.set({ text: 'Lederrollen', language: 'nb', isFallback: true });
    await fixture.whenStable();
    const text = element.querySelector('[lang]')!;
    expect(text.getAttribute('lang')).toBe('nb');
    expect(text.textContent).toBe('Lederrollen');
    const marker = element.querySelector('.bokmal-only')!;
    expect(marker.textContent).toContain('Ui:Content.BokmalOnly');
    expect(marker.getAttribute('title')).toBe('Ui:Content.BokmalOnlyHint');
  });
});
