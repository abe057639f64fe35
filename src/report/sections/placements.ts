import { barChart, seriesOf, trendChart } from '../chart-blocks.ts';
import { figureOf, indicatorTable } from '../indicator-blocks.ts';
import type { SectionBuilder } from '../section-context.ts';
import type { Block } from '../statement-document.ts';

/** Placement types, in-house against external, distance and area, stability and how long placements last. */
export const placements: SectionBuilder = (ctx) => {
  const blocks: Block[] = [];
  const mix = ctx.indicator('placements.by-category-at-31-march');
  if (mix)
    blocks.push({
      kind: 'chart',
      chart: barChart(mix, {
        description: 'Children looked after at 31 March by type of placement.',
        dropZero: true,
      }),
    });
  for (const id of ['placements.by-provision-at-31-march', 'placements.started-by-provision']) {
    const indicator = ctx.indicator(id);
    if (indicator) blocks.push({ kind: 'table', table: indicatorTable(indicator, { dropZeroRows: true }) });
  }
  blocks.push({
    kind: 'paragraph',
    text: 'Where children live: inside or outside the council’s area, and how far from home.',
  });
  const distance = ctx.indicator('location.distance-at-31-march');
  const knownDistance = distance?.cells.some(
    (c) => c.key.distance !== 'unknown' && c.key.distance !== undefined && c.value !== 0,
  );
  if (!knownDistance)
    blocks.push({
      kind: 'note',
      text: 'Not available: no placement postcodes could be located, so distances are not shown.',
    });
  for (const id of [
    'location.area-at-31-march',
    'location.distance-at-31-march',
    'location.distance-band-at-31-march',
  ]) {
    const indicator = ctx.indicator(id);
    if (indicator && knownDistance)
      blocks.push({ kind: 'table', table: indicatorTable(indicator, { dropZeroRows: true }) });
  }
  blocks.push({
    kind: 'figures',
    figures: [
      figureOf(ctx.indicator('stability.three-or-more-placements'), 'Three or more placements in the year'),
      figureOf(
        ctx.indicator('stability.long-term'),
        'Long-term stability (under 16s, same placement 2+ years)',
      ),
      figureOf(ctx.indicator('stability.unplanned-endings-share'), 'Unplanned endings among moves'),
    ],
  });
  const threePlus = 'stability.three-or-more-placements';
  blocks.push({
    kind: 'chart',
    chart: trendChart({
      title: 'Children with three or more placements in the year',
      description:
        'Share of children looked after at 31 March who had three or more placements in the year, by year.',
      years: ctx.figures.years,
      series: [
        seriesOf(
          'Three or more placements',
          ctx.figures.trend(threePlus).map((p) => p.cell),
        ),
      ],
      unitHeading: 'Per cent',
    }),
  });
  const length = ctx.indicator('durations.placement-length');
  if (length) blocks.push({ kind: 'table', table: indicatorTable(length, { dropZeroRows: true }) });
  return blocks;
};
