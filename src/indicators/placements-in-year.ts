import type { ChildTimeline, Placement } from '../care/timeline-types.ts';
import type { CollectionYear } from '../dates/index.ts';
import { isCountedPlacement, overlapsYear, startingCode } from './placement-facts.ts';

/** Placed for adoption with the current foster carer: DfE does not count it as a change of placement. */
const ADOPTION_WITH_CURRENT_CARER: ReadonlySet<string> = new Set(['A3', 'A5']);

/**
 * The placements a child had during a collection year, as DfE counts them for "3 or more placements":
 * every placement open at any time in the year (including one that began before 1 April), in any period
 * of care; not short-break-only stays, not stays made only of temporary episodes, and not a placement
 * for adoption with the child's current foster carer that follows straight on from that foster placement.
 *
 * ### Example
 * ```ts
 * placementsInYear(timeline, 2025).length // 3
 * ```
 */
export function placementsInYear(timeline: ChildTimeline, year: CollectionYear): Placement[] {
  const found: Placement[] = [];
  for (const period of timeline.periods) {
    period.placements.forEach((placement, i) => {
      if (!isCountedPlacement(placement) || !overlapsYear(placement, year, timeline.observedUntil)) return;
      if (isAdoptionWithCurrentCarer(placement, period.placements[i - 1])) return;
      found.push(placement);
    });
  }
  return found;
}

/** A placement for adoption (A3/A5) with the carer of the placement it follows straight on from. */
export function isAdoptionWithCurrentCarer(placement: Placement, previous: Placement | undefined): boolean {
  const code = startingCode(placement);
  return (
    previous !== undefined &&
    previous.end === placement.start &&
    code !== null &&
    ADOPTION_WITH_CURRENT_CARER.has(code)
  );
}
