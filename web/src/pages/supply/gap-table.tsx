import { FigureTable } from './figure-table.tsx';
import { formatMoney, formatPlaces, formatShare, yearEnding } from './format-figures.ts';
import { CATEGORY_LABELS, COST_SOURCE_LABELS } from './labels.ts';
import type { GapTable as Gap } from './types.ts';

/**
 * The gap, year by year and category by category: need (P50, P90) against in-house capacity, the places to
 * commission and their cost, with a total row per year.
 */
export function GapTable({ gap, caption }: { gap: Gap; caption: string }) {
  const years = [...new Set(gap.rows.map((r) => r.year))].sort((a, b) => a - b);
  const rows = years.flatMap((year) => {
    const inYear = gap.rows.filter((r) => r.year === year);
    const label = yearEnding(inYear[0]?.date ?? '');
    const total = gap.totals.find((t) => t.year === year);
    return [
      ...inYear.map((r) => ({
        key: `${year}|${r.category}`,
        cells: [
          `${label}, ${CATEGORY_LABELS[r.category]}`,
          formatPlaces(r.need.p50),
          formatPlaces(r.need.p90),
          formatPlaces(r.inHousePlaces),
          formatShare(r.targetOccupancy),
          formatPlaces(r.inHouseCapacity),
          formatPlaces(r.external.p50),
          formatPlaces(r.external.p90),
          `${formatMoney(r.weeklyCost)} (${COST_SOURCE_LABELS[r.costSource]})`,
          formatMoney(r.cost.p50),
          formatMoney(r.cost.p90),
        ],
      })),
      {
        key: `${year}|total`,
        cells: [
          <strong key="t">{label}, all categories</strong>,
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          <strong key="p50">{formatMoney(total?.cost.p50)}</strong>,
          <strong key="p90">{formatMoney(total?.cost.p90)}</strong>,
        ],
      },
    ];
  });
  return (
    <FigureTable
      caption={caption}
      columns={[
        { header: 'Year and category' },
        { header: 'Need (P50)', numeric: true },
        { header: 'Need (P90)', numeric: true },
        { header: 'In-house places', numeric: true },
        { header: 'Target occupancy', numeric: true },
        { header: 'In-house capacity', numeric: true },
        { header: 'To commission (P50)', numeric: true },
        { header: 'To commission (P90)', numeric: true },
        { header: 'External weekly cost', numeric: true },
        { header: 'External cost a year (P50)', numeric: true },
        { header: 'External cost a year (P90)', numeric: true },
      ]}
      rows={rows}
    />
  );
}
