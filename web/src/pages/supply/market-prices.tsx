import { formatNumber } from '../../format/format.ts';
import { FigureTable } from './figure-table.tsx';
import { financialYearLabel, formatMoney } from './format-figures.ts';
import { inOrder, labelOf, PROVIDER_TYPE_LABELS } from './labels.ts';
import { BoxChart, LineChart } from './supply-charts.tsx';
import type { MarketAnswer } from './types.ts';

/** Weekly prices by provider type (box plots and quartiles) and the median's trend by financial year. */
export function MarketPrices({ market }: { market: MarketAnswer }) {
  const { distribution, trend } = market.prices;
  const boxes = distribution.map((d) => ({ ...d, name: labelOf(PROVIDER_TYPE_LABELS, d.type) }));
  const types = inOrder(
    trend.map((t) => t.type),
    Object.keys(PROVIDER_TYPE_LABELS),
  );
  const years = [...new Set(trend.map((t) => t.financialYear))].sort((a, b) => a - b);
  const median = (type: string, year: number) =>
    trend.find((t) => t.type === type && t.financialYear === year);
  const { labels, series } = {
    labels: years.map(financialYearLabel),
    series: types.map((type) => ({
      name: labelOf(PROVIDER_TYPE_LABELS, type),
      values: years.map((y) => median(type, y)?.median ?? null),
    })),
  };
  return (
    <section aria-labelledby="prices">
      <h2 className="heading-l" id="prices">
        Weekly prices by type
      </h2>
      {distribution.length === 0 ? (
        <p className="body">No placement costs are recorded.</p>
      ) : (
        <>
          <BoxChart
            boxes={boxes}
            description={`Box plot: weekly price of current external placements by provider type. ${boxes.map((b) => `${b.name}: median ${formatMoney(b.median)}, middle half ${formatMoney(b.q1)} to ${formatMoney(b.q3)}`).join('; ')}.`}
          />
          <FigureTable
            caption="Weekly price of external placements by provider type"
            columns={[
              { header: 'Provider type' },
              { header: 'Placements', numeric: true },
              { header: 'Lowest', numeric: true },
              { header: 'Lower quartile', numeric: true },
              { header: 'Median', numeric: true },
              { header: 'Upper quartile', numeric: true },
              { header: 'Highest', numeric: true },
            ]}
            rows={boxes.map((b) => ({
              key: b.type,
              cells: [
                b.name,
                formatNumber(b.n),
                formatMoney(b.min),
                formatMoney(b.q1),
                formatMoney(b.median),
                formatMoney(b.q3),
                formatMoney(b.max),
              ],
            }))}
          />
        </>
      )}
      {years.length > 1 ? (
        <>
          <h3 className="heading-m">Median weekly price by financial year</h3>
          <LineChart
            labels={labels}
            series={series}
            money
            description={`Line chart: median weekly price of placements starting in each financial year, ${labels[0]} to ${labels.at(-1)}, by provider type. The table below gives every figure.`}
          />
          <FigureTable
            caption="Median weekly price of placements starting in each financial year (number of placements in brackets)"
            columns={[
              { header: 'Provider type' },
              ...years.map((y) => ({ header: financialYearLabel(y), numeric: true })),
            ]}
            rows={types.map((type) => ({
              key: type,
              cells: [
                labelOf(PROVIDER_TYPE_LABELS, type),
                ...years.map((y) => {
                  const m = median(type, y);
                  return m ? `${formatMoney(m.median)} (${m.n})` : '–';
                }),
              ],
            }))}
          />
        </>
      ) : null}
    </section>
  );
}
