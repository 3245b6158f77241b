import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { BarChart, BarSeries, CHART_COLOURS, ChartColumn, percentBars } from './bar-chart';

interface Row {
  name: string;
  done: number;
  open: number;
  share: number;
}

const ROWS: Row[] = [
  { name: 'Kull 1', done: 12, open: 3, share: 0.8 },
  { name: 'Kull 2', done: 4, open: 9, share: 0.308 },
];

const SERIES: BarSeries<Row>[] = [
  { key: 'done', label: 'Page:Test.Done', value: (r) => r.done },
  { key: 'open', label: 'Page:Test.Open', value: (r) => r.open },
];

/** WCAG's relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

function render(inputs: Record<string, unknown>) {
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  const fixture = TestBed.createComponent(BarChart<Row>);
  fixture.componentRef.setInput('rows', ROWS);
  fixture.componentRef.setInput('series', SERIES);
  fixture.componentRef.setInput('nameLabel', 'Page:Test.Cohort');
  fixture.componentRef.setInput('caption', 'Page:Test.Caption');
  fixture.componentRef.setInput('testId', 'cohorts');
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

const cells = (element: HTMLElement) =>
  [...element.querySelectorAll('[data-testid=cohorts-table] tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent?.trim()),
  );

describe('BarChart', () => {
  it('has the same numbers as the bars in a table with a caption, and column headings', () => {
    const { element } = render({});
    const table = element.querySelector('[data-testid=cohorts-table]')!;
    expect(table.querySelector('caption')?.textContent?.trim()).toBe('Page:Test.Caption');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
      'Page:Test.Cohort',
      'Page:Test.Done',
      'Page:Test.Open',
    ]);
    expect(cells(element)).toEqual([
      ['Kull 1', '12', '3'],
      ['Kull 2', '4', '9'],
    ]);
    expect(table.querySelector('tbody tr [data-column=open]')?.textContent?.trim()).toBe('3');
  });

  it('can be reached by keyboard and says in words what every bar shows', () => {
    const { element } = render({});
    const canvas = element.querySelector<HTMLCanvasElement>('[data-testid=cohorts-chart]')!;
    expect(canvas.getAttribute('tabindex')).toBe('0');
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe(
      'Page:Test.Caption. Kull 1: Page:Test.Done 12, Page:Test.Open 3; ' +
        'Kull 2: Page:Test.Done 4, Page:Test.Open 9',
    );
  });

  it('shows columns of its own, such as a rate in bold, when the page gives them', () => {
    const columns: ChartColumn<Row>[] = [
      { key: 'total', label: 'Page:Test.Total', value: (r) => r.done + r.open },
      {
        key: 'rate',
        label: 'Page:Test.Rate',
        value: (r) => `${r.done}/${r.done + r.open}`,
        strong: true,
      },
    ];
    const { element } = render({ columns });
    expect(cells(element)).toEqual([
      ['Kull 1', '15', '12/15'],
      ['Kull 2', '13', '4/13'],
    ]);
    expect(element.querySelector('[data-column=rate] strong')?.textContent).toBe('12/15');
  });

  it('keeps the table behind a button that says whether it is open, when asked to', () => {
    const { fixture, element } = render({ tableToggle: true });
    const toggle = element.querySelector<HTMLButtonElement>('[data-testid=cohorts-table-toggle]')!;
    const frame = element.querySelector<HTMLElement>('#cohorts-table-frame')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('cohorts-table-frame');
    expect(frame.hidden).toBe(true);
    expect(toggle.textContent?.trim()).toBe('Ui:Chart.ShowTable');

    toggle.click();
    fixture.detectChanges();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(frame.hidden).toBe(false);
    expect(toggle.textContent?.trim()).toBe('Ui:Chart.HideTable');
  });

  it('writes shares as percent and lets the names open the row when the page asks', () => {
    const { fixture, element } = render({
      series: [{ key: 'share', label: 'Page:Test.Share', value: (r: Row) => r.share }],
      scale: 'percent',
      pickLabel: 'Page:Test.ShowPeople',
    });
    expect(cells(element).map((row) => row[1])).toEqual(['80\u00a0%', '30\u00a0%']);
    const picked: Row[] = [];
    fixture.componentInstance.picked.subscribe((row) => picked.push(row));
    element
      .querySelectorAll<HTMLButtonElement>('[data-testid=cohorts-table] tbody button')[1]
      .click();
    expect(picked).toEqual([ROWS[1]]);
  });

  it('draws no chart without rows, but keeps the table with its empty row', () => {
    const { element } = render({ rows: [] });
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.querySelector('[data-testid=cohorts-table] .empty')?.textContent).toBe(
      'Ui:NoRows',
    );
  });

  it('draws shares as whole percent rounded down, like the labels', () => {
    expect(percentBars([0.999, 0.5, 0, Number.NaN, 1.2])).toEqual([99, 50, 0, 0, 100]);
  });

  it('uses only colours with at least 3:1 contrast against the page', () => {
    for (const colour of CHART_COLOURS) expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(3);
  });
});
