import { type Kysely, sql } from 'kysely';
import { formatIsoDate } from '../dates/index.ts';
import type { ProgressUpdate } from '../plan/strategy.ts';
import type { Database } from './database-schema.ts';
import { recordStrategyChange } from './strategy-change-log.ts';
import { updateOf } from './strategy-rows.ts';
import { type ProgressUpdateInput, type StrategyResult, strategyNotFound } from './strategy-store.ts';

/** Dated progress updates on an action, with evidence. */

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
      after: update,
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
      before: updateOf(before),
      after: after,
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
      before: updateOf(before),
      after: null,
    });
    return { status: 'saved', value: null } as const;
  });
}

function notFound(what: string, id: number) {
  return strategyNotFound(what, id);
}
