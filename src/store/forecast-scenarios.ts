import type { Kysely, Selectable } from 'kysely';
import type { Database } from './database-schema.ts';
import type { ForecastScenarioTable } from './forecast-scenarios-tables.ts';

/** A saved scenario as stored: its levers in the scenario file format (validated by the caller). */
export interface StoredScenario {
  id: number;
  councilCode: string;
  name: string;
  description: string;
  levers: unknown[];
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
}

export interface ScenarioFields {
  name: string;
  description: string;
  levers: unknown[];
}

export type ScenarioWrite =
  | { status: 'saved'; scenario: StoredScenario }
  | { status: 'not-found' }
  | { status: 'duplicate-name'; message: string };

function toScenario(row: Selectable<ForecastScenarioTable>): StoredScenario {
  return {
    id: row.id,
    councilCode: row.council_code,
    name: row.name,
    description: row.description,
    levers: row.levers,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/** A council's saved scenarios, by name. */
export async function listForecastScenarios(
  db: Kysely<Database>,
  councilCode: string,
): Promise<StoredScenario[]> {
  const rows = await db
    .selectFrom('forecast_scenario')
    .selectAll()
    .where('council_code', '=', councilCode)
    .orderBy('name')
    .execute();
  return rows.map(toScenario);
}

/** One scenario of a council (undefined for another council's id). */
export async function findForecastScenario(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
): Promise<StoredScenario | undefined> {
  const row = await db
    .selectFrom('forecast_scenario')
    .selectAll()
    .where('council_code', '=', councilCode)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toScenario(row) : undefined;
}

const UNIQUE_VIOLATION = '23505';

function duplicate(name: string): ScenarioWrite {
  return {
    status: 'duplicate-name',
    message: `name: a scenario called "${name}" already exists (expected a name not used yet)`,
  };
}

/**
 * Saves a new scenario (`id` undefined) or changes one, as `by`. Names are unique per council.
 *
 * ### Example
 * ```ts
 * await saveForecastScenario(db, 'E06000016', undefined, { name: 'More UASC', description: '', levers }, 'ana');
 * ```
 */
export async function saveForecastScenario(
  db: Kysely<Database>,
  councilCode: string,
  id: number | undefined,
  fields: ScenarioFields,
  by: string,
): Promise<ScenarioWrite> {
  const values = {
    name: fields.name,
    description: fields.description,
    levers: JSON.stringify(fields.levers),
    updated_by: by,
  };
  try {
    const row =
      id === undefined
        ? await db
            .insertInto('forecast_scenario')
            .values({ council_code: councilCode, created_by: by, ...values })
            .returningAll()
            .executeTakeFirst()
        : await db
            .updateTable('forecast_scenario')
            .set({ ...values, updated_at: new Date() })
            .where('council_code', '=', councilCode)
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirst();
    return row ? { status: 'saved', scenario: toScenario(row) } : { status: 'not-found' };
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return duplicate(fields.name);
    throw error;
  }
}

/** Deletes a scenario; false when the council has no such scenario. */
export async function deleteForecastScenario(
  db: Kysely<Database>,
  councilCode: string,
  id: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('forecast_scenario')
    .where('council_code', '=', councilCode)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
