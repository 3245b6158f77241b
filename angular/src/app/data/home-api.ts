import { inject, Injectable } from '@angular/core';
import { Api } from '../proxy/api';
// Each function from its own file, not the index: this service loads with the app, and the index would bring every endpoint.
import { getHome } from '../proxy/fn/home/get-home';
import type { HomeDto } from '../proxy/models';

export type {
  HomeApprovalsDto as HomeApprovals,
  HomeCohortDto as HomeCohort,
  HomeCohortsDto as HomeCohorts,
  HomeCompetenceDto as HomeCompetence,
  HomeDto as Home,
  HomeEnrolmentsDto as HomeEnrolments,
  HomeFacilitationDto as HomeFacilitation,
  HomeGapsDto as HomeGaps,
  HomeMyCohortDto as HomeMyCohort,
  HomeProgrammeDto as HomeProgramme,
  HomeSystemDto as HomeSystem,
} from '../proxy/models';

@Injectable({ providedIn: 'root' })
export class HomeApi {
  private readonly api = inject(Api);

  /** Everything the caller's home page shows, in one request. */
  home(): Promise<HomeDto> {
    return this.api.invoke(getHome);
  }
}
