import type { Kysely } from 'kysely';
import { findCouncil } from '../councils/index.ts';
import { type ChildPopulation, councilPopulation } from '../forecast/index.ts';
import { recordAuditEvent } from './audit-event.ts';
import type { Database } from './database-schema.ts';

type PopulationTables = {
  population_projection: { area_code: string; mid_year: number; age: number; persons: number };
};

/** Replaces the stored projections with these areas', in one transaction; returns the rows written. */
export async function replacePopulationProjection(
  db: Kysely<Database>,
  areas: ReadonlyMap<string, ChildPopulation>,
  source: { fileName: string; user: string },
): Promise<number> {
  const rows: PopulationTables['population_projection'][] = [];
  for (const [area, population] of areas) {
    for (const year of population.years) {
      (population.byYear[year] ?? []).forEach((persons, age) => {
        rows.push({ area_code: area, mid_year: year, age, persons });
      });
    }
  }
  await db.transaction().execute(async (tx) => {
    const t = tx.withTables<PopulationTables>();
    await t.deleteFrom('population_projection').execute();
    for (let i = 0; i < rows.length; i += 5000) {
      await t
        .insertInto('population_projection')
        .values(rows.slice(i, i + 5000))
        .execute();
    }
    await recordAuditEvent(tx, {
      actor: source.user,
      action: 'population-projection.import',
      detail: { fileName: source.fileName, areas: areas.size, rows: rows.length },
    });
  });
  return rows.length;
}

/** The council's projected children (its own rows, or its districts' summed), or null when none are stored. */
export async function loadCouncilPopulation(
  db: Kysely<Database>,
  councilCode: string,
): Promise<ChildPopulation | null> {
  const council = findCouncil(councilCode);
  const districts = council && 'districts' in council ? council.districts : [];
  const codes = [councilCode, ...districts];
  const rows = await db
    .withTables<PopulationTables>()
    .selectFrom('population_projection')
    .select(['area_code', 'mid_year', 'age', 'persons'])
    .where('area_code', 'in', codes)
    .execute();
  const areas = new Map<string, ChildPopulation>();
  for (const row of rows) {
    let area = areas.get(row.area_code);
    if (!area) {
      area = { years: [], byYear: {} };
      areas.set(row.area_code, area);
    }
    if (!area.byYear[row.mid_year]) {
      area.byYear[row.mid_year] = new Array<number>(18).fill(0);
      area.years.push(row.mid_year);
    }
    (area.byYear[row.mid_year] as number[])[row.age] = row.persons;
  }
  for (const area of areas.values()) area.years.sort((a, b) => a - b);
  return councilPopulation(areas, councilCode, districts);
}
