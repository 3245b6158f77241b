import { TestBed } from '@angular/core/testing';
import { Heatmap } from '../../data/competence-api';
import { pageTestProviders } from '../../testing/page-providers';
import { GapHeatmap, heatmapGrid, HeatmapTarget } from './gap-heatmap';

const HEATMAP: Heatmap = {
  competences: [
    { id: 'a1', name: 'Personvern' },
    { id: 'a2', name: 'Etikk' },
  ],
  rows: [
    {
      officeId: 'o1',
      officeName: 'NAV Værnes',
      regionId: 'r1',
      regionName: 'Trøndelag',
      // Cells come in the server's order, not the columns'.
      cells: [
        { competenceAreaId: 'a2', total: 3, covered: 1, coverage: 1 / 3 },
        { competenceAreaId: 'a1', total: 6, covered: 5, coverage: 5 / 6 },
      ],
    },
    {
      officeId: 'o2',
      officeName: 'NAV Malvik',
      regionId: 'r1',
      regionName: 'Trøndelag',
      cells: [{ competenceAreaId: 'a1', total: 2, covered: 2, coverage: 1 }],
    },
  ],
};

describe('heatmapGrid', () => {
  it('lines cells up under their columns and leaves a gap where nothing is required', () => {
    const grid = heatmapGrid(HEATMAP);
    expect(grid.map((line) => line.cells.map((c) => c?.covered ?? null))).toEqual([
      [5, 1],
      [2, null],
    ]);
  });
});

describe('GapHeatmap', () => {
  function render() {
    TestBed.configureTestingModule({ imports: [GapHeatmap], providers: pageTestProviders([]) });
    const fixture = TestBed.createComponent(GapHeatmap);
    fixture.componentRef.setInput('heatmap', HEATMAP);
    fixture.detectChanges();
    return fixture;
  }

  it('writes each percentage and count in the cell, with the colour only repeating it', () => {
    const element = render().nativeElement as HTMLElement;
    const cells = [...element.querySelectorAll<HTMLButtonElement>('[data-testid=heatmap-cell]')];
    expect(cells.map((c) => c.querySelector('.percent')?.textContent)).toEqual([
      '83\u00a0%',
      '33\u00a0%',
      '100\u00a0%',
    ]);
    expect(cells[0].querySelector('.count')?.textContent).toBe('5/6');
    expect(cells[0].style.backgroundColor).not.toBe(cells[2].style.backgroundColor);
    // Screen-reader users hear which office and competence the cell is about.
    expect(cells[0].textContent).toContain('NAV Værnes, Personvern');
  });

  it('has row and column headers, and says in words where a competence is not required', () => {
    const element = render().nativeElement as HTMLElement;
    expect([...element.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(
      ['col', 'col', 'col'],
    );
    expect(element.querySelectorAll('tbody th[scope=row]').length).toBe(2);
    const missing = element.querySelectorAll('tbody tr')[1].querySelectorAll('td')[1];
    expect(missing.querySelector('button')).toBeNull();
    expect(missing.textContent).toContain('Page:Competence.Heatmap.NotRequired');
  });

  it('opens the office and competence of a cell, as a keyboard-operable button', () => {
    const fixture = render();
    const targets: HeatmapTarget[] = [];
    fixture.componentInstance.picked.subscribe((t) => targets.push(t));
    const cell = (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>(
      '[data-testid=heatmap-cell]',
    )[1];
    expect(cell.tagName).toBe('BUTTON');
    expect(cell.type).toBe('button');
    cell.click();
    expect(targets).toEqual([
      { officeId: 'o1', officeName: 'NAV Værnes', competenceAreaId: 'a2', competenceName: 'Etikk' },
    ]);
  });

  it('says so when there is nothing to show', () => {
    TestBed.configureTestingModule({ imports: [GapHeatmap], providers: pageTestProviders([]) });
    const fixture = TestBed.createComponent(GapHeatmap);
    fixture.componentRef.setInput('heatmap', { competences: [], rows: [] });
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Page:Competence.Heatmap.Empty',
    );
  });
});
