import type { Generated, Kysely } from 'kysely';
import type { LocalDataKind } from '../../local/index.ts';
import type { Database } from '../database-schema.ts';

/** One imported local-data file (migration 0006). */
export type LocalDataBatchTable = {
  id: Generated<number>;
  council_code: string;
  kind: LocalDataKind;
  file_name: string;
  sha256: string;
  bytes: number;
  row_count: number;
  status: 'active' | 'superseded';
  superseded_by: number | null;
  superseded_at: Date | null;
  imported_by: string;
  imported_at: Generated<Date>;
};

/** The local-data tables as Kysely sees them; row tables are reached through {@link LOCAL_ROW_TABLES}. */
export type LocalDataTables = {
  local_data_batch: LocalDataBatchTable;
};

/** The database with the local-data batch table typed (kept out of the shared Database interface). */
export function localDb(db: Kysely<Database>): Kysely<Database & LocalDataTables> {
  return db.withTables<LocalDataTables>();
}

/** The table holding each kind's rows; its columns are the template's CSV column names. */
export const LOCAL_ROW_TABLES: Record<LocalDataKind, string> = {
  fosterHouseholds: 'local_foster_household',
  inHouseHomes: 'local_in_house_home',
  providers: 'local_provider',
  placementCosts: 'local_placement_cost',
  placementRequests: 'local_placement_request',
  careLeaverAccommodation: 'local_care_leaver_accommodation',
  budget: 'local_budget_line',
};
