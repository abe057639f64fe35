import { formatDate, formatNumber } from '../../format/format.ts';
import { FigureDefinitions } from './figure-definitions.tsx';
import { formatMillions, yearEnding } from './format-figures.ts';
import { GapTables } from './gap-table.tsx';
import { Headlines } from './headlines.tsx';
import { ScenarioPanel } from './scenario-panel.tsx';
import { LineChart } from './supply-charts.tsx';
import { SupplyFrame } from './supply-frame.tsx';
import type { GapAnswer } from './types.ts';
import { useSupply } from './use-supply.ts';

const DEFINITIONS: [string, string][] = [
  [
    'Need (P50, P90)',
    'Children forecast to be looked after in the category on 31 March: P50 the middle of the forecast, P90 a figure only 1 year in 10 should exceed.',
  ],
  [
    'In-house places',
    'Average in-house foster places (usable) or home beds over the year, with recruitment and the pipeline.',
  ],
  [
    'In-house capacity',
    'In-house places × target occupancy: the children the council’s own provision can look after.',
  ],
  ['To commission', 'Need − in-house capacity, never below 0: places to buy from external providers.'],
  [
    'External cost a year',
    'To commission × 52.18 weeks × the external weekly cost (local median of current placements where known).',
  ],
];

/** The gap: need against in-house capacity, places to commission and their cost, with a capacity scenario. */
export function GapPage({ code }: { code: string }) {
  const loaded = useSupply<GapAnswer>(code, 'gap');
  return (
    <SupplyFrame code={code} tab="gap" title="The gap" loaded={loaded}>
      {(answer) => <GapFigures code={code} answer={answer} />}
    </SupplyFrame>
  );
}

function GapFigures({ code, answer }: { code: string; answer: GapAnswer }) {
  const { gap, forecast } = answer;
  const total = gap.totals.reduce((s, t) => s + t.cost.p50, 0);
  const first = gap.totals[0];
  const yearOf = (year: number) => yearEnding(gap.rows.find((r) => r.year === year)?.date ?? '');
  const { labels, series } = {
    labels: gap.totals.map((t) => yearOf(t.year)),
    series: [
      { name: 'External cost (P50)', values: gap.totals.map((t) => t.cost.p50) },
      { name: 'External cost (P90)', dashed: true, values: gap.totals.map((t) => t.cost.p90) },
      { name: 'External cost (P10)', values: gap.totals.map((t) => t.cost.p10) },
    ],
  };
  return (
    <>
      <p className="body">
        Need is the demand forecast from {formatDate(gap.origin)} ({formatNumber(forecast.paths)} simulated
        futures over {forecast.years} years); in-house capacity is the council’s carers and homes as recorded,
        with recruitment and the pipeline.
      </p>
      <FigureDefinitions items={DEFINITIONS} section="The gap" />
      <Headlines
        label="External cost of the gap"
        items={[
          {
            label: `External cost in ${first ? yearOf(first.year) : ''}`,
            value: formatMillions(first?.cost.p50),
            note: `P90 ${formatMillions(first?.cost.p90)}`,
          },
          {
            label: `External cost over ${gap.totals.length} years`,
            value: formatMillions(total),
            note: 'P50',
          },
        ]}
      />
      <section aria-labelledby="gap-cost">
        <h2 className="heading-l" id="gap-cost">
          External cost by year
        </h2>
        <LineChart
          labels={labels}
          series={series}
          money
          description={`Line chart: external cost of the places to commission each year. P50 ${gap.totals.map((t) => `${yearOf(t.year)} ${formatMillions(t.cost.p50)}`).join(', ')}. The gap table below gives every figure.`}
        />
      </section>
      <section aria-labelledby="gap-table">
        <h2 className="heading-l" id="gap-table">
          Need, in-house capacity and places to commission
        </h2>
        <GapTables gap={gap} />
      </section>
      <ScenarioPanel code={code} />
      <details className="details">
        <summary className="details__summary">Assumptions of the forecast</summary>
        <div className="details__text">
          <ul className="list">
            {forecast.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      </details>
    </>
  );
}
