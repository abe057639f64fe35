import { formatNumber } from '../../format/format.ts';
import { FigureTable } from './figure-table.tsx';
import { formatMoney, formatPlaces, formatShare, yearEnding } from './format-figures.ts';
import { CATEGORIES, CATEGORY_LABELS, COST_SOURCE_LABELS } from './labels.ts';
import type { GapTable as Gap, ModelCategory } from './types.ts';

function costWords(gap: Gap, c: ModelCategory): string {
  const source = gap.unitCosts.external.source[c];
  const n = gap.unitCosts.external.placements[c];
  const from =
    source === 'local' ? `median of ${formatNumber(n)} current placements` : COST_SOURCE_LABELS[source];
  return `External weekly cost ${formatMoney(gap.unitCosts.external.weekly[c])} (${from}); in-house capacity is in-house places × ${formatShare(gap.targetOccupancy[c])} target occupancy.`;
}

/**
 * The gap as tables a screen can hold: the external cost of all categories by year, then for each category
 * its years — need (P50, P90) against in-house capacity, places to commission and their cost.
 */
export function GapTables({ gap }: { gap: Gap }) {
  const yearOf = (year: number) => yearEnding(gap.rows.find((r) => r.year === year)?.date ?? '');
  return (
    <>
      <FigureTable
        caption={`External cost of the gap by year, all categories`}
        columns={[
          { header: 'Year' },
          { header: 'Low (P10)', numeric: true },
          { header: 'Central (P50)', numeric: true },
          { header: 'High (P90)', numeric: true },
        ]}
        rows={gap.totals.map((t) => ({
          key: String(t.year),
          cells: [yearOf(t.year), formatMoney(t.cost.p10), formatMoney(t.cost.p50), formatMoney(t.cost.p90)],
        }))}
        foot={{
          key: 'all',
          cells: [
            'All years',
            formatMoney(gap.totals.reduce((s, t) => s + t.cost.p10, 0)),
            formatMoney(gap.totals.reduce((s, t) => s + t.cost.p50, 0)),
            formatMoney(gap.totals.reduce((s, t) => s + t.cost.p90, 0)),
          ],
        }}
      />
      {CATEGORIES.map((c) => (
        <div key={c}>
          <h3 className="heading-m">{CATEGORY_LABELS[c]}</h3>
          <p className="body">{costWords(gap, c)}</p>
          <FigureTable
            caption={`${CATEGORY_LABELS[c]}: the gap by year`}
            columns={[
              { header: 'Year' },
              { header: 'Need (P50)', numeric: true },
              { header: 'Need (P90)', numeric: true },
              { header: 'In-house places', numeric: true },
              { header: 'In-house capacity', numeric: true },
              { header: 'To commission (P50)', numeric: true },
              { header: 'To commission (P90)', numeric: true },
              { header: 'External cost (P50)', numeric: true },
              { header: 'External cost (P90)', numeric: true },
            ]}
            rows={gap.rows
              .filter((r) => r.category === c)
              .map((r) => ({
                key: String(r.year),
                cells: [
                  yearEnding(r.date),
                  formatPlaces(r.need.p50),
                  formatPlaces(r.need.p90),
                  formatPlaces(r.inHousePlaces),
                  formatPlaces(r.inHouseCapacity),
                  formatPlaces(r.external.p50),
                  formatPlaces(r.external.p90),
                  formatMoney(r.cost.p50),
                  formatMoney(r.cost.p90),
                ],
              }))}
          />
        </div>
      ))}
    </>
  );
}
