import type { Generated } from 'kysely';
import type { JsonColumn } from './database-schema.ts';

/** The forecast scenario tables (migration 0010), as Kysely sees them; see database-schema.ts for conventions. */

export interface ForecastScenarioTable {
  id: Generated<number>;
  council_code: string;
  name: string;
  description: Generated<string>;
  /** The levers in the scenario file format (dates dd/mm/yyyy), validated before writing. */
  levers: JsonColumn<unknown[]>;
  created_by: string;
  created_at: Generated<Date>;
  updated_by: string;
  updated_at: Generated<Date>;
}

/** A council's own unit costs and inflation; no row: the defaults. */
export interface ForecastUnitCostTable {
  council_code: string;
  weekly: JsonColumn<unknown>;
  inflation: JsonColumn<unknown>;
  updated_by: string;
  updated_at: Generated<Date>;
}

export interface ForecastScenarioTables {
  forecast_scenario: ForecastScenarioTable;
  forecast_unit_cost: ForecastUnitCostTable;
}
