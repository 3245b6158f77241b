import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
// Each function from its own file, not the index: this service loads with the app, and the index would bring every endpoint.
import { getCurrentUser } from '../proxy/fn/identity/get-current-user';
import { CurrentUser } from './models';

@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly api = inject(Api);

  me(): Promise<CurrentUser> {
    return this.api.invoke(getCurrentUser);
  }
}
