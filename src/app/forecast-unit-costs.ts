import { type Kysely, sql } from 'kysely';
import { formatUkDate } from '../dates/index.ts';
import {
  type CostAssumptions,
  DEFAULT_COSTS,
  MODEL_CATEGORIES,
  type ModelCategory,
  type UnitCost,
} from '../forecast/index.ts';
import { type Database, loadLocalRecords, recordAuditEvent } from '../store/index.ts';
import { unitCosts } from '../supply/index.ts';
import type { ForecastInputs } from './forecast-inputs.ts';

/** A council's unit costs: its own once saved, else the defaults; who changed them and when. */
export interface CouncilUnitCosts {
  assumptions: CostAssumptions;
  isDefault: boolean;
  updatedBy: string | null;
  updatedAt: Date | null;
}

export interface UnitCostChange {
  weekly: Record<ModelCategory, UnitCost>;
  inflation: Record<ModelCategory, number>;
}

/** The council's own source line, shown beside the costs. */
const OWN_SOURCE = "the council's own unit costs (edited in the forecast's cost assumptions)";

/** The unit costs and inflation a council's forecasts use. */
export async function councilUnitCosts(db: Kysely<Database>, councilCode: string): Promise<CouncilUnitCosts> {
  const row = await db
    .selectFrom('forecast_unit_cost')
    .selectAll()
    .where('council_code', '=', councilCode)
    .executeTakeFirst();
  if (!row) return { assumptions: DEFAULT_COSTS, isDefault: true, updatedBy: null, updatedAt: null };
  return {
    assumptions: {
      weekly: row.weekly as Record<ModelCategory, UnitCost>,
      inflation: row.inflation as Record<ModelCategory, number>,
      source: OWN_SOURCE,
    },
    isDefault: false,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/**
 * Saves a council's unit costs (null: back to the defaults) and writes a `forecast.costs` audit event with
 * the figures before and after.
 */
export async function saveCouncilUnitCosts(
  db: Kysely<Database>,
  councilCode: string,
  change: UnitCostChange | null,
  by: string,
): Promise<CouncilUnitCosts> {
  const before = await councilUnitCosts(db, councilCode);
  if (change === null) {
    await db.deleteFrom('forecast_unit_cost').where('council_code', '=', councilCode).execute();
  } else {
    const values = {
      weekly: JSON.stringify(pick(change.weekly)),
      inflation: JSON.stringify(pick(change.inflation)),
      updated_by: by,
      updated_at: sql<Date>`now()`,
    };
    await db
      .insertInto('forecast_unit_cost')
      .values({ council_code: councilCode, ...values })
      .onConflict((oc) => oc.column('council_code').doUpdateSet(values))
      .execute();
  }
  const after = await councilUnitCosts(db, councilCode);
  await recordAuditEvent(db, {
    actor: by,
    action: 'forecast.costs',
    councilCode,
    detail: {
      before: { weekly: before.assumptions.weekly, inflation: before.assumptions.inflation },
      after: { weekly: after.assumptions.weekly, inflation: after.assumptions.inflation },
    },
  });
  return after;
}

/** The four categories only, in their order (nothing else reaches the database). */
function pick<T>(byCategory: Record<ModelCategory, T>): Record<ModelCategory, T> {
  return Object.fromEntries(MODEL_CATEGORIES.map((c) => [c, byCategory[c]])) as Record<ModelCategory, T>;
}

/**
 * The unit costs a forecast of these inputs uses: the council's own once saved; otherwise, when its local
 * data has placement costs, the medians of its current placements' weekly costs by category, in-house and
 * external apart (`unitCosts` of src/supply, as the gap uses: sector defaults where it has none); otherwise
 * the sector defaults. Inflation is the defaults' until the council saves its own.
 */
export async function forecastCostAssumptions(
  db: Kysely<Database>,
  inputs: ForecastInputs,
): Promise<CostAssumptions> {
  const saved = await councilUnitCosts(db, inputs.councilCode);
  if (!saved.isDefault || inputs.latestOrigin === null) return saved.assumptions;
  const placementCosts = await loadLocalRecords(db, inputs.councilCode, 'placementCosts');
  if (placementCosts.length === 0) return saved.assumptions;
  const local = unitCosts(placementCosts, inputs.timelines, inputs.latestOrigin);
  const weekly = {} as Record<ModelCategory, UnitCost>;
  let placements = 0;
  for (const c of MODEL_CATEGORIES) {
    weekly[c] = { inHouse: local.inHouse.weekly[c], external: local.external.weekly[c] };
    placements += local.inHouse.placements[c] + local.external.placements[c];
  }
  return {
    weekly,
    inflation: DEFAULT_COSTS.inflation,
    source:
      `the council's placement costs on ${formatUkDate(inputs.latestOrigin)} (local data: medians of ` +
      `${placements.toLocaleString('en-GB')} current placements; sector defaults where a category has none)`,
  };
}
