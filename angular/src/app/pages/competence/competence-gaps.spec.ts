import { HttpRequest } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import { GapSummary, Heatmap, HeatmapRow } from '../../data/competence-api';
import { pageTestProviders } from '../../testing/page-providers';
import { CompetenceGapsPage, scopeOptions } from './competence-gaps';

const row = (officeId: string, officeName: string, regionId: string, regionName: string) =>
  ({
    officeId,
    officeName,
    regionId,
    regionName,
    cells: [{ competenceAreaId: 'a1', total: 4, covered: 1, coverage: 0.25 }],
  }) as HeatmapRow;

const counts = {
  total: 4,
  met: 1,
  expiringSoon: 0,
  expired: 1,
  missingWithinDeadline: 0,
  overdue: 2,
  coverage: 0.25,
};
const SUMMARY: GapSummary = {
  scopeName: 'Mitt ansvarsområde',
  total: counts,
  byCompetence: [{ id: 'a1', name: 'Personvern', counts }],
  byJobRole: [],
  byRequirement: [],
  byUnit: [],
};

describe('scopeOptions', () => {
  it('offers the regions and offices the viewer can see, each once and by name', () => {
    const options = scopeOptions([
      row('o2', 'NAV Værnes', 'r1', 'Trøndelag'),
      row('o1', 'NAV Malvik', 'r1', 'Trøndelag'),
      row('o3', 'NAV Bodø', 'r2', 'Nordland'),
    ]);
    expect(options.regions).toEqual([
      { id: 'r2', name: 'Nordland' },
      { id: 'r1', name: 'Trøndelag' },
    ]);
    expect(options.offices.map((o) => o.name)).toEqual(['NAV Bodø', 'NAV Malvik', 'NAV Værnes']);
  });
});

describe('CompetenceGapsPage', () => {
  let http: HttpTestingController;

  const isScope = (r: HttpRequest<unknown>) =>
    r.url.endsWith('/gaps/heatmap') && r.params.get('includeRecommended') === 'true';

  async function render(rows: HeatmapRow[]) {
    TestBed.configureTestingModule({
      imports: [CompetenceGapsPage],
      providers: pageTestProviders([Permissions.CompetenceViewGaps]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CompetenceGapsPage);
    fixture.detectChanges();
    const heatmap: Heatmap = { competences: [{ id: 'a1', name: 'Personvern' }], rows };
    await vi.waitFor(() => http.expectOne(isScope).flush(heatmap));
    http.expectOne((r) => r.url.endsWith('/gaps/heatmap') && !isScope(r)).flush(heatmap);
    http.expectOne((r) => r.url.endsWith('/gaps/summary')).flush(SUMMARY);
    http.expectOne((r) => r.url.endsWith('/job-roles')).flush([]);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  it('gives a leader with one office no office choice, only their office', async () => {
    const fixture = await render([row('o1', 'NAV Værnes', 'r1', 'Trøndelag')]);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=single-office]')?.textContent).toContain(
      'NAV Værnes',
    );
    const labels = [...element.querySelectorAll('mat-label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Field:JobRole']);
  });

  it('lets a coordinator choose among offices, and opens the people of a heatmap cell', async () => {
    const fixture = await render([
      row('o1', 'NAV Værnes', 'r1', 'Trøndelag'),
      row('o2', 'NAV Malvik', 'r1', 'Trøndelag'),
    ]);
    const element = fixture.nativeElement as HTMLElement;
    const labels = [...element.querySelectorAll('mat-label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Field:Office', 'Field:JobRole']);
    // The chart's numbers are also in a table.
    expect(element.querySelector('[data-testid=competence-table] tbody')?.textContent).toContain(
      '25\u00a0%',
    );

    element.querySelectorAll<HTMLButtonElement>('[data-testid=heatmap-cell]')[1].click();
    fixture.detectChanges();
    const request = await vi.waitFor(() => http.expectOne((r) => r.url.endsWith('/gaps/people')));
    expect(request.request.params.get('officeId')).toBe('o2');
    expect(request.request.params.get('competenceAreaId')).toBe('a1');
    expect(request.request.params.get('sorting')).toBe('lastName asc');
    request.flush({ totalCount: 0, items: [] });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=drill-down] h2')?.textContent).toContain(
      'Page:Competence.Gaps.DrillHeading',
    );
  });
});
