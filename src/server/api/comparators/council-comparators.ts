import type { Kysely } from 'kysely';
import { findCouncil } from '../../../councils/index.ts';
import {
  type ComparatorPoint,
  comparatorsFor,
  statisticalNeighbours,
} from '../../../indicators/comparators/index.ts';
import type { Database } from '../../../store/index.ts';
import { regionCode } from './region-code.ts';

/**
 * Every comparator point for a council: England (imported, else shipped), its region (from the council
 * registry) and its chosen statistical neighbours.
 */
export async function councilComparators(db: Kysely<Database>, code: string): Promise<ComparatorPoint[]> {
  const region = regionCode(findCouncil(code)?.region);
  const neighbours = await statisticalNeighbours(db, code);
  return comparatorsFor(db, { councilCode: code, ...(region ? { region } : {}), neighbours });
}
