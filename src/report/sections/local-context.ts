import { barChart } from '../chart-blocks.ts';
import { cellText } from '../figure-text.ts';
import { figureOf, indicatorTable } from '../indicator-blocks.ts';
import { discloseCounts } from '../public-number.ts';
import type { SectionBuilder } from '../section-context.ts';
import type { Block } from '../statement-document.ts';

/** The area's child population and who the children in care are (sex, ethnicity), against England. */
export const localContext: SectionBuilder = (ctx) => {
  const blocks: Block[] = [];
  const latest = ctx.input.years.find((y) => y.collectionYear === ctx.figures.latest);
  const rate = ctx.indicator('population.rate-per-10000');
  const figures = [];
  if (latest?.population0to17 !== undefined) {
    const population = discloseCounts(
      {
        id: 'context.population-0-17',
        title: 'Children aged 0 to 17 in the area',
        columns: ['all'],
        rows: [{ label: 'all', values: [latest.population0to17] }],
      },
      ctx.figures.options,
    );
    figures.push({
      label: 'Children aged 0 to 17 living in the area (ONS mid-year estimate)',
      value: cellText(population.cells[0]),
    });
  } else {
    blocks.push({
      kind: 'note',
      text: 'Not available: the area’s child population has not been entered in the settings, so rates per 10,000 are not shown.',
    });
  }
  figures.push(figureOf(rate, 'Looked after per 10,000 children'));
  if (rate?.england !== undefined && rate.england !== null)
    figures.push({ label: 'England per 10,000 children', value: `${rate.england} per 10,000` });
  blocks.unshift({ kind: 'figures', figures });
  const sex = ctx.indicator('profile.sex-at-31-march');
  if (sex) blocks.push({ kind: 'table', table: indicatorTable(sex) });
  const ethnicity = ctx.indicator('profile.ethnicity-group-at-31-march');
  if (ethnicity)
    blocks.push({
      kind: 'chart',
      chart: barChart(ethnicity, { description: 'Children looked after at 31 March by ethnic group.' }),
    });
  return blocks;
};
