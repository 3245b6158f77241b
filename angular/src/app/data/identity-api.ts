import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
import { getCurrentUser } from '../proxy/functions';
import { CurrentUser } from './models';

@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly api = inject(Api);

  me(): Promise<CurrentUser> {
    return this.api.invoke(getCurrentUser);
  }
}
