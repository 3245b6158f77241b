import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { PagedList } from './paged-list';

/** Free-text filter for a server-side list; waits for a pause in typing before it asks. */
@Component({
  selector: 'app-list-filter',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <mat-form-field class="filter-field" subscriptSizing="dynamic">
      <mat-label>{{ 'Ui:Filter' | translate }}</mat-label>
      <input matInput type="search" [formControl]="control" autocomplete="off" />
    </mat-form-field>
  `,
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListFilter implements OnInit {
  readonly list = input.required<PagedList<unknown>>();
  protected readonly control = new FormControl('', { nonNullable: true });
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    this.control.setValue(this.list().filter(), { emitEvent: false });
    this.control.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe((value) => this.list().setFilter(value));
  }
}
