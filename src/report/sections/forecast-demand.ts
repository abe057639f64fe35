import { columnsChart } from '../chart-blocks.ts';
import { cellText } from '../figure-text.ts';
import { longDate } from '../long-date.ts';
import { findPublicCell } from '../public-figures.ts';
import { discloseCounts } from '../public-number.ts';
import type { SectionBuilder, SectionContext } from '../section-context.ts';
import type { Block } from '../statement-document.ts';
import type { ForecastSummary } from '../statement-input.ts';

const CATEGORY_LABELS = {
  fostering: 'Fostering',
  residential: 'Residential',
  supported: 'Supported accommodation',
  other: 'Other',
} as const;
type Category = keyof typeof CATEGORY_LABELS;
const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

/** The demand forecast: medians and 80% ranges by placement type and year, with the model's assumptions. */
export const forecastDemand: SectionBuilder = (ctx) => {
  const forecast = ctx.input.forecast;
  if (!forecast) return [{ kind: 'note', text: 'Not available: no forecast was run for this edition.' }];
  if (forecast.status !== 'ok')
    return [
      { kind: 'note', text: `Not available: the forecast could not be produced (${forecast.reason}).` },
    ];
  return forecastBlocks(ctx, forecast.forecast);
};

function forecastBlocks(ctx: SectionContext, forecast: ForecastSummary): Block[] {
  const columns = forecast.years.map((y) => longDate(y.date));
  const rowsOf = (q: 'p10' | 'p50' | 'p90') => [
    ...CATEGORIES.map((c) => ({
      label: CATEGORY_LABELS[c],
      values: forecast.years.map((y) => y.byCategory[c][q]),
    })),
    { label: 'All children looked after', values: forecast.years.map((y) => y.total[q]) },
  ];
  // Medians of categories do not add up to the median total, so each table has no totals to protect.
  const [p10, p50, p90] = (['p10', 'p50', 'p90'] as const).map((q) =>
    discloseCounts(
      { id: `forecast.${q}`, title: `Forecast ${q}`, columns, rows: rowsOf(q) },
      ctx.figures.options,
    ),
  );
  const cell = (table: typeof p50, row: string, col: string) => findPublicCell(table, { row, col });
  const labels = rowsOf('p50').map((r) => r.label);
  const text = (row: string, col: string) => {
    const mid = cellText(cell(p50, row, col));
    return `${mid} (${cellText(cell(p10, row, col))} to ${cellText(cell(p90, row, col))})`;
  };
  const chartRows = labels.filter((l) => l !== 'All children looked after');
  return [
    {
      kind: 'paragraph',
      text: `Forecast of children looked after on each 31 March from ${longDate(forecast.origin)}: the middle figure, and in brackets the range that holds the outcome in 8 of 10 simulated futures.`,
    },
    {
      kind: 'table',
      table: {
        caption: 'Forecast children looked after by placement type (median and 80% range)',
        head: ['Placement type', ...columns],
        rows: labels.map((row) => ({ header: row, cells: columns.map((col) => text(row, col)) })),
        notes: [
          'Counts are modelled, not children known to the council; small figures are still shown as c.',
        ],
      },
    },
    {
      kind: 'chart',
      chart: columnsChart({
        title: 'Forecast children looked after by placement type (median)',
        description: `Median forecast of children looked after by placement type on each 31 March, ${columns[0]} to ${columns.at(-1)}.`,
        categories: columns,
        series: chartRows.map((row) => {
          const cells = columns.map((col) => cell(p50, row, col));
          return {
            name: row,
            values: cells.map((c) => (c && !c.flag ? c.value : null)),
            texts: cells.map(cellText),
          };
        }),
        unitHeading: 'Children',
        rowHeading: 'Placement type',
      }),
    },
    { kind: 'paragraph', text: 'What the forecast assumes:' },
    { kind: 'list', items: forecast.assumptions },
  ];
}
