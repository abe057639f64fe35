import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { formatIsoDate } from '../dates/index.ts';
import { DEFAULT_PRIORITIES } from '../plan/default-priorities.ts';
import type { Kpi } from '../plan/kpi.ts';
import type { Action, Priority, ProgressUpdate } from '../plan/strategy.ts';
import type { Database } from './database-schema.ts';
import { recordStrategyChange } from './strategy-change-log.ts';
import { isoOrNull } from './strategy-dates.ts';
import { actionOf, kpiOf, priorityOf, snapshot, updateOf } from './strategy-rows.ts';

/** What a strategy write returns: the saved object, or why nothing changed. */
export type StrategyResult<T> =
  | { status: 'saved'; value: T }
  | { status: 'not-found'; what: string }
  | { status: 'in-use'; message: string };

export type PriorityInput = Pick<Priority, 'title' | 'description'> & { position?: number };
export type ActionInput = Pick<
  Action,
  'title' | 'description' | 'owner' | 'partners' | 'startDate' | 'dueDate' | 'status' | 'ragOverride'
>;
export type ProgressUpdateInput = Pick<ProgressUpdate, 'date' | 'text' | 'evidence'>;
export type KpiInput = Pick<
  Kpi,
  | 'priorityId'
  | 'title'
  | 'unit'
  | 'link'
  | 'baseline'
  | 'target'
  | 'direction'
  | 'tolerance'
  | 'manualValues'
>;

/** Everything of a council's strategy, in display order. */
export interface StrategyRecords {
  priorities: Priority[];
  actions: Action[];
  updates: ProgressUpdate[];
  kpis: Kpi[];
}

/** Loads a council's priorities (by position), actions, progress updates (by date) and KPIs. */
export async function loadStrategy(db: Kysely<Database>, councilCode: string): Promise<StrategyRecords> {
  const [priorities, actions, updates, kpis] = await Promise.all([
    db
      .selectFrom('strategy_priority')
      .selectAll()
      .where('council_code', '=', councilCode)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('strategy_action')
      .selectAll()
      .where('council_code', '=', councilCode)
      .orderBy('due_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('strategy_update')
      .selectAll()
      .where('council_code', '=', councilCode)
      .orderBy('update_date')
      .orderBy('id')
      .execute(),
    db.selectFrom('strategy_kpi').selectAll().where('council_code', '=', councilCode).orderBy('id').execute(),
  ]);
  return {
    priorities: priorities.map(priorityOf),
    actions: actions.map(actionOf),
    updates: updates.map(updateOf),
    kpis: kpis.map(kpiOf),
  };
}

/**
 * Seeds a council's strategy with the six priorities of a typical strategy, only when it has none.
 *
 * ### Example
 * ```ts
 * await seedPriorities(db, 'E06000016', 'cora') // { status: 'saved', value: [six priorities] }
 * ```
 */
export async function seedPriorities(
  db: Kysely<Database>,
  councilCode: string,
  by: string,
): Promise<StrategyResult<Priority[]>> {
  return db.transaction().execute(async (trx) => {
    // One seed at a time per council: two clicks must not make twelve priorities.
    await sql`select pg_advisory_xact_lock(hashtext(${`strategy:${councilCode}`}))`.execute(trx);
    const existing = await trx
      .selectFrom('strategy_priority')
      .select('id')
      .where('council_code', '=', councilCode)
      .executeTakeFirst();
    if (existing) return { status: 'in-use', message: 'This strategy already has priorities.' } as const;
    const made: Priority[] = [];
    for (const [i, p] of DEFAULT_PRIORITIES.entries()) {
      const row = await trx
        .insertInto('strategy_priority')
        .values({
          council_code: councilCode,
          position: i + 1,
          title: p.title,
          description: p.description,
          updated_by: by,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const priority = priorityOf(row);
      await recordStrategyChange(trx, {
        councilCode,
        entity: 'priority',
        entityId: row.id,
        actor: by,
        before: null,
        after: snapshot(priority),
      });
      made.push(priority);
    }
    return { status: 'saved', value: made } as const;
  });
}

export async function createPriority(
  db: Kysely<Database>,
  councilCode: string,
  input: PriorityInput,
  by: string,
): Promise<StrategyResult<Priority>> {
  return db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('strategy_priority')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('council_code', '=', councilCode)
      .executeTakeFirst();
    const position = input.position ?? Number(last?.position ?? 0) + 1;
    const row = await trx
      .insertInto('strategy_priority')
      .values({
        council_code: councilCode,
        position,
        title: input.title,
        description: input.description,
        updated_by: by,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const priority = priorityOf(row);
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'priority',
      entityId: row.id,
      actor: by,
      before: null,
      after: snapshot(priority),
    });
    return { status: 'saved', value: priority } as const;
  });
}

export async function updatePriority(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  input: PriorityInput,
  by: string,
): Promise<StrategyResult<Priority>> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('strategy_priority')
      .selectAll()
      .where('council_code', '=', councilCode)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return notFound('priority', id);
    const row = await trx
      .updateTable('strategy_priority')
      .set({
        title: input.title,
        description: input.description,
        position: input.position ?? before.position,
        updated_by: by,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = priorityOf(row);
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'priority',
      entityId: id,
      actor: by,
      before: snapshot(priorityOf(before)),
      after: snapshot(after),
    });
    return { status: 'saved', value: after } as const;
  });
}

