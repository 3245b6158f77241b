import { ApplicationRef, ChangeDetectorRef, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { SelectField, TextField } from './form-field';

@Component({
  selector: 'app-test-host',
  imports: [ReactiveFormsModule, TextField, SelectField],
  template: `
    <form [formGroup]="form">
      <app-text-field control="name" label="Field:Name" hint="Field:NameHint" />
      <app-text-field control="size" label="Field:Size" type="number" [min]="0" />
      <app-select-field control="regionId" label="Field:Region" [options]="regions" />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    size: new FormControl<number | null>(null),
    regionId: new FormControl('r2', { nonNullable: true }),
  });
  readonly regions = [
    { id: 'r1', name: 'Trøndelag' },
    { id: 'r2', name: 'Vestland' },
  ];
}

describe('TextField and SelectField', () => {
  function render() {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const check = () => {
      fixture.componentRef.injector.get(ChangeDetectorRef).markForCheck();
      fixture.detectChanges();
    };
    return { element, form: fixture.componentInstance.form, check };
  }

  it("binds to the page's form by control name, a number field as a number", async () => {
    const { element, form, check } = render();
    const name = element.querySelector<HTMLInputElement>('input[formcontrolname=name]')!;
    name.value = 'NAV Værnes';
    name.dispatchEvent(new Event('input'));
    const size = element.querySelector<HTMLInputElement>('input[formcontrolname=size]')!;
    size.value = '12';
    size.dispatchEvent(new Event('input'));
    expect(form.getRawValue()).toEqual({ name: 'NAV Værnes', size: 12, regionId: 'r2' });
    expect(size.getAttribute('min')).toBe('0');
    await TestBed.inject(ApplicationRef).whenStable();
    check();
    expect(element.querySelector('mat-select[formcontrolname=regionId]')?.textContent).toContain(
      'Vestland',
    );
  });

  it('labels the field, shows its hint, and the server error in place of the hint', () => {
    const { element, form, check } = render();
    const field = element.querySelector('input[formcontrolname=name]')!.closest('mat-form-field')!;
    expect(field.querySelector('mat-label')?.textContent).toContain('Field:Name');
    expect(field.querySelector('mat-hint')?.textContent).toContain('Field:NameHint');

    form.controls.name.setErrors({ server: 'Navn må fylles ut.' });
    form.controls.name.markAsTouched();
    check();
    expect(field.querySelector('mat-error')?.textContent).toContain('Navn må fylles ut.');
    expect(field.querySelector('mat-hint')).toBeNull();
  });
});
