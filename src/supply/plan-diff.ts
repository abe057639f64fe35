import type { CommissioningPlan, PlanCategory, PlanRow } from './commissioning-plan.ts';

/** The figures of a plan row compared between versions. */
export const PLAN_COLUMNS = [
  'needP50',
  'needP90',
  'inHouseSupply',
  'toCommissionP50',
  'toCommissionP90',
  'purchasing',
  'blockPlaces',
  'externalCostP50',
  'externalCostP90',
  'spendP50',
  'budget',
  'headroomP50',
] as const satisfies readonly (keyof PlanRow)[];

export type PlanColumn = (typeof PLAN_COLUMNS)[number];

export interface PlanCellChange {
  financialYear: number;
  category: PlanCategory;
  column: PlanColumn;
  /** null: the row is not in that version. */
  before: number | string | null;
  after: number | string | null;
}

/**
 * The cells that differ between two plan versions. Rows are matched by financial year and category, so a
 * plan reviewed a year later is compared on the years both cover; a year only one covers shows as added or
 * dropped (before or after null).
 *
 * ### Example
 * ```ts
 * planDiff(v1.plan, v2.plan) // [{ financialYear: 2027, category: 'residential', column: 'toCommissionP50', before: 4.2, after: 5.1 }]
 * ```
 */
export function planDiff(a: CommissioningPlan, b: CommissioningPlan): PlanCellChange[] {
  const key = (r: PlanRow) => `${r.financialYear}|${r.category}`;
  const before = new Map(a.rows.map((r) => [key(r), r]));
  const after = new Map(b.rows.map((r) => [key(r), r]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const changes: PlanCellChange[] = [];
  for (const k of keys) {
    const x = before.get(k);
    const y = after.get(k);
    const row = (x ?? y) as PlanRow;
    for (const column of PLAN_COLUMNS) {
      const was = x ? x[column] : null;
      const now = y ? y[column] : null;
      if (was !== now)
        changes.push({
          financialYear: row.financialYear,
          category: row.category,
          column,
          before: was,
          after: now,
        });
    }
  }
  return changes.sort((p, q) => p.financialYear - q.financialYear || p.category.localeCompare(q.category));
}
