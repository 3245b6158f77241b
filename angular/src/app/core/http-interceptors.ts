import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { LanguageService } from './language.service';

/** The API localizes names and error messages by `Accept-Language`. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  const language = inject(LanguageService).current();
  return next(req.clone({ setHeaders: { 'Accept-Language': language } }));
};
