import { type Kysely, sql } from 'kysely';
import type { Action } from '../plan/strategy.ts';
import type { Database } from './database-schema.ts';
import { recordStrategyChange } from './strategy-change-log.ts';
import { isoOrNull } from './strategy-dates.ts';
import { actionOf, updateOf } from './strategy-rows.ts';
import { type ActionInput, type StrategyResult, strategyNotFound } from './strategy-store.ts';

/** Actions under a priority: add, change (including moving and RAG override), delete with their updates. */

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
      after: action,
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
      before: actionOf(before),
      after: after,
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
        before: updateOf(u),
        after: null,
      });
    await trx.deleteFrom('strategy_action').where('id', '=', id).execute();
    await recordStrategyChange(trx, {
      councilCode,
      entity: 'action',
      entityId: id,
      actor: by,
      before: actionOf(before),
      after: null,
    });
    return { status: 'saved', value: null } as const;
  });
}

function notFound(what: string, id: number) {
  return strategyNotFound(what, id);
}
