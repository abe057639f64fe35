/**
 * Small synthetic timelines for the indicator tests: one 903 return (the episodes may reach back before
 * its year, as a real return's open episodes do), each child with their own date of birth. Tests only.
 */
import { buildTimelines } from '../care/build-timelines.ts';
import { d, fullReturn, GRID, header, OPTIONS } from '../care/test-fixtures.ts';
import type { ChildTimeline } from '../care/timeline-types.ts';
import type { Episode, MissingSpell, UascRecord } from '../ssda903/records.ts';

export { d, episode } from '../care/test-fixtures.ts';

export interface FixtureChild {
  dob: string;
  episodes: Episode[];
  /** DUC: null while still UASC; absent when never UASC. */
  uascCeased?: string | null;
  missing?: { start: string; end: string | null }[];
}

const METRES_PER_MILE = 1609.344;

/**
 * The care fixtures' grid (HOME 1; NEAR 1 3 km east; FAR 1 50 km east) plus two placements just either
 * side of the DfE 20-mile line, due east of HOME 1 in another district.
 */
const LOCATE: typeof OPTIONS = {
  ...OPTIONS,
  locate: (postcode) => {
    if (postcode === 'MILES 19.9')
      return { easting: 400_000 + 19.9 * METRES_PER_MILE, northing: 300_000, district: 'E06000002' };
    if (postcode === 'MILES 20.1')
      return { easting: 400_000 + 20.1 * METRES_PER_MILE, northing: 300_000, district: 'E06000002' };
    if (postcode === 'CARDIFF 1') return { easting: 318_000, northing: 176_000, district: 'W06000015' };
    return GRID[postcode] ?? null;
  },
};

/** Timelines from one full return for `year`, children keyed by id. */
export function timelinesFor(year: number, children: Record<string, FixtureChild>): ChildTimeline[] {
  const data = fullReturn(
    year,
    Object.values(children).flatMap((c) => c.episodes),
  );
  const uasc: UascRecord[] = [];
  const missing: MissingSpell[] = [];
  for (const [childId, child] of Object.entries(children)) {
    if (child.uascCeased !== undefined) {
      const uascCeased = child.uascCeased === null ? null : d(child.uascCeased);
      uasc.push({ childId, sex: 'M', dob: d(child.dob), uascCeased });
    }
    for (const m of child.missing ?? []) {
      const end = m.end === null ? null : d(m.end);
      missing.push({ childId, dob: d(child.dob), kind: 'M', start: d(m.start), end });
    }
  }
  const headers = Object.entries(children).map(([childId, child]) => header(childId, child.dob));
  return buildTimelines([{ ...data, headers, uasc, missing }], LOCATE);
}

/** The timeline of one child (throws if missing: fixtures only). */
export function timelineOf(timelines: readonly ChildTimeline[], childId: string): ChildTimeline {
  const found = timelines.find((t) => t.childId === childId);
  if (!found) throw new Error(`no timeline for ${childId}`);
  return found;
}
