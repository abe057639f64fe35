import type { ColumnType, Generated } from 'kysely';
import type { DateColumn, NullableDateColumn } from './database-schema.ts';

/** The strategy and survey tables (migration 0008), as Kysely sees them; see database-schema.ts for conventions. */

export interface StrategyPriorityTable {
  id: Generated<number>;
  council_code: string;
  position: number;
  title: string;
  description: Generated<string>;
  updated_by: string;
  updated_at: Generated<Date>;
}

export interface StrategyActionTable {
  id: Generated<number>;
  council_code: string;
  priority_id: number;
  title: string;
  description: Generated<string>;
  owner: Generated<string>;
  /** A PostgreSQL text[]. */
  partners: ColumnType<string[], string[] | undefined, string[]>;
  start_date: NullableDateColumn;
  due_date: NullableDateColumn;
  status: 'not-started' | 'in-progress' | 'done' | 'dropped';
  rag_override: 'red' | 'amber' | 'green' | null;
  rag_override_reason: string | null;
  updated_by: string;
  updated_at: Generated<Date>;
}

export interface StrategyUpdateTable {
  id: Generated<number>;
  council_code: string;
  action_id: number;
  update_date: DateColumn;
  text: string;
  evidence_text: Generated<string>;
  evidence_url: string | null;
  updated_by: string;
  updated_at: Generated<Date>;
}

export interface StrategyKpiTable {
  id: Generated<number>;
  council_code: string;
  priority_id: number | null;
  title: string;
  unit: Generated<string>;
  source: 'indicator' | 'forecast' | 'gap' | 'manual';
  source_key: Generated<string>;
  source_cell: ColumnType<Record<string, string> | null, string | null, string | null>;
  baseline_value: number;
  baseline_date: DateColumn;
  target_value: number;
  target_date: DateColumn;
  direction: 'higher' | 'lower';
  tolerance: Generated<number>;
  /** `[{ date: 'yyyy-mm-dd', value }]` for manual KPIs. */
  manual_values: ColumnType<{ date: string; value: number }[], string | undefined, string>;
  updated_by: string;
  updated_at: Generated<Date>;
}

export interface StrategyChangeTable {
  id: Generated<number>;
  council_code: string;
  entity: 'priority' | 'action' | 'update' | 'kpi';
  entity_id: number;
  operation: 'create' | 'update' | 'delete';
  actor: string;
  at: Generated<Date>;
  before: ColumnType<Record<string, unknown> | null, string | null, never>;
  after: ColumnType<Record<string, unknown> | null, string | null, never>;
}

export interface SurveyTable {
  id: Generated<number>;
  council_code: string;
  title: string;
  file_name: string;
  responses: number;
  imported_by: string;
  imported_at: Generated<Date>;
}

export interface SurveyResponseTable {
  id: Generated<number>;
  survey_id: number;
  row_number: number;
  question: string;
  response: string;
  respondent_group: string;
  /** SHA-256 of the survey id and the respondent id: counts respondents, never shown. */
  respondent_hash: string | null;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  approved_quote: Generated<boolean>;
  approved_by: string | null;
  approved_at: Date | null;
}

/** Merged into `Database` in database-schema.ts. */
export interface StrategyTables {
  strategy_priority: StrategyPriorityTable;
  strategy_action: StrategyActionTable;
  strategy_update: StrategyUpdateTable;
  strategy_kpi: StrategyKpiTable;
  strategy_change: StrategyChangeTable;
  survey: SurveyTable;
  survey_response: SurveyResponseTable;
}
