import type { Kysely } from 'kysely';
import { buildTimelines, type CategoryMapping } from '../care/index.ts';
import type { ChildTimeline } from '../care/timeline-types.ts';
import { isInCouncilArea } from '../councils/index.ts';
import { loadPostcodeDirectory } from '../geo/index.ts';
import { type Database, loadReturnData } from '../store/index.ts';

/** Every child's timeline for one council, from its active imports (full returns and in-year extracts). */
export async function councilTimelines(
  db: Kysely<Database>,
  councilCode: string,
  categoryMapping?: CategoryMapping,
): Promise<ChildTimeline[]> {
  const returns = await loadReturnData(db, councilCode);
  const postcodes = loadPostcodeDirectory();
  return buildTimelines(returns, {
    councilCode,
    locate: (postcode) => postcodes.locate(postcode),
    inArea: (district) => isInCouncilArea(district, councilCode),
    categoryMapping,
  });
}
