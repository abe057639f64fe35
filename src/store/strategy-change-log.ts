import type { Kysely } from 'kysely';
import type { Database } from './database-schema.ts';
import { snapshot } from './strategy-rows.ts';
import type { StrategyChangeTable } from './strategy-tables.ts';

/** What the history holds a snapshot of. */
type StrategyObject = Parameters<typeof snapshot>[0];

export type StrategyEntity = StrategyChangeTable['entity'];
export type StrategyOperation = StrategyChangeTable['operation'];

/** One change to the strategy: who, when, and the object before and after (null when created / deleted). */
export interface StrategyChange {
  id: number;
  entity: StrategyEntity;
  entityId: number;
  operation: StrategyOperation;
  actor: string;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Appends a change (the table refuses UPDATE and DELETE); call inside the transaction that made it. The
 * objects before and after are stored as their `snapshot` (null when created / deleted).
 */
export async function recordStrategyChange(
  db: Kysely<Database>,
  change: {
    councilCode: string;
    entity: StrategyEntity;
    entityId: number;
    actor: string;
    before: StrategyObject | null;
    after: StrategyObject | null;
  },
): Promise<void> {
  const operation: StrategyOperation =
    change.before === null ? 'create' : change.after === null ? 'delete' : 'update';
  const before = change.before === null ? null : snapshot(change.before);
  const after = change.after === null ? null : snapshot(change.after);
  await db
    .insertInto('strategy_change')
    .values({
      council_code: change.councilCode,
      entity: change.entity,
      entity_id: change.entityId,
      operation,
      actor: change.actor,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    })
    .execute();
}

export interface StrategyHistoryFilter {
  entity?: StrategyEntity;
  entityId?: number;
  limit?: number;
  offset?: number;
}

/**
 * The strategy's history, newest first, optionally for one entity.
 *
 * ### Example
 * ```ts
 * await strategyHistory(db, 'E06000016', { entity: 'action', entityId: 7 })
 * ```
 */
export async function strategyHistory(
  db: Kysely<Database>,
  councilCode: string,
  filter: StrategyHistoryFilter = {},
): Promise<{ changes: StrategyChange[]; total: number }> {
  let query = db.selectFrom('strategy_change').where('council_code', '=', councilCode);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100)
      .offset(filter.offset ?? 0)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    changes: rows.map((r) => ({
      id: r.id,
      entity: r.entity,
      entityId: r.entity_id,
      operation: r.operation,
      actor: r.actor,
      at: r.at,
      before: r.before,
      after: r.after,
    })),
  };
}
