import { irishGridToNationalGrid } from './irish-grid.ts';
import { normalisePostcode } from './normalise-postcode.ts';
import type { OnspdColumns } from './onspd-columns.ts';
import type { PostcodeRecord } from './postcode-record.ts';

/** Why a row did not become a record. */
export type OnspdRowOutcome =
  | { status: 'located'; record: PostcodeRecord }
  | { status: 'no-coordinates' }
  | { status: 'bad-postcode'; value: string };

const MISSING = new Set(['', 'nan', 'null', 'na']);

/**
 * One ONSPD row as a pack record. Northern Ireland (BT) grid references are Irish Grid in ONSPD and
 * are converted to the British National Grid; rows without a grid reference are dropped (distance
 * unknown, never zero). A missing district becomes "".
 */
export function onspdRowToRecord(row: readonly string[], columns: OnspdColumns): OnspdRowOutcome {
  const text = row[columns.postcode] ?? '';
  const postcode = normalisePostcode(text);
  if (postcode === null) return { status: 'bad-postcode', value: text };
  const eastingText = (row[columns.easting] ?? '').trim();
  const northingText = (row[columns.northing] ?? '').trim();
  if (MISSING.has(eastingText.toLowerCase()) || MISSING.has(northingText.toLowerCase())) {
    return { status: 'no-coordinates' };
  }
  const easting = Number(eastingText);
  const northing = Number(northingText);
  if (!Number.isFinite(easting) || !Number.isFinite(northing)) return { status: 'no-coordinates' };
  const districtText = (row[columns.district] ?? '').trim();
  const district = MISSING.has(districtText.toLowerCase()) ? '' : districtText;
  const grid = postcode.startsWith('BT')
    ? irishGridToNationalGrid(easting, northing)
    : { easting: Math.round(easting), northing: Math.round(northing) };
  return { status: 'located', record: { postcode, ...grid, district } };
}
