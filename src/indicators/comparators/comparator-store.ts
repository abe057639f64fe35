import type { Kysely } from 'kysely';
import type { Database } from '../../store/database-schema.ts';
import type { ComparatorFigure } from './comparator-figure.ts';

/**
 * Store published figures, replacing any earlier copy of the same figure (same source, place, year,
 * measure, characteristic and statistic), so re-importing a DfE table refreshes it. One transaction.
 */
export async function saveComparators(
  db: Kysely<Database>,
  figures: readonly ComparatorFigure[],
  importedBy: string,
): Promise<{ saved: number }> {
  // Last copy wins within a file too: one statement may not update the same row twice.
  const unique = new Map(figures.map((f) => [identity(f), f]));
  const rows = [...unique.values()].map((f) => ({
    source: f.source,
    geographic_level: f.level,
    code: f.code,
    name: f.name,
    year: f.year,
    measure: f.measure,
    characteristic: f.characteristic,
    statistic: f.statistic,
    value: f.value,
    flag: f.flag ?? null,
    indicator_id: f.indicatorId ?? null,
    cell: f.cell ? JSON.stringify(f.cell) : null,
    imported_by: importedBy,
  }));
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 2000) {
      await tx
        .insertInto('comparator')
        .values(rows.slice(i, i + 2000))
        .onConflict((oc) =>
          oc
            .columns(['source', 'geographic_level', 'code', 'year', 'measure', 'characteristic', 'statistic'])
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              value: eb.ref('excluded.value'),
              flag: eb.ref('excluded.flag'),
              indicator_id: eb.ref('excluded.indicator_id'),
              cell: eb.ref('excluded.cell'),
              imported_by: eb.ref('excluded.imported_by'),
              imported_at: new Date(),
            })),
        )
        .execute();
    }
  });
  return { saved: rows.length };
}

function identity(f: ComparatorFigure): string {
  return JSON.stringify([f.source, f.level, f.code, f.year, f.measure, f.characteristic, f.statistic]);
}

/** The councils (ONS codes) a council compares itself with; [] until chosen. */
export async function statisticalNeighbours(db: Kysely<Database>, councilCode: string): Promise<string[]> {
  const row = await db
    .selectFrom('council_setting')
    .select('statistical_neighbours')
    .where('council_code', '=', councilCode)
    .executeTakeFirst();
  return row?.statistical_neighbours ?? [];
}

/** Choose a council's statistical neighbours (deduplicated, in the order given, never itself). */
export async function setStatisticalNeighbours(
  db: Kysely<Database>,
  councilCode: string,
  neighbours: readonly string[],
  by: string,
): Promise<string[]> {
  const list = [...new Set(neighbours.map((c) => c.trim()).filter((c) => c && c !== councilCode))];
  await db
    .insertInto('council_setting')
    .values({ council_code: councilCode, statistical_neighbours: list, updated_by: by })
    .onConflict((oc) =>
      oc
        .column('council_code')
        .doUpdateSet({ statistical_neighbours: list, updated_by: by, updated_at: new Date() }),
    )
    .execute();
  return list;
}
