import { formatDate, formatNumber } from '../../format/format.ts';
import { Link } from '../../router/index.ts';
import { FigureDefinitions } from './figure-definitions.tsx';
import { FigureTable } from './figure-table.tsx';
import { formatMoney, formatShare } from './format-figures.ts';
import { Headlines } from './headlines.tsx';
import {
  DISTANCE_BANDS,
  DISTANCE_LABELS,
  GRADE_LABELS,
  GRADES,
  inOrder,
  labelOf,
  PROVIDER_TYPE_LABELS,
} from './labels.ts';
import { MarketPrices } from './market-prices.tsx';
import { BarChart } from './supply-charts.tsx';
import { SupplyFrame } from './supply-frame.tsx';
import { supplyPath } from './supply-nav.tsx';
import { TopCost } from './top-cost.tsx';
import type { MarketAnswer } from './types.ts';
import { useSupply } from './use-supply.ts';

const DEFINITIONS: [string, string][] = [
  [
    'Distance band',
    'Straight-line miles from the council’s centre to the centre of the provider’s postcode district: under 20, 20 to 50, 50 or more.',
  ],
  [
    'Places',
    'Places the provider offers, as recorded in the providers file (not only those the council uses).',
  ],
  [
    'Weekly price',
    'Weekly cost of each external placement in the costs file, by provider type; quartiles split them into four equal groups.',
  ],
  ['Median trend', 'The middle weekly cost of placements starting in each financial year (April to March).'],
  [
    'Share of spend',
    'External placement spend with the largest 5 and 10 providers in the last year ÷ all external spend.',
  ],
  ['Top-cost placements', 'Current external placements costing at least £5,000, £10,000 and £20,000 a week.'],
];

/** The market: providers by type × distance × grade, prices and their trend, spend share, top-cost placements. */
export function MarketPage({ code }: { code: string }) {
  const loaded = useSupply<MarketAnswer>(code, 'market');
  return (
    <SupplyFrame code={code} tab="market" title="The market" loaded={loaded}>
      {(market) => <MarketFigures code={code} market={market} />}
    </SupplyFrame>
  );
}

function MarketFigures({ code, market }: { code: string; market: MarketAnswer }) {
  const totalProviders = market.providers.reduce((s, p) => s + p.providers, 0);
  const totalPlaces = market.providers.reduce((s, p) => s + p.places, 0);
  return (
    <>
      <p className="body">Providers and current placements on {formatDate(market.on)}.</p>
      <FigureDefinitions items={DEFINITIONS} section="The market" />
      <Headlines
        label="The market in brief"
        items={[
          {
            label: 'Providers',
            value: formatNumber(totalProviders),
            note: `${formatNumber(totalPlaces)} places`,
          },
          {
            label: 'Spend with the largest 5',
            value: formatShare(market.spendShare.top5Share),
            note: `of ${formatMoney(market.spendShare.total)} external spend`,
          },
          {
            label: 'Spend with the largest 10',
            value: formatShare(market.spendShare.top10Share),
            note: `${formatNumber(market.spendShare.providers)} providers paid`,
          },
        ]}
      />
      <Providers market={market} />
      <MarketPrices market={market} />
      <SpendShare market={market} />
      <TopCost market={market} />
      <p className="body">
        Requests the market could not meet: see <Link href={supplyPath(code, 'requests')}>Requests</Link>.
      </p>
    </>
  );
}

function Providers({ market }: { market: MarketAnswer }) {
  const types = inOrder(
    market.providers.map((p) => p.type),
    Object.keys(PROVIDER_TYPE_LABELS),
  );
  const bands = inOrder(
    market.providers.map((p) => p.band),
    DISTANCE_BANDS,
  );
  const grades = inOrder(
    market.providers.map((p) => p.grade),
    GRADES,
  );
  const sum = (f: (p: MarketAnswer['providers'][number]) => boolean, k: 'providers' | 'places') =>
    market.providers.filter(f).reduce((s, p) => s + p[k], 0);
  const { categories, series } = {
    categories: types.map((t) => labelOf(PROVIDER_TYPE_LABELS, t)),
    series: bands.map((b) => ({
      name: labelOf(DISTANCE_LABELS, b),
      stack: 'providers',
      values: types.map((t) => sum((p) => p.type === t && p.band === b, 'providers')),
    })),
  };
  return (
    <section aria-labelledby="providers">
      <h2 className="heading-l" id="providers">
        Providers by type, distance and grade
      </h2>
      <BarChart
        categories={categories}
        series={series}
        horizontal
        description={`Stacked bar chart: providers by type, split by distance from the council. ${types.map((t) => `${labelOf(PROVIDER_TYPE_LABELS, t)}: ${bands.map((b) => `${sum((p) => p.type === t && p.band === b, 'providers')} ${labelOf(DISTANCE_LABELS, b).toLowerCase()}`).join(', ')}`).join('; ')}.`}
      />
      <FigureTable
        caption="Providers (and places) by type, distance band and Ofsted grade"
        columns={[
          { header: 'Type' },
          { header: 'Distance' },
          ...grades.map((g) => ({ header: labelOf(GRADE_LABELS, g), numeric: true })),
          { header: 'All', numeric: true },
          { header: 'Places', numeric: true },
        ]}
        rows={types.flatMap((t) =>
          bands
            .filter((b) => market.providers.some((p) => p.type === t && p.band === b))
            .map((b) => ({
              key: `${t}|${b}`,
              cells: [
                labelOf(PROVIDER_TYPE_LABELS, t),
                labelOf(DISTANCE_LABELS, b),
                ...grades.map((g) =>
                  formatNumber(sum((p) => p.type === t && p.band === b && p.grade === g, 'providers')),
                ),
                formatNumber(sum((p) => p.type === t && p.band === b, 'providers')),
                formatNumber(sum((p) => p.type === t && p.band === b, 'places')),
              ],
            })),
        )}
      />
    </section>
  );
}

function SpendShare({ market }: { market: MarketAnswer }) {
  const s = market.spendShare;
  const name = (p: (typeof s.largest)[number]) => p.name ?? p.providerId;
  const { categories, series } = {
    categories: s.largest.map(name),
    series: [{ name: 'Share of external spend (%)', values: s.largest.map((p) => p.share * 100) }],
  };
  if (s.largest.length === 0) return null;
  return (
    <section aria-labelledby="spend-share">
      <h2 className="heading-l" id="spend-share">
        Spend with the largest providers
      </h2>
      <p className="body">
        {formatDate(s.from)} to {formatDate(s.to)}: {formatMoney(s.total)} with {formatNumber(s.providers)}{' '}
        providers. The largest 5 took {formatShare(s.top5Share)} and the largest 10{' '}
        {formatShare(s.top10Share)}.
      </p>
      <BarChart
        categories={categories}
        series={series}
        horizontal
        description={`Bar chart: share of external spend with each of the largest providers. ${s.largest.map((p) => `${name(p)}: ${formatShare(p.share, 1)}`).join('; ')}.`}
      />
      <FigureTable
        caption={`The largest providers by external spend, ${formatDate(s.from)} to ${formatDate(s.to)}`}
        columns={[
          { header: 'Provider' },
          { header: 'Spend', numeric: true },
          { header: 'Share', numeric: true },
        ]}
        rows={s.largest.map((p) => ({
          key: p.providerId,
          cells: [name(p), formatMoney(p.spend), formatShare(p.share, 1)],
        }))}
      />
    </section>
  );
}
