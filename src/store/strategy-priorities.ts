import { type Kysely, sql } from 'kysely';
import { DEFAULT_PRIORITIES } from '../plan/default-priorities.ts';
import type { Priority } from '../plan/strategy.ts';
import type { Database } from './database-schema.ts';
import { recordStrategyChange } from './strategy-change-log.ts';
import { priorityOf } from './strategy-rows.ts';
import { type PriorityInput, type StrategyResult, strategyNotFound } from './strategy-store.ts';

/** Priorities of a council's strategy: seed, add, change, delete (each change kept in the history). */

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
        after: priority,
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
      after: priority,
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
      before: priorityOf(before),
      after: after,
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
      before: priorityOf(before),
      after: null,
    });
    return { status: 'saved', value: null } as const;
  });
}

function notFound(what: string, id: number) {
  return strategyNotFound(what, id);
}
