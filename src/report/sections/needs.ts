import { barChart } from '../chart-blocks.ts';
import { figureOf, indicatorTable } from '../indicator-blocks.ts';
import type { SectionBuilder } from '../section-context.ts';
import type { Block } from '../statement-document.ts';

/** Category of need, specific needs and settings, age at first placement, unregistered placements. */
export const needs: SectionBuilder = (ctx) => {
  const blocks: Block[] = [];
  const need = ctx.indicator('profile.category-of-need-at-31-march');
  if (need)
    blocks.push({
      kind: 'chart',
      chart: barChart(need, {
        description: 'Children looked after at 31 March by their main category of need.',
        dropZero: true,
      }),
    });
  blocks.push({
    kind: 'figures',
    figures: [
      figureOf(
        ctx.indicator('specific-needs.parent-and-child-at-31-march'),
        'Parent-and-child placements at 31 March',
      ),
      figureOf(
        ctx.indicator('specific-needs.supported-16-17-at-31-march'),
        '16- and 17-year-olds in supported accommodation',
      ),
      figureOf(
        ctx.indicator('specific-needs.short-break-children'),
        'Disabled children on overnight short breaks in the year',
      ),
      figureOf(
        ctx.indicator('specific-needs.missing-children'),
        'Children missing or away without authorisation in the year',
      ),
      figureOf(
        ctx.indicator('unregistered.other-codes-in-year'),
        'Children in “other” (unregistered) placements in the year',
      ),
    ],
  });
  for (const id of ['first-placement.median-age', 'first-placement.age-band']) {
    const indicator = ctx.indicator(id);
    if (indicator) blocks.push({ kind: 'table', table: indicatorTable(indicator, { dropZeroRows: true }) });
  }
  return blocks;
};
