import { barChart, seriesOf, trendChart } from '../chart-blocks.ts';
import { figureText, UNIT_HEADINGS } from '../figure-text.ts';
import { figureOf, indicatorTable } from '../indicator-blocks.ts';
import { findPublicCell } from '../public-figures.ts';
import type { SectionBuilder } from '../section-context.ts';
import type { Block } from '../statement-document.ts';

/** Numbers, rates per 10,000 against England, starts and ceased, ages, UASC, legal status, returns to care. */
export const childrenLookedAfter: SectionBuilder = (ctx) => {
  const { figures } = ctx;
  const blocks: Block[] = [
    {
      kind: 'figures',
      figures: [
        figureOf(ctx.indicator('population.looked-after-at-31-march'), 'Children looked after at 31 March'),
        figureOf(ctx.indicator('population.rate-per-10000'), 'Rate per 10,000 children under 18'),
        figureOf(ctx.indicator('population.started-in-year'), 'Started to be looked after in the year'),
        figureOf(ctx.indicator('uasc.share-at-31-march'), 'Unaccompanied asylum-seeking children (UASC)'),
      ],
    },
  ];
  const series = [
    ['population.looked-after-at-31-march', 'Looked after at 31 March'],
    ['population.started-in-year', 'Started in the year'],
    ['population.ceased-in-year', 'Ceased in the year'],
  ] as const;
  blocks.push({
    kind: 'chart',
    chart: trendChart({
      title: 'Children looked after, starting and ceasing, by year',
      description: `Children looked after at each 31 March, and children who started and ceased to be looked after in each year, ${figures.years.length} years.`,
      years: figures.years,
      series: series.map(([id, name]) => {
        ctx.indicator(id);
        return seriesOf(
          name,
          figures.trend(id).map((p) => p.cell),
        );
      }),
      unitHeading: 'Children',
    }),
  });
  blocks.push({ kind: 'chart', chart: rateAgainstEngland(ctx) });
  const age = ctx.indicator('profile.age-band-at-31-march');
  if (age)
    blocks.push({
      kind: 'chart',
      chart: barChart(age, { description: 'Children looked after at 31 March in each age band.' }),
    });
  for (const [id, dropZeroRows] of [
    ['uasc.looked-after-at-31-march', false],
    ['profile.legal-status-at-31-march', true],
    ['population.ceased-in-year', true],
    ['population.returned-to-care', false],
  ] as const) {
    const indicator = ctx.indicator(id);
    if (indicator) blocks.push({ kind: 'table', table: indicatorTable(indicator, { dropZeroRows }) });
  }
  return blocks;
};

/** The council's rate per 10,000 and England's, by year. */
function rateAgainstEngland(ctx: Parameters<SectionBuilder>[0]) {
  const id = 'population.rate-per-10000';
  ctx.indicator(id);
  const ours = ctx.figures.trend(id).map((p) => p.cell);
  const england = ctx.figures.years.map((y) => ctx.figures.get(id, y)?.england ?? null);
  const englandCells = england.map((v) =>
    v === null ? undefined : { key: {}, display: String(v), value: v },
  );
  const latest = findPublicCell(ctx.figures.get(id), {});
  return trendChart({
    title: 'Children looked after per 10,000 children, against England',
    description: `The council's rate of children looked after per 10,000 children under 18 at each 31 March, beside England's; latest ${figureText(latest, 'rate-per-10000')}.`,
    years: ctx.figures.years,
    series: [seriesOf(ctx.input.council.name, ours), seriesOf('England', englandCells)],
    rowHeading: 'Area',
    unitHeading: UNIT_HEADINGS['rate-per-10000'],
  });
}
