import type { Selectable } from 'kysely';
import { formatIsoDate } from '../dates/index.ts';
import type { Kpi } from '../plan/kpi.ts';
import type { Action, Priority, ProgressUpdate } from '../plan/strategy.ts';
import { parseIsoDateOrThrow } from './strategy-dates.ts';
import type {
  StrategyActionTable,
  StrategyKpiTable,
  StrategyPriorityTable,
  StrategyUpdateTable,
} from './strategy-tables.ts';

/** Rows of the strategy tables → the plan's domain objects. */

export function priorityOf(row: Selectable<StrategyPriorityTable>): Priority {
  return {
    id: row.id,
    councilCode: row.council_code,
    position: row.position,
    title: row.title,
    description: row.description,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function actionOf(row: Selectable<StrategyActionTable>): Action {
  return {
    id: row.id,
    councilCode: row.council_code,
    priorityId: row.priority_id,
    title: row.title,
    description: row.description,
    owner: row.owner,
    partners: row.partners,
    startDate: row.start_date,
    dueDate: row.due_date,
    status: row.status,
    ragOverride: row.rag_override ? { rag: row.rag_override, reason: row.rag_override_reason ?? '' } : null,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function updateOf(row: Selectable<StrategyUpdateTable>): ProgressUpdate {
  return {
    id: row.id,
    councilCode: row.council_code,
    actionId: row.action_id,
    date: row.update_date,
    text: row.text,
    evidence: { text: row.evidence_text, url: row.evidence_url },
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function kpiOf(row: Selectable<StrategyKpiTable>): Kpi {
  const link: Kpi['link'] = { source: row.source, key: row.source_key };
  if (row.source_cell) link.cell = row.source_cell;
  return {
    id: row.id,
    councilCode: row.council_code,
    priorityId: row.priority_id,
    title: row.title,
    unit: row.unit,
    link,
    baseline: { value: row.baseline_value, date: row.baseline_date },
    target: { value: row.target_value, date: row.target_date },
    direction: row.direction,
    tolerance: row.tolerance,
    manualValues: row.manual_values.map((v) => ({ date: parseIsoDateOrThrow(v.date), value: v.value })),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/**
 * An object as the history keeps it: dates as `yyyy-mm-dd`, without who/when saved it (the change row
 * says that), so before and after differ only in what the user changed.
 */
export function snapshot(entity: Priority | Action | ProgressUpdate | Kpi): Record<string, unknown> {
  const { updatedAt: _at, updatedBy: _by, councilCode: _council, ...rest } = entity;
  return JSON.parse(
    JSON.stringify(rest, (key, value) =>
      isDateKey(key) && typeof value === 'number' ? formatIsoDate(value) : value,
    ),
  );
}

const DATE_KEYS = new Set(['startDate', 'dueDate', 'date']);

function isDateKey(key: string): boolean {
  return DATE_KEYS.has(key);
}
