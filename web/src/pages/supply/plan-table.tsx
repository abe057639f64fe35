import { FigureTable } from './figure-table.tsx';
import { financialYearLabel, formatMoney, formatPlaces } from './format-figures.ts';
import { CATEGORY_LABELS, PURCHASING_LABELS } from './labels.ts';
import { BarChart } from './supply-charts.tsx';
import type { Plan, PlanRow } from './types.ts';

/** "Block 4, spot up to 7.2" — the suggestion in words from a plan row. */
export function purchasingText(r: PlanRow): string {
  if (r.purchasing === 'block-and-spot') return `Block ${formatPlaces(r.blockPlaces)} + spot`;
  if (r.purchasing === 'block') return `Block ${formatPlaces(r.blockPlaces)}`;
  return PURCHASING_LABELS[r.purchasing];
}

/** The 5-year commissioning plan: a chart of spend against budget by year, then a table for each financial year. */
export function PlanTable({ plan, caption }: { plan: Plan; caption: string }) {
  const years = [...new Set(plan.rows.map((r) => r.financialYear))].sort((a, b) => a - b);
  const sum = (year: number, f: (r: PlanRow) => number | null) =>
    plan.rows.filter((r) => r.financialYear === year).reduce((s, r) => s + (f(r) ?? 0), 0);
  const hasBudget = plan.rows.some((r) => r.budget !== null);
  const { categories, series } = {
    categories: years.map(financialYearLabel),
    series: [
      { name: 'Spend (P50)', values: years.map((y) => sum(y, (r) => r.spendP50)) },
      { name: 'Spend (P90)', values: years.map((y) => sum(y, (r) => r.spendP90)) },
      ...(hasBudget ? [{ name: 'Budget', values: years.map((y) => sum(y, (r) => r.budget)) }] : []),
    ],
  };
  return (
    <>
      <BarChart
        categories={categories}
        series={series}
        money
        description={`Bar chart: estimated placement spend each financial year (P50 and P90)${hasBudget ? ' against the budget' : ''}. ${years.map((y) => `${financialYearLabel(y)}: spend ${formatMoney(sum(y, (r) => r.spendP50))}${hasBudget ? `, budget ${formatMoney(sum(y, (r) => r.budget))}` : ''}`).join('; ')}. The table below gives every figure.`}
      />
      {years.map((year) => (
        <FigureTable
          key={year}
          caption={`${financialYearLabel(year)}: ${caption}`}
          columns={[
            { header: 'Placement type' },
            { header: 'Need, P50 (P90)', numeric: true },
            { header: 'In-house supply', numeric: true },
            { header: 'To commission, P50 (P10 to P90)', numeric: true },
            { header: 'Suggested buying' },
            { header: 'Spend (P50)', numeric: true },
            { header: 'Budget', numeric: true },
            { header: 'Headroom (P50)', numeric: true },
          ]}
          rows={plan.rows
            .filter((r) => r.financialYear === year)
            .map((r) => ({
              key: r.category,
              cells: [
                CATEGORY_LABELS[r.category],
                `${formatPlaces(r.needP50)} (${formatPlaces(r.needP90)})`,
                formatPlaces(r.inHouseSupply),
                `${formatPlaces(r.toCommissionP50)} (${formatPlaces(r.toCommissionP10)} to ${formatPlaces(r.toCommissionP90)})`,
                purchasingText(r),
                formatMoney(r.spendP50),
                formatMoney(r.budget),
                r.headroomP50 === null
                  ? '–'
                  : r.headroomP50 < 0
                    ? `${formatMoney(-r.headroomP50)} over`
                    : formatMoney(r.headroomP50),
              ],
            }))}
          foot={{
            key: 'all',
            cells: [
              'All types',
              '',
              '',
              '',
              '',
              formatMoney(sum(year, (r) => r.spendP50)),
              hasBudget ? formatMoney(sum(year, (r) => r.budget)) : '–',
              '',
            ],
          }}
        />
      ))}
    </>
  );
}
