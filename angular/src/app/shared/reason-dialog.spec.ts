import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { pageTestProviders } from '../testing/page-providers';
import { ReasonDialog, ReasonField, ReasonRule, ReasonStep } from './reason-dialog';

const FIELD: ReasonField = {
  label: { required: 'Test:Reason.Required', optional: 'Test:Reason.Optional' },
  hint: 'Test:Reason.Hint',
  missing: 'Test:Reason.Missing',
  maxLength: 300,
};

async function open(reason: ReasonRule, run: (reason: string) => Promise<unknown>) {
  const close = vi.fn();
  const step: ReasonStep = {
    title: 'Avslå',
    message: 'Avslå søknaden?',
    confirm: 'Avslå nå',
    reason,
    field: FIELD,
    run,
  };
  TestBed.configureTestingModule({
    imports: [ReasonDialog],
    providers: [
      ...pageTestProviders([]),
      { provide: MAT_DIALOG_DATA, useValue: step },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(ReasonDialog);
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const textarea = () => element.querySelector('textarea');
  const type = (value: string) => {
    textarea()!.value = value;
    textarea()!.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  return { fixture, element, textarea, type, submit, close };
}

describe('ReasonDialog', () => {
  it('stops an empty required reason, then sends the reason and closes with the result', async () => {
    const run = vi.fn(async (reason: string) => ({ rejected: reason }));
    const { element, textarea, type, submit, close } = await open('required', run);

    expect(element.querySelector('h2')?.textContent).toContain('Avslå');
    expect(element.textContent).toContain('Avslå søknaden?');
    expect(element.querySelector('label')?.textContent).toContain('Test:Reason.Required');
    expect(element.textContent).toContain('Test:Reason.Hint');
    expect(textarea()!.required).toBe(true);
    expect(textarea()!.maxLength).toBe(300);

    type('   ');
    await submit();
    expect(element.querySelector('mat-error')?.textContent).toContain('Test:Reason.Missing');
    expect(run).not.toHaveBeenCalled();

    type('For sent innlevert');
    await submit();
    await vi.waitFor(() => expect(close).toHaveBeenCalledWith({ rejected: 'For sent innlevert' }));
  });

  it('lets an optional reason be left empty and closes with true when the step returns nothing', async () => {
    const run = vi.fn(async () => undefined);
    const { element, textarea, submit, close } = await open('optional', run);

    expect(element.querySelector('label')?.textContent).toContain('Test:Reason.Optional');
    expect(textarea()!.required).toBe(false);
    await submit();
    await vi.waitFor(() => expect(close).toHaveBeenCalledWith(true));
    expect(run).toHaveBeenCalledWith('');
  });

  it('asks nothing where no reason is wanted', async () => {
    const { textarea } = await open('none', async () => true);
    expect(textarea()).toBeNull();
  });

  it("shows the server's objection to the reason at the field and stays open", async () => {
    const run = vi.fn(async () => {
      throw new HttpErrorResponse({
        status: 400,
        error: { status: 400, errors: { reason: ['Begrunnelsen er for kort.'] } },
      });
    });
    const { fixture, element, type, submit, close } = await open('required', run);

    type('x');
    await submit();
    await vi.waitFor(() => {
      fixture.detectChanges();
      expect(element.querySelector('mat-error')?.textContent).toContain(
        'Begrunnelsen er for kort.',
      );
    });
    expect(close).not.toHaveBeenCalled();
  });
});
