import { inject, Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.translate.onLangChange.subscribe(() => this.apply());
    this.apply();
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) return this.translate.instant('Ui:Paginator.Empty') as string;
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.translate.instant('Ui:Paginator.Range', { from, to, length }) as string;
  };

  private apply(): void {
    this.itemsPerPageLabel = this.translate.instant('Ui:Paginator.ItemsPerPage') as string;
    this.nextPageLabel = this.translate.instant('Ui:Paginator.Next') as string;
    this.previousPageLabel = this.translate.instant('Ui:Paginator.Previous') as string;
    this.firstPageLabel = this.translate.instant('Ui:Paginator.First') as string;
    this.lastPageLabel = this.translate.instant('Ui:Paginator.Last') as string;
    this.changes.next();
  }
}

/**
 * Provided by each list page rather than at the root, so the paginator (and the select and forms
 * code it pulls in) stays out of the first download.
 */
export const TRANSLATED_PAGINATOR = {
  provide: MatPaginatorIntl,
  useClass: TranslatedPaginatorIntl,
};
