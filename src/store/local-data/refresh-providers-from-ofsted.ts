import type { Kysely } from 'kysely';
import { type LocalFinding, readOfstedRegister, refreshProviders } from '../../local/index.ts';
import type { Database } from '../database-schema.ts';
import { loadLocalRecords } from './load-local-data.ts';
import { storeLocalRecords } from './store-local-records.ts';

export type OfstedRefreshResult =
  | {
      status: 'imported';
      batchId: number;
      rows: number;
      added: number;
      refreshed: number;
      supersededBatchId?: number;
    }
  | { status: 'rejected'; findings: LocalFinding[] };

/**
 * Fills and refreshes a council's provider list from an Ofsted register (.xlsx or .csv): the result is
 * stored as a new providers batch (one transaction, the previous one superseded and kept).
 */
export async function refreshProvidersFromOfsted(
  db: Kysely<Database>,
  input: { council: string; fileName: string; bytes: Uint8Array; user: string; localAuthorities?: string[] },
): Promise<OfstedRefreshResult> {
  const read = await readOfstedRegister(input.bytes, input.fileName);
  if (!read.ok) return { status: 'rejected', findings: read.findings };
  const current = await loadLocalRecords(db, input.council, 'providers');
  const refresh = refreshProviders(current, read.settings, {
    ...(input.localAuthorities ? { localAuthorities: input.localAuthorities } : {}),
  });
  const stored = await storeLocalRecords(db, {
    council: input.council,
    kind: 'providers',
    records: refresh.providers,
    file: { name: input.fileName, bytes: input.bytes },
    user: input.user,
  });
  return {
    status: 'imported',
    batchId: stored.batchId,
    rows: stored.rows,
    added: refresh.added,
    refreshed: refresh.refreshed,
    ...(stored.supersededBatchId !== undefined ? { supersededBatchId: stored.supersededBatchId } : {}),
  };
}
