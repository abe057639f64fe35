import { formatDate, formatNumber } from '../../format/format.ts';
import { FigureTable } from './figure-table.tsx';
import { formatMoney } from './format-figures.ts';
import { labelOf, PROVIDER_TYPE_LABELS } from './labels.ts';
import type { MarketAnswer } from './types.ts';

/**
 * Current external placements over £5k, £10k and £20k a week (counts and totals for everyone), and the
 * placements child by child only when the API sent them (roles that may see children).
 */
export function TopCost({ market }: { market: MarketAnswer }) {
  const { current, thresholds, placements } = market.topCost;
  return (
    <section aria-labelledby="top-cost">
      <h2 className="heading-l" id="top-cost">
        Top-cost placements
      </h2>
      <p className="body">
        {formatNumber(current.count)} current external placements cost {formatMoney(current.weeklyTotal)} a
        week in all.
      </p>
      <FigureTable
        caption={`Current external placements by weekly cost, ${formatDate(market.on)}`}
        columns={[
          { header: 'Weekly cost' },
          { header: 'Placements', numeric: true },
          { header: 'Weekly total', numeric: true },
        ]}
        rows={thresholds.map((t) => ({
          key: String(t.weeklyCost),
          cells: [`${formatMoney(t.weeklyCost)} or more`, formatNumber(t.count), formatMoney(t.weeklyTotal)],
        }))}
      />
      {placements === null ? (
        <p className="body">
          The placements behind these figures name children, so only roles that may see children’s records see
          them listed.
        </p>
      ) : placements.length === 0 ? null : (
        <FigureTable
          caption="The costliest current external placements (child-level: do not share)"
          columns={[
            { header: 'Child' },
            { header: 'Placed' },
            { header: 'Provider' },
            { header: 'Provider type' },
            { header: 'Weekly cost', numeric: true },
          ]}
          rows={placements.map((p) => ({
            key: `${p.childId}|${p.placementStart}`,
            cells: [
              p.childId,
              formatDate(p.placementStart),
              p.providerName ?? '–',
              labelOf(PROVIDER_TYPE_LABELS, p.providerType),
              formatMoney(p.weeklyCost),
            ],
          }))}
        />
      )}
    </section>
  );
}
