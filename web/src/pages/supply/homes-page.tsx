import { Tag } from '../../components/tag.tsx';
import { formatDate, formatNumber } from '../../format/format.ts';
import { FigureDefinitions } from './figure-definitions.tsx';
import { FigureTable } from './figure-table.tsx';
import { formatPlaces, shortDate, yearEnding } from './format-figures.ts';
import { Headlines } from './headlines.tsx';
import { GRADE_LABELS, GRADES, HOME_TYPE_LABELS, HOME_TYPES, inOrder, labelOf } from './labels.ts';
import { BarChart } from './supply-charts.tsx';
import { SupplyFrame } from './supply-frame.tsx';
import type { CapacityAnswer, InHouseAnswer } from './types.ts';
import { both, useSupply } from './use-supply.ts';

const DEFINITIONS: [string, string][] = [
  [
    'Beds on a day',
    'Beds of the council’s own homes open on that day: opened on or before it and not yet closed.',
  ],
  ['Pipeline', 'Homes with an opening date after the census date; their beds count from the day they open.'],
  [
    'Average beds in a year',
    'Bed-days ÷ days in the year (April to March): a home open half the year counts half its beds. The gap uses these.',
  ],
  ['Ofsted grade', 'The home’s latest overall effectiveness grade as recorded in the homes file.'],
];

const STATUS: Record<
  InHouseAnswer['homes'][number]['status'],
  { text: string; tone: 'green' | 'blue' | 'grey' }
> = {
  open: { text: 'Open', tone: 'green' },
  pipeline: { text: 'Pipeline', tone: 'blue' },
  closed: { text: 'Closed', tone: 'grey' },
};

/** The council's own homes: beds over time with the pipeline by its dates, the register with Ofsted grades. */
export function HomesPage({ code }: { code: string }) {
  const loaded = both(
    useSupply<CapacityAnswer>(code, 'capacity'),
    useSupply<InHouseAnswer>(code, 'in-house'),
  );
  return (
    <SupplyFrame code={code} tab="homes" title="In-house homes" loaded={loaded}>
      {([capacity, inHouse]) => <HomesFigures capacity={capacity} inHouse={inHouse} />}
    </SupplyFrame>
  );
}

function HomesFigures({ capacity, inHouse }: { capacity: CapacityAnswer; inHouse: InHouseAnswer }) {
  const on = formatDate(capacity.origin);
  const beds = capacity.homes.bedsOnOrigin;
  const pipeline = capacity.homes.pipeline;
  return (
    <>
      <p className="body">
        Figures on {on}, the census date of the latest return, unless a table says otherwise.
      </p>
      <FigureDefinitions items={DEFINITIONS} section="In-house capacity" />
      <Headlines
        label={`In-house beds on ${on}`}
        items={[
          ...HOME_TYPES.map((t) => ({
            label: `${HOME_TYPE_LABELS[t]} beds`,
            value: formatNumber(beds[t] ?? 0),
          })),
          {
            label: 'In the pipeline',
            value: formatNumber(pipeline.reduce((s, h) => s + h.beds, 0)),
            note: `beds in ${pipeline.length} ${pipeline.length === 1 ? 'home' : 'homes'}`,
          },
        ]}
      />
      {pipeline.length ? (
        <p className="body">
          In the pipeline:{' '}
          {pipeline
            .map(
              (h) =>
                `${h.name}, a ${h.beds}-bed ${HOME_TYPE_LABELS[h.type].toLowerCase()} opening ${formatDate(h.opens)}`,
            )
            .join('; ')}
          .
        </p>
      ) : null}
      <BedsOverTime inHouse={inHouse} />
      <AverageBeds capacity={capacity} />
      <Register inHouse={inHouse} />
    </>
  );
}

