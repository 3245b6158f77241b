import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { Detail, ReadOnlyDetails } from './read-only-details';

describe('ReadOnlyDetails', () => {
  function render(details: Detail[]) {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('nb', {
      'Field:Name': 'Navn',
      'Enum:LeadershipModel.DualLeader': 'Todelt ledelse',
    });
    translate.use('nb');
    const fixture = TestBed.createComponent(ReadOnlyDetails);
    fixture.componentRef.setInput('details', details);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
    return {
      element,
      terms: [...element.querySelectorAll('dt')].map(text),
      values: [...element.querySelectorAll('dd')].map(text),
    };
  }

  it('shows each label with its value as text, with no field to type in', () => {
    const { element, terms, values } = render([
      { label: 'Field:Name', value: 'NAV Værnes' },
      { label: 'Field:Size', value: 0 },
      { label: 'Field:LeadershipModel', value: 'Enum:LeadershipModel.DualLeader', translate: true },
    ]);
    expect(terms).toEqual(['Navn', 'Field:Size', 'Field:LeadershipModel']);
    expect(values).toEqual(['NAV Værnes', '0', 'Todelt ledelse']);
    expect(element.querySelectorAll('input, select, textarea, button')).toHaveLength(0);
  });

  it('lists several values one a line, and shows a dash for nothing', () => {
    const { element, values } = render([
      { label: 'Field:Municipalities', value: ['Stjørdal', 'Meråker'] },
      { label: 'Field:Region', value: null },
      { label: 'Field:Code', value: '' },
      { label: 'Field:Municipalities', value: [] },
    ]);
    expect([...element.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Stjørdal',
      'Meråker',
    ]);
    expect(values.slice(1)).toEqual(['–', '–', '–']);
  });
});
