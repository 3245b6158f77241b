import { TestBed } from '@angular/core/testing';
import { applyServerErrors } from '../../core/problem-details';
import { pageTestProviders } from '../../testing/page-providers';
import { dateForm, RowForms, ScheduleDateForm } from './schedule-forms';

describe('RowForms', () => {
  it('keeps one form per row, and a reload does not overwrite what someone is typing', () => {
    const forms = new RowForms(dateForm);
    expect(forms.for('m1')).toBe(forms.for('m1'));
    expect(forms.for('m2')).not.toBe(forms.for('m1'));

    forms.refresh('m1', { date: '2027-01-18' });
    expect(forms.for('m1').value).toEqual({ date: '2027-01-18' });

    forms.for('m1').controls.date.setValue('2027-02-01');
    forms.for('m1').markAsDirty();
    forms.refresh('m1', { date: '2027-01-20' });
    expect(forms.for('m1').value).toEqual({ date: '2027-02-01' });
  });
});

describe('ScheduleDateForm', () => {
  it('names its field and Save after the row, sends on Save and shows the server error', async () => {
    TestBed.configureTestingModule({ providers: pageTestProviders([]) });
    const fixture = TestBed.createComponent(ScheduleDateForm);
    const form = dateForm();
    form.reset({ date: '2027-01-18' });
    fixture.componentRef.setInput('form', form);
    fixture.componentRef.setInput('label', 'Åpner: Modul 1');
    fixture.componentRef.setInput('name', 'Modul 1');
    const save = vi.fn();
    fixture.componentInstance.save.subscribe(save);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    const input = element.querySelector('input')!;
    expect(input.type).toBe('date');
    expect(input.value).toBe('2027-01-18');
    expect(input.getAttribute('aria-label')).toBe('Åpner: Modul 1');
    const button = element.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(button.getAttribute('aria-label')).toContain('Modul 1');

    button.click();
    expect(save).toHaveBeenCalledTimes(1);

    applyServerErrors(form, {
      status: 400,
      errors: { date: ['Datoen må ligge innenfor kullets periode.'] },
    });
    form.controls.date.markAsTouched();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Datoen må ligge innenfor kullets periode.',
    );

    fixture.componentRef.setInput('saving', true);
    await fixture.whenStable();
    expect(button.disabled).toBe(true);
  });
});
