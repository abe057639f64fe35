import { FigureTable } from './figure-table.tsx';
import { formatMoney, formatMoneyChange, formatPlacesChange, yearEnding } from './format-figures.ts';
import { CATEGORIES, CATEGORY_LABELS } from './labels.ts';
import { BarChart } from './supply-charts.tsx';
import type { ScenarioAnswer } from './types.ts';

/** The scenario beside the baseline: external cost by year (P50 and P90) and what changes by category. */
export function ScenarioResult({ answer }: { answer: ScenarioAnswer }) {
  const { baseline, scenario, difference } = answer;
  const yearOf = (year: number) => yearEnding(baseline.rows.find((r) => r.year === year)?.date ?? '');
  const cost = (t: ScenarioAnswer['baseline'], year: number) => t.totals.find((x) => x.year === year)?.cost;
  const years = baseline.totals.map((t) => t.year);
  const fall = -difference.cost.p50;
  const { categories, series } = {
    categories: years.map(yearOf),
    series: [
      { name: 'Baseline (P50)', values: years.map((y) => cost(baseline, y)?.p50 ?? null) },
      { name: 'Scenario (P50)', values: years.map((y) => cost(scenario, y)?.p50 ?? null) },
    ],
  };
  return (
    <div className="scenario-result">
      <h3 className="heading-m">Effect of “{scenario.scenario?.name ?? 'the scenario'}”</h3>
      <ul className="list">
        {(scenario.scenario?.changes ?? []).map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="body" id="scenario-summary">
        <strong>
          {Math.round(fall) > 0
            ? `External cost over ${years.length} years falls by ${formatMoney(fall)} (P50).`
            : Math.round(fall) < 0
              ? `External cost over ${years.length} years rises by ${formatMoney(-fall)} (P50).`
              : `External cost over ${years.length} years does not change.`}
        </strong>
      </p>
      <BarChart
        categories={categories}
        series={series}
        money
        description={`Bar chart: external cost each year, baseline and scenario (P50). ${years.map((y) => `${yearOf(y)}: ${formatMoney(cost(baseline, y)?.p50)} and ${formatMoney(cost(scenario, y)?.p50)}`).join('; ')}.`}
      />
      <FigureTable
        caption="External cost a year: baseline and scenario"
        columns={[
          { header: 'Year' },
          { header: 'Baseline (P50)', numeric: true },
          { header: 'Scenario (P50)', numeric: true },
          { header: 'Change (P50)', numeric: true },
          { header: 'Baseline (P90)', numeric: true },
          { header: 'Scenario (P90)', numeric: true },
          { header: 'Change (P90)', numeric: true },
        ]}
        rows={years.map((y) => {
          const d = difference.totals.find((t) => t.year === y)?.cost;
          return {
            key: String(y),
            cells: [
              yearOf(y),
              formatMoney(cost(baseline, y)?.p50),
              formatMoney(cost(scenario, y)?.p50),
              formatMoneyChange(d?.p50 ?? 0),
              formatMoney(cost(baseline, y)?.p90),
              formatMoney(cost(scenario, y)?.p90),
              formatMoneyChange(d?.p90 ?? 0),
            ],
          };
        })}
        foot={{
          key: 'all',
          cells: [
            'All years',
            formatMoney(baseline.totals.reduce((s, t) => s + t.cost.p50, 0)),
            formatMoney(scenario.totals.reduce((s, t) => s + t.cost.p50, 0)),
            formatMoneyChange(difference.cost.p50),
            formatMoney(baseline.totals.reduce((s, t) => s + t.cost.p90, 0)),
            formatMoney(scenario.totals.reduce((s, t) => s + t.cost.p90, 0)),
            formatMoneyChange(difference.cost.p90),
          ],
        }}
      />
      <FigureTable
        caption="What the scenario changes, by year and category"
        columns={[
          { header: 'Year and category' },
          { header: 'In-house capacity', numeric: true },
          { header: 'To commission (P50)', numeric: true },
          { header: 'External cost (P50)', numeric: true },
        ]}
        rows={difference.rows
          .filter((r) => CATEGORIES.includes(r.category))
          .map((r) => ({
            key: `${r.year}|${r.category}`,
            cells: [
              `${yearOf(r.year)}, ${CATEGORY_LABELS[r.category]}`,
              formatPlacesChange(r.inHouseCapacity),
              formatPlacesChange(r.external.p50),
              formatMoneyChange(r.cost.p50),
            ],
          }))}
      />
    </div>
  );
}
