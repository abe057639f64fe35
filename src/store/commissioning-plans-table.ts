import type { Generated } from 'kysely';
import type { DateColumn, JsonColumn } from './database-schema.ts';

/** Saved commissioning plan versions (migration 0007), as Kysely sees them; immutable once written. */
export interface CommissioningPlanTable {
  id: Generated<number>;
  council_code: string;
  version: number;
  origin: DateColumn;
  inputs: JsonColumn<unknown>;
  plan: JsonColumn<unknown>;
  note: Generated<string>;
  created_by: string;
  created_at: Generated<Date>;
}

export interface CommissioningPlanTables {
  commissioning_plan: CommissioningPlanTable;
}
