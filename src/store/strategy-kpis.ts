import { type Kysely, sql } from 'kysely';
import { formatIsoDate } from '../dates/index.ts';
import type { Kpi } from '../plan/kpi.ts';
import type { Database } from './database-schema.ts';
import { recordStrategyChange } from './strategy-change-log.ts';
import { kpiOf } from './strategy-rows.ts';
import { type KpiInput, type StrategyResult, strategyNotFound } from './strategy-store.ts';

/** KPIs of a council's strategy, each linked to the figure it follows. */

function kpiValues(input: KpiInput) {
  return {
    priority_id: input.priorityId,
    title: input.title,
    unit: input.unit,
    source: input.link.source,
    source_key: input.link.key,
    source_cell:
      input.link.cell && Object.keys(input.link.cell).length ? JSON.stringify(input.link.cell) : null,
    baseline_value: input.baseline.value,
    baseline_date: formatIsoDate(input.baseline.date),
    target_value: input.target.value,
    target_date: formatIsoDate(input.target.date),
    direction: input.direction,
    tolerance: input.tolerance,
    manual_values: JSON.stringify(
      [...input.manualValues]
        .sort((a, b) => a.date - b.date)
        .map((v) => ({ date: formatIsoDate(v.date), value: v.value })),
    ),
  };
}

async function priorityMissing(db: Kysely<Database>, councilCode: string, priorityId: number | null) {
  if (priorityId === null) return false;
  const found = await db
    .selectFrom('strategy_priority')
    .select('id')
    .where('council_code', '=', councilCode)
    .where('id', '=', priorityId)
    .executeTakeFirst();
  return !found;
}

export async function createKpi(
  db: Kysely<Database>,
  councilCode: string,
  input: KpiInput,
  by: string,
): Promise<StrategyResult<Kpi>> {
  return db.transaction().execute(async (trx) => {
    if (await priorityMissing(trx, councilCode, input.priorityId))
      return notFound('priority', input.priorityId ?? 0);
    const row = await trx
      .insertInto('strategy_kpi')
      .values({ council_code: councilCode, ...kpiValues(input), updated_by: by })
      .returningAll()
      .executeTakeFirstOrThrow();
    const kpi = kpiOf(row);
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'kpi',
      entityId: row.id,
      actor: by,
      before: null,
      after: kpi,
    });
    return { status: 'saved', value: kpi } as const;
  });
}

export async function updateKpi(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  input: KpiInput,
  by: string,
): Promise<StrategyResult<Kpi>> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('strategy_kpi')
      .selectAll()
      .where('council_code', '=', councilCode)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return notFound('KPI', id);
    if (await priorityMissing(trx, councilCode, input.priorityId))
      return notFound('priority', input.priorityId ?? 0);
    const row = await trx
      .updateTable('strategy_kpi')
      .set({ ...kpiValues(input), updated_by: by, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = kpiOf(row);
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'kpi',
      entityId: id,
      actor: by,
      before: kpiOf(before),
      after: after,
    });
    return { status: 'saved', value: after } as const;
  });
}

export async function deleteKpi(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  by: string,
): Promise<StrategyResult<null>> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('strategy_kpi')
      .selectAll()
      .where('council_code', '=', councilCode)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return notFound('KPI', id);
    await trx.deleteFrom('strategy_kpi').where('id', '=', id).execute();
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'kpi',
      entityId: id,
      actor: by,
      before: kpiOf(before),
      after: null,
    });
    return { status: 'saved', value: null } as const;
  });
}

function notFound(what: string, id: number) {
  return strategyNotFound(what, id);
}
