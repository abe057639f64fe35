import { formatDate, formatNumber } from '../../format/format.ts';
import { CarerProjection, CarerRisk } from './carer-risk.tsx';
import { FigureDefinitions } from './figure-definitions.tsx';
import { FigureTable } from './figure-table.tsx';
import { formatPlaces, formatShare, shortDate, yearEnding } from './format-figures.ts';
import { Headlines } from './headlines.tsx';
import { APPROVAL_LABELS, APPROVAL_TYPES } from './labels.ts';
import { BarChart, LineChart } from './supply-charts.tsx';
import { SupplyFrame } from './supply-frame.tsx';
import type { CapacityAnswer, InHouseAnswer } from './types.ts';
import { both, useSupply } from './use-supply.ts';

const DEFINITIONS: [string, string][] = [
  ['Approved places', 'Places the fostering panel approved the household for, on the day.'],
  [
    'Usable places',
    'Places the household can offer now (a room used by a birth child or a carer on a break is not usable); all approved places when not recorded.',
  ],
  [
    'Totals',
    'Leave out short-break carers: the children they look after are not counted as looked after. The table by approval type shows them.',
  ],
  [
    'Occupancy',
    'Children placed with in-house foster carers on the day ÷ usable places (and ÷ approved places).',
  ],
  [
    'Deregistration risk',
    'Households that deregistered in the last 5 years ÷ household-years approved, by the oldest main carer’s age band; the chance in a year is 1 − e^(−rate).',
  ],
  [
    'Projection',
    'Usable places on each future 31 March: today’s households, fewer each year by their age band’s risk, plus recruitment at the rate shown.',
  ],
];

/** In-house foster carers: places over time, by approval type, occupancy, risk by carer age, projection. */
export function CarersPage({ code }: { code: string }) {
  const loaded = both(
    useSupply<CapacityAnswer>(code, 'capacity'),
    useSupply<InHouseAnswer>(code, 'in-house'),
  );
  return (
    <SupplyFrame code={code} tab="carers" title="In-house foster carers" loaded={loaded}>
      {([capacity, inHouse]) => <CarersFigures capacity={capacity} inHouse={inHouse} />}
    </SupplyFrame>
  );
}

function CarersFigures({ capacity, inHouse }: { capacity: CapacityAnswer; inHouse: InHouseAnswer }) {
  const f = capacity.fostering;
  const on = formatDate(capacity.origin);
  return (
    <>
      <p className="body">
        Figures on {on}, the census date of the latest return, unless a table says otherwise.
      </p>
      <FigureDefinitions items={DEFINITIONS} section="In-house capacity" />
      <Headlines
        label={`In-house fostering on ${on}`}
        items={[
          {
            label: 'Households',
            value: formatNumber(f.onOrigin.households),
            note: 'not counting short breaks',
          },
          { label: 'Approved places', value: formatNumber(f.onOrigin.approved) },
          { label: 'Usable places', value: formatNumber(f.onOrigin.usable) },
          {
            label: 'Occupancy of usable places',
            value: formatShare(f.occupancy.ofUsable),
            note: `${formatNumber(f.occupancy.children)} children placed`,
          },
        ]}
      />
      <PlacesOverTime capacity={capacity} inHouse={inHouse} />
      <ByApprovalType capacity={capacity} />
      <ApprovalsByYear capacity={capacity} />
      <CarerRisk capacity={capacity} inHouse={inHouse} />
      <CarerProjection capacity={capacity} />
    </>
  );
}

/** Approved and usable places on past 31 Marches, then usable places projected (joined at the origin). */
function placesSeries(past: InHouseAnswer['fostering'], future: CapacityAnswer['fostering']['projection']) {
  const blanks = future.map(() => null);
  return {
    labels: [...past.map((p) => shortDate(p.date)), ...future.map((p) => shortDate(p.date))],
    series: [
      { name: 'Approved places', values: [...past.map((p) => p.approved), ...blanks] },
      { name: 'Usable places', values: [...past.map((p) => p.usable), ...blanks] },
      {
        name: 'Usable places, projected',
        dashed: true,
        values: [
          ...past.map((p, i) => (i === past.length - 1 ? p.usable : null)),
          ...future.map((p) => p.usable),
        ],
      },
    ],
  };
}