/** Deletes a priority that has no actions and no KPIs (move or delete those first). */
export async function deletePriority(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  by: string,
): Promise<StrategyResult<null>> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('strategy_priority')
      .selectAll()
      .where('council_code', '=', councilCode)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return notFound('priority', id);
    const action = await trx
      .selectFrom('strategy_action')
      .select('id')
      .where('priority_id', '=', id)
      .executeTakeFirst();
    const kpi = await trx
      .selectFrom('strategy_kpi')
      .select('id')
      .where('priority_id', '=', id)
      .executeTakeFirst();
    if (action || kpi)
      return {
        status: 'in-use',
        message: `Priority "${before.title}" still has actions or KPIs: delete or move them first.`,
      } as const;
    await trx.deleteFrom('strategy_priority').where('id', '=', id).execute();
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'priority',
      entityId: id,
      actor: by,
      before: snapshot(priorityOf(before)),
      after: null,
    });
    return { status: 'saved', value: null } as const;
  });
}

function actionValues(input: ActionInput) {
  return {
    title: input.title,
    description: input.description,
    owner: input.owner,
    partners: input.partners,
    start_date: isoOrNull(input.startDate),
    due_date: isoOrNull(input.dueDate),
    status: input.status,
    rag_override: input.ragOverride?.rag ?? null,
    rag_override_reason: input.ragOverride?.reason ?? null,
  };
}

export async function createAction(
  db: Kysely<Database>,
  councilCode: string,
  priorityId: number,
  input: ActionInput,
  by: string,
): Promise<StrategyResult<Action>> {
  return db.transaction().execute(async (trx) => {
    const priority = await trx
      .selectFrom('strategy_priority')
      .select('id')
      .where('council_code', '=', councilCode)
      .where('id', '=', priorityId)
      .executeTakeFirst();
    if (!priority) return notFound('priority', priorityId);
    const row = await trx
      .insertInto('strategy_action')
      .values({ council_code: councilCode, priority_id: priorityId, ...actionValues(input), updated_by: by })
      .returningAll()
      .executeTakeFirstOrThrow();
    const action = actionOf(row);
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'action',
      entityId: row.id,
      actor: by,
      before: null,
      after: snapshot(action),
    });
    return { status: 'saved', value: action } as const;
  });
}

