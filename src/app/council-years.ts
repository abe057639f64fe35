import type { Kysely } from 'kysely';
import { collectionYearLabel } from '../dates/index.ts';
import { type YearSummary, yearSummary } from '../indicators/index.ts';
import { type Database, listBatches } from '../store/index.ts';
import { councilTimelines } from './council-timelines.ts';

export interface CouncilYear extends YearSummary {
  label: string;
  kind: 'return' | 'in-year';
  batchId: number;
  importedAt: string;
  importedBy: string;
}

/** The collection years a council has active imports for, with headline counts from its timelines. */
export async function councilYears(db: Kysely<Database>, councilCode: string): Promise<CouncilYear[]> {
  const batches = (await listBatches(db, councilCode)).filter((b) => b.status === 'active');
  if (batches.length === 0) return [];
  const timelines = await councilTimelines(db, councilCode);
  const byYear = new Map<number, (typeof batches)[number]>();
  for (const b of batches) {
    const current = byYear.get(b.collectionYear);
    // A full return speaks for its year over any in-year extract.
    if (!current || (current.kind === 'in-year' && (b.kind === 'return' || b.asAt > current.asAt)))
      byYear.set(b.collectionYear, b);
  }
  return [...byYear.values()]
    .sort((a, b) => a.collectionYear - b.collectionYear)
    .map((b) => ({
      ...yearSummary(timelines, b.collectionYear),
      label: collectionYearLabel(b.collectionYear),
      kind: b.kind,
      batchId: b.id,
      importedAt: b.importedAt.toISOString(),
      importedBy: b.importedBy,
    }));
}