function BedsOverTime({ inHouse }: { inHouse: InHouseAnswer }) {
  const { categories, series } = {
    categories: inHouse.beds.map((b) => shortDate(b.date)),
    series: HOME_TYPES.map((t) => ({
      name: HOME_TYPE_LABELS[t],
      stack: 'beds',
      values: inHouse.beds.map((b) => b.byType[t] ?? 0),
    })),
  };
  const total = (b: InHouseAnswer['beds'][number]) => HOME_TYPES.reduce((s, t) => s + (b.byType[t] ?? 0), 0);
  return (
    <section aria-labelledby="beds-over-time">
      <h2 className="heading-l" id="beds-over-time">
        Beds over time, with the pipeline
      </h2>
      <BarChart
        categories={categories}
        series={series}
        description={`Stacked bar chart: in-house beds on each 31 March by type of home, past and planned. ${inHouse.beds.map((b) => `${formatDate(b.date)}: ${total(b)}`).join('; ')}. The table below gives every figure.`}
      />
      <FigureTable
        caption="In-house beds on each 31 March (later dates include the pipeline by opening date)"
        columns={[
          { header: 'On' },
          ...HOME_TYPES.map((t) => ({ header: HOME_TYPE_LABELS[t], numeric: true })),
          { header: 'All', numeric: true },
        ]}
        rows={inHouse.beds.map((b) => ({
          key: b.date,
          cells: [
            `${formatDate(b.date)}${b.date > inHouse.origin ? ' (planned)' : ''}`,
            ...HOME_TYPES.map((t) => formatNumber(b.byType[t] ?? 0)),
            formatNumber(total(b)),
          ],
        }))}
      />
    </section>
  );
}

function AverageBeds({ capacity }: { capacity: CapacityAnswer }) {
  return (
    <section aria-labelledby="average-beds">
      <h2 className="heading-l" id="average-beds">
        Average beds in each plan year
      </h2>
      <FigureTable
        caption="Average in-house beds in each year of the plan (April to March), as the gap counts them"
        columns={[
          { header: 'Year' },
          ...HOME_TYPES.map((t) => ({ header: HOME_TYPE_LABELS[t], numeric: true })),
        ]}
        rows={capacity.homes.years.map((y) => ({
          key: y.from,
          cells: [yearEnding(y.to), ...HOME_TYPES.map((t) => formatPlaces(y.averageBeds[t] ?? 0))],
        }))}
      />
    </section>
  );
}

function Register({ inHouse }: { inHouse: InHouseAnswer }) {
  const open = inHouse.homes.filter((h) => h.status === 'open');
  const grades = inOrder(
    open.map((h) => h.ofstedGrade ?? 'unknown'),
    GRADES,
  );
  return (
    <section aria-labelledby="register">
      <h2 className="heading-l" id="register">
        The homes and their Ofsted grades
      </h2>
      {inHouse.homes.length === 0 ? (
        <p className="body">No in-house homes are recorded. Import them on the Local data page.</p>
      ) : (
        <>
          <p className="body">
            Open homes by grade:{' '}
            {grades
              .map(
                (g) =>
                  `${labelOf(GRADE_LABELS, g)} ${open.filter((h) => (h.ofstedGrade ?? 'unknown') === g).length}`,
              )
              .join(', ') || 'none open'}
            .
          </p>
          <FigureTable
            caption="In-house homes: open, in the pipeline and closed"
            columns={[
              { header: 'Home' },
              { header: 'Status' },
              { header: 'Type' },
              { header: 'Beds', numeric: true },
              { header: 'Opens' },
              { header: 'Closes' },
              { header: 'Ofsted grade' },
              { header: 'Ofsted URN' },
            ]}
            rows={inHouse.homes.map((h) => ({
              key: h.homeId,
              cells: [
                h.name,
                <Tag key="s" tone={STATUS[h.status].tone}>
                  {STATUS[h.status].text}
                </Tag>,
                HOME_TYPE_LABELS[h.type],
                formatNumber(h.beds),
                formatDate(h.opens),
                formatDate(h.closes),
                h.ofstedGrade ? labelOf(GRADE_LABELS, h.ofstedGrade) : 'Not yet graded',
                h.urn ?? '–',
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
