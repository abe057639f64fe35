import { type Kysely, sql } from 'kysely';
import { type CategoryMapping, DEFAULT_CATEGORY_MAPPING } from '../care/index.ts';
import { findCouncil } from '../councils/index.ts';
import { loadPostcodeDirectory } from '../geo/index.ts';
import { type Database, recordAuditEvent } from '../store/index.ts';

export interface PopulationCount {
  /** Calendar year of the mid-year estimate. */
  year: number;
  /** Children aged 0–17. */
  population: number;
}

/** What an admin edits for a council; defaults until the first save. */
export interface CouncilSettings {
  councilCode: string;
  displayName: string;
  contactEmail: string | null;
  populationUnder18: PopulationCount[];
  categoryMapping: CategoryMapping;
  /** True while the council uses the product's mapping (ssda903.md), not one of its own. */
  categoryMappingIsDefault: boolean;
  /** The postcode directory timelines use (read-only here). */
  postcodeDirectoryVersion: string;
  updatedBy: string | null;
  updatedAt: Date | null;
}

export interface CouncilSettingsChange {
  displayName: string;
  contactEmail: string | null;
  populationUnder18: PopulationCount[];
  /** null returns to the default mapping. */
  categoryMapping: CategoryMapping | null;
}

function postcodeDirectoryVersion(): string {
  try {
    return loadPostcodeDirectory().version;
  } catch {
    return 'not installed';
  }
}

/** A council's settings, or the defaults (registry name, no population, the default mapping). */
export async function councilSettings(db: Kysely<Database>, councilCode: string): Promise<CouncilSettings> {
  const row = await db
    .selectFrom('council_setting')
    .selectAll()
    .where('council_code', '=', councilCode)
    .executeTakeFirst();
  const mapping = (row?.category_mapping ?? null) as CategoryMapping | null;
  return {
    councilCode,
    displayName: row?.display_name ?? findCouncil(councilCode)?.name ?? councilCode,
    contactEmail: row?.contact_email ?? null,
    populationUnder18: [...(row?.population ?? [])].sort((a, b) => a.year - b.year),
    categoryMapping: mapping ?? DEFAULT_CATEGORY_MAPPING,
    categoryMappingIsDefault: mapping === null,
    postcodeDirectoryVersion: postcodeDirectoryVersion(),
    updatedBy: row?.updated_by ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

/**
 * Saves a council's settings and writes a `settings.change` audit event with what changed (before and
 * after, per field). Returns the saved settings.
 */
export async function saveCouncilSettings(
  db: Kysely<Database>,
  councilCode: string,
  change: CouncilSettingsChange,
  by: string,
): Promise<CouncilSettings> {
  const before = await councilSettings(db, councilCode);
  const values = {
    display_name: change.displayName,
    contact_email: change.contactEmail,
    population: JSON.stringify(change.populationUnder18),
    category_mapping: change.categoryMapping === null ? null : JSON.stringify(change.categoryMapping),
    updated_by: by,
    updated_at: sql<Date>`now()`,
  };
  await db
    .insertInto('council_setting')
    .values({ council_code: councilCode, ...values })
    .onConflict((oc) => oc.column('council_code').doUpdateSet(values))
    .execute();
  const after = await councilSettings(db, councilCode);
  await recordAuditEvent(db, {
    actor: by,
    action: 'settings.change',
    councilCode,
    detail: settingsDiff(before, after),
  });
  return after;
}

/** Fields whose value changed, as `{ field: { before, after } }` (settings hold no personal data). */
export function settingsDiff(before: CouncilSettings, after: CouncilSettings): Record<string, unknown> {
  const fields = ['displayName', 'contactEmail', 'populationUnder18', 'categoryMapping'] as const;
  const changed: Record<string, unknown> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changed[field] = { before: before[field], after: after[field] };
  }
  return { changed };
}
