import { ChangeDetectorRef, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldError } from './field-error';

@Component({
  selector: 'app-test-host',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldError],
  template: `
    <form [formGroup]="form">
      <mat-form-field id="name">
        <mat-label>Navn</mat-label>
        <input matInput formControlName="name" />
        <mat-error *appFieldError="let message">{{ message }}</mat-error>
      </mat-form-field>
      <mat-form-field id="code">
        <mat-label>Kode</mat-label>
        <input matInput formControlName="code" />
        <mat-error *appFieldError="form.controls.name; let message">{{ message }}</mat-error>
      </mat-form-field>
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    name: new FormControl(''),
    code: new FormControl(''),
  });
}

describe('FieldError', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    // A page is checked again when its submission's error signal changes along with the controls.
    const check = () => {
      fixture.componentRef.injector.get(ChangeDetectorRef).markForCheck();
      fixture.detectChanges();
    };
    const element = fixture.nativeElement as HTMLElement;
    const errorIn = (id: string) =>
      element.querySelector(`#${id} mat-error`)?.textContent?.trim() ?? null;
    return { check, form: fixture.componentInstance.form, errorIn };
  }

  it("shows the server's error under the field's own control, and nothing without one", () => {
    const { check, form, errorIn } = render();
    expect(errorIn('name')).toBeNull();

    form.controls.name.setErrors({ server: 'Navn må fylles ut.' });
    form.controls.name.markAsTouched();
    check();
    expect(errorIn('name')).toBe('Navn må fylles ut.');

    form.controls.name.setErrors({ server: 'Navnet er for langt.' });
    check();
    expect(errorIn('name')).toBe('Navnet er for langt.');

    form.controls.name.setValue('NAV Værnes');
    check();
    expect(errorIn('name')).toBeNull();
  });

  it('shows the error of the control it names instead, and not a client-side error', () => {
    const { check, form, errorIn } = render();
    form.controls.code.setErrors({ required: true });
    form.controls.code.markAsTouched();
    check();
    expect(errorIn('code')).toBeNull();

    form.controls.name.setErrors({ server: 'Navn må fylles ut.' });
    form.controls.code.markAsTouched();
    check();
    expect(errorIn('code')).toBe('Navn må fylles ut.');
  });
});