/** Changes an action; `priorityId` moves it to another priority of the same council. */
export async function updateAction(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  input: ActionInput & { priorityId?: number },
  by: string,
): Promise<StrategyResult<Action>> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('strategy_action')
      .selectAll()
      .where('council_code', '=', councilCode)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return notFound('action', id);
    const priorityId = input.priorityId ?? before.priority_id;
    if (priorityId !== before.priority_id) {
      const priority = await trx
        .selectFrom('strategy_priority')
        .select('id')
        .where('council_code', '=', councilCode)
        .where('id', '=', priorityId)
        .executeTakeFirst();
      if (!priority) return notFound('priority', priorityId);
    }
    const row = await trx
      .updateTable('strategy_action')
      .set({ ...actionValues(input), priority_id: priorityId, updated_by: by, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = actionOf(row);
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'action',
      entityId: id,
      actor: by,
      before: snapshot(actionOf(before)),
      after: snapshot(after),
    });
    return { status: 'saved', value: after } as const;
  });
}

/** Deletes an action and its progress updates (each deletion kept in the history). */
export async function deleteAction(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  by: string,
): Promise<StrategyResult<null>> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('strategy_action')
      .selectAll()
      .where('council_code', '=', councilCode)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return notFound('action', id);
    const updates = await trx
      .deleteFrom('strategy_update')
      .where('action_id', '=', id)
      .returningAll()
      .execute();
    for (const u of updates)
      await recordStrategyChange(trx, {
        councilCode,
        entity: 'update',
        entityId: u.id,
        actor: by,
        before: snapshot(updateOf(u)),
        after: null,
      });
    await trx.deleteFrom('strategy_action').where('id', '=', id).execute();
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'action',
      entityId: id,
      actor: by,
      before: snapshot(actionOf(before)),
      after: null,
    });
    return { status: 'saved', value: null } as const;
  });
}

function updateValues(input: ProgressUpdateInput) {
  return {
    update_date: formatIsoDate(input.date),
    text: input.text,
    evidence_text: input.evidence.text,
    evidence_url: input.evidence.url,
  };
}

export async function createProgressUpdate(
  db: Kysely<Database>,
  councilCode: string,
  actionId: number,
  input: ProgressUpdateInput,
  by: string,
): Promise<StrategyResult<ProgressUpdate>> {
  return db.transaction().execute(async (trx) => {
    const action = await trx
      .selectFrom('strategy_action')
      .select('id')
      .where('council_code', '=', councilCode)
      .where('id', '=', actionId)
      .executeTakeFirst();
    if (!action) return notFound('action', actionId);
    const row = await trx
      .insertInto('strategy_update')
      .values({ council_code: councilCode, action_id: actionId, ...updateValues(input), updated_by: by })
      .returningAll()
      .executeTakeFirstOrThrow();
    const update = updateOf(row);
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'update',
      entityId: row.id,
      actor: by,
      before: null,
      after: snapshot(update),
    });
    return { status: 'saved', value: update } as const;
  });
}

export async function editProgressUpdate(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  input: ProgressUpdateInput,
  by: string,
): Promise<StrategyResult<ProgressUpdate>> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('strategy_update')
      .selectAll()
      .where('council_code', '=', councilCode)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return notFound('progress update', id);
    const row = await trx
      .updateTable('strategy_update')
      .set({ ...updateValues(input), updated_by: by, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = updateOf(row);
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'update',
      entityId: id,
      actor: by,
      before: snapshot(updateOf(before)),
      after: snapshot(after),
    });
    return { status: 'saved', value: after } as const;
  });
}

export async function deleteProgressUpdate(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
  by: string,
): Promise<StrategyResult<null>> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('strategy_update')
      .selectAll()
      .where('council_code', '=', councilCode)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return notFound('progress update', id);
    await trx.deleteFrom('strategy_update').where('id', '=', id).execute();
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'update',
      entityId: id,
      actor: by,
      before: snapshot(updateOf(before)),
      after: null,
    });
    return { status: 'saved', value: null } as const;
  });
}

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
      after: snapshot(kpi),
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
      before: snapshot(kpiOf(before)),
      after: snapshot(after),
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
      before: snapshot(kpiOf(before)),
      after: null,
    });
    return { status: 'saved', value: null } as const;
  });
}

function notFound(what: string, id: number) {
  return { status: 'not-found', what: `No ${what} ${id} in this council's strategy.` } as const;
}
