import { query } from '../../api/client.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { useApi } from '../../components/use-api.ts';
import { FigureTable } from './figure-table.tsx';
import { financialYearLabel, formatMoney, formatPlaces } from './format-figures.ts';
import { CATEGORY_LABELS, labelOf, PURCHASING_LABELS } from './labels.ts';
import type { PlanDiffAnswer } from './types.ts';
import { supplyApi } from './use-supply.ts';

const COLUMN_LABELS: Record<string, string> = {
  needP50: 'Need (P50)',
  needP90: 'Need (P90)',
  inHouseSupply: 'In-house supply',
  toCommissionP50: 'To commission (P50)',
  toCommissionP90: 'To commission (P90)',
  purchasing: 'Suggested buying',
  blockPlaces: 'Block places',
  externalCostP50: 'External cost (P50)',
  externalCostP90: 'External cost (P90)',
  spendP50: 'Spend (P50)',
  budget: 'Budget',
  headroomP50: 'Headroom (P50)',
};

const MONEY = new Set(['externalCostP50', 'externalCostP90', 'spendP50', 'budget', 'headroomP50']);

function valueText(column: string, value: number | string | null): string {
  if (value === null) return 'not in this version';
  if (typeof value === 'string') return labelOf(PURCHASING_LABELS, value);
  return MONEY.has(column) ? formatMoney(value) : formatPlaces(value);
}

/** The cells that changed between two saved plan versions, matched by financial year and placement type. */
export function PlanDiff({ code, from, to }: { code: string; from: number; to: number }) {
  const { data, error, loading } = useApi<PlanDiffAnswer>(
    `${supplyApi(code)}/plans/diff${query({ from, to })}`,
  );
  return (
    <section aria-labelledby="plan-diff">
      <h2 className="heading-l" id="plan-diff">
        Changes from version {from} to version {to}
      </h2>
      <ApiErrorSummary error={error} />
      <div aria-live="polite">
        {loading && !data ? <p className="body">Comparing the versions…</p> : null}
      </div>
      {data && data.changes.length === 0 ? (
        <p className="body">No figure differs between the two versions.</p>
      ) : null}
      {data && data.changes.length > 0 ? (
        <FigureTable
          caption={`What changed from version ${from} to version ${to} (${data.changes.length} ${data.changes.length === 1 ? 'figure' : 'figures'})`}
          columns={[
            { header: 'Year and placement type' },
            { header: 'Figure' },
            { header: `Version ${from}`, numeric: true },
            { header: `Version ${to}`, numeric: true },
          ]}
          rows={data.changes.map((c) => ({
            key: `${c.financialYear}|${c.category}|${c.column}`,
            cells: [
              `${financialYearLabel(c.financialYear)}, ${CATEGORY_LABELS[c.category] ?? c.category}`,
              labelOf(COLUMN_LABELS, c.column),
              valueText(c.column, c.before),
              valueText(c.column, c.after),
            ],
          }))}
        />
      ) : null}
    </section>
  );
}
