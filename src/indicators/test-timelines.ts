/**
 * Small synthetic timelines for the indicator tests: one 903 return (the episodes may reach back before
 * its year, as a real return's open episodes do), each child with their own date of birth. Tests only.
 */
import { buildTimelines } from '../care/build-timelines.ts';
import { d, fullReturn, header, OPTIONS } from '../care/test-fixtures.ts';
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
  return buildTimelines([{ ...data, headers, uasc, missing }], OPTIONS);
}

/** The timeline of one child (throws if missing: fixtures only). */
export function timelineOf(timelines: readonly ChildTimeline[], childId: string): ChildTimeline {
  const found = timelines.find((t) => t.childId === childId);
  if (!found) throw new Error(`no timeline for ${childId}`);
  return found;
}
