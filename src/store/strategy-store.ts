import type { Kysely } from 'kysely';
import type { Kpi } from '../plan/kpi.ts';
import type { Action, Priority, ProgressUpdate } from '../plan/strategy.ts';
import type { Database } from './database-schema.ts';
import { actionOf, kpiOf, priorityOf, updateOf } from './strategy-rows.ts';
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

/** The result of a write to an id the council's strategy does not have. */
export function strategyNotFound(what: string, id: number) {
  return { status: 'not-found', what: `No ${what} ${id} in this council's strategy.` } as const;
}