function PlacesOverTime({ capacity, inHouse }: { capacity: CapacityAnswer; inHouse: InHouseAnswer }) {
  const future = capacity.fostering.projection.filter((p) => p.year > 0);
  const { labels, series } = placesSeries(inHouse.fostering, future);
  const first = inHouse.fostering[0];
  const last = inHouse.fostering.at(-1);
  const end = future.at(-1);
  return (
    <section aria-labelledby="places-over-time">
      <h2 className="heading-l" id="places-over-time">
        Places over time
      </h2>
      <LineChart
        labels={labels}
        series={series}
        description={`Line chart: in-house fostering places on each 31 March. Usable places ${formatNumber(first?.usable)} on ${formatDate(first?.date)}, ${formatNumber(last?.usable)} on ${formatDate(last?.date)}, projected ${formatPlaces(end?.usable)} on ${formatDate(end?.date)}. The table below gives every figure.`}
      />
      <FigureTable
        caption="In-house fostering places on each 31 March"
        columns={[
          { header: 'On' },
          { header: 'Households', numeric: true },
          { header: 'Approved places', numeric: true },
          { header: 'Usable places', numeric: true },
        ]}
        rows={[
          ...inHouse.fostering.map((p) => ({
            key: p.date,
            cells: [
              formatDate(p.date),
              formatNumber(p.households),
              formatNumber(p.approved),
              formatNumber(p.usable),
            ],
          })),
          ...future.map((p) => ({
            key: p.date,
            cells: [`${formatDate(p.date)} (projected)`, '–', '–', formatPlaces(p.usable)],
          })),
        ]}
      />
    </section>
  );
}

function ByApprovalType({ capacity }: { capacity: CapacityAnswer }) {
  const by = capacity.fostering.onOrigin.byApprovalType;
  const { categories, series } = {
    categories: APPROVAL_TYPES.map((t) => APPROVAL_LABELS[t]),
    series: [
      { name: 'Approved places', values: APPROVAL_TYPES.map((t) => by[t]?.approved ?? 0) },
      { name: 'Usable places', values: APPROVAL_TYPES.map((t) => by[t]?.usable ?? 0) },
    ],
  };
  return (
    <section aria-labelledby="by-approval-type">
      <h2 className="heading-l" id="by-approval-type">
        By approval type
      </h2>
      <BarChart
        categories={categories}
        series={series}
        horizontal
        description={`Bar chart: approved and usable places by approval type on ${formatDate(capacity.origin)}. ${APPROVAL_TYPES.map((t) => `${APPROVAL_LABELS[t]}: ${by[t]?.approved ?? 0} approved, ${by[t]?.usable ?? 0} usable`).join('; ')}.`}
      />
      <FigureTable
        caption={`Households and places by approval type on ${formatDate(capacity.origin)}`}
        columns={[
          { header: 'Approval type' },
          { header: 'Households', numeric: true },
          { header: 'Approved places', numeric: true },
          { header: 'Usable places', numeric: true },
        ]}
        rows={APPROVAL_TYPES.map((t) => ({
          key: t,
          cells: [
            APPROVAL_LABELS[t],
            formatNumber(by[t]?.households),
            formatNumber(by[t]?.approved),
            formatNumber(by[t]?.usable),
          ],
        }))}
      />
      <p className="body">
        Occupancy on {formatDate(capacity.origin)}: {formatNumber(capacity.fostering.occupancy.children)}{' '}
        children in {formatNumber(capacity.fostering.occupancy.usablePlaces)} usable places (
        {formatShare(capacity.fostering.occupancy.ofUsable)}),{' '}
        {formatShare(capacity.fostering.occupancy.ofApproved)} of approved places.
      </p>
    </section>
  );
}

function ApprovalsByYear({ capacity }: { capacity: CapacityAnswer }) {
  const history = capacity.fostering.history;
  const { categories, series } = {
    categories: history.map((h) => yearEnding(h.to)),
    series: [
      { name: 'Approvals', values: history.map((h) => h.approvals) },
      { name: 'Deregistrations', values: history.map((h) => h.deregistrations) },
    ],
  };
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="approvals">
      <h2 className="heading-l" id="approvals">
        Approvals and deregistrations
      </h2>
      <BarChart
        categories={categories}
        series={series}
        description={`Bar chart: households approved and deregistered each year (April to March). ${history.map((h) => `${yearEnding(h.to)}: ${h.approvals} approved, ${h.deregistrations} deregistered`).join('; ')}.`}
      />
      <FigureTable
        caption="Households approved and deregistered each year (April to March)"
        columns={[
          { header: 'Year' },
          { header: 'Approved', numeric: true },
          { header: 'Deregistered', numeric: true },
          { header: 'Net change', numeric: true },
        ]}
        rows={history.map((h) => ({
          key: h.from,
          cells: [
            yearEnding(h.to),
            formatNumber(h.approvals),
            formatNumber(h.deregistrations),
            formatNumber(h.approvals - h.deregistrations),
          ],
        }))}
      />
    </section>
  );
}
