import { type ChildTimeline, isLookedAfterOn } from '../care/index.ts';
import { addMonths, birthday, calendarDate, type EpochDay } from '../dates/index.ts';
import type { CountFan } from './forecast-council.ts';
import type { Projection } from './projection.ts';
import { quantileFan } from './quantiles.ts';

/** Months after the 18th birthday the projection covers: care leavers aged 18, 19 and 20. */
export const LEAVER_MONTHS = 36;

/** A care leaver's spell of accommodation from the council's local data, as the forecast needs it. */
export interface LeaverSpell {
  childId: string;
  /** Supported accommodation (the type counted). */
  supported: boolean;
  start: EpochDay;
  end: EpochDay | null;
}

/** A child who was looked after the day before their 18th birthday, and so left care as a care leaver. */
export interface CareLeaver {
  childId: string;
  eighteenth: EpochDay;
}

/** Care leavers who turned 18 on or before `until` (short breaks aside, as everywhere in the forecast). */
export function careLeaversBy(timelines: readonly ChildTimeline[], until: EpochDay): CareLeaver[] {
  const leavers: CareLeaver[] = [];
  for (const timeline of timelines) {
    const eighteenth = birthday(timeline.dob, 18);
    if (eighteenth > until) continue;
    if (isLookedAfterOn(timeline, eighteenth - 1)) leavers.push({ childId: timeline.childId, eighteenth });
  }
  return leavers;
}

/** How many care leavers were in supported accommodation, by month since their 18th birthday. */
export interface SupportedAfter18 {
  /** Share in supported accommodation, months 0 to LEAVER_MONTHS − 1 after the 18th birthday. */
  share: number[];
  /** Care leavers seen at each month (the share's denominator). */
  observed: number[];
  /** The days the local data speaks for: from its first spell's start to the forecast's origin. */
  from: EpochDay;
  to: EpochDay;
}

/**
 * The share of care leavers in supported accommodation at each month since their 18th birthday, over the
 * care leavers whose day falls within the local data's span (a care leaver with no spell that day is not in
 * supported accommodation). Spells starting after `to` are ignored: the data as known at the origin. A month
 * no care leaver reached takes the share of the nearest month before it that did (0 if none).
 *
 * ### Example
 * ```ts
 * const s = supportedShareAfter18(careLeaversBy(timelines, origin), spells, origin);
 * s.share[0] // share in supported accommodation on their 18th birthday
 * ```
 */
export function supportedShareAfter18(
  leavers: readonly CareLeaver[],
  spells: readonly LeaverSpell[],
  to: EpochDay,
): SupportedAfter18 | null {
  const known = spells.filter((s) => s.start <= to);
  if (known.length === 0) return null;
  const from = Math.min(...known.map((s) => s.start));
  const byChild = new Map<string, LeaverSpell[]>();
  for (const spell of known) {
    const own = byChild.get(spell.childId);
    if (own) own.push(spell);
    else byChild.set(spell.childId, [spell]);
  }
  const inSupported = new Array<number>(LEAVER_MONTHS).fill(0);
  const observed = new Array<number>(LEAVER_MONTHS).fill(0);
  for (const leaver of leavers) {
    const own = byChild.get(leaver.childId) ?? [];
    for (let k = 0; k < LEAVER_MONTHS; k++) {
      const on = addMonths(leaver.eighteenth, k);
      if (on < from || on > to) continue;
      observed[k] = (observed[k] as number) + 1;
      if (own.some((s) => s.supported && s.start <= on && (s.end === null || on < s.end)))
        inSupported[k] = (inSupported[k] as number) + 1;
    }
  }
  let last = 0;
  const share = observed.map((n, k) => {
    if (n > 0) last = (inSupported[k] as number) / n;
    return last;
  });
  return { share, observed, from, to };
}

/**
 * Care leavers (up to 36 months after their 18th birthday) in supported accommodation on the origin as the
 * shares model it: the seen cohorts times their shares (the baseline the projection's changes are read from).
 */
export function supportedLeaversNow(
  origin: EpochDay,
  leavers: readonly CareLeaver[],
  share: readonly number[],
): number {
  let total = 0;
  for (const leaver of leavers) {
    const k = calendarMonthsBetween(leaver.eighteenth, origin);
    if (k >= 0 && k < LEAVER_MONTHS) total += share[k] ?? 0;
  }
  return total;
}

/** Calendar months from one day's month to another's (days within the month ignored). */
function calendarMonthsBetween(from: EpochDay, to: EpochDay): number {
  const a = calendarDate(from);
  const b = calendarDate(to);
  return b.year * 12 + b.month - (a.year * 12 + a.month);
}

/** Care leavers aged 18–20 in supported accommodation on one 31 March ahead, as a fan. */
export interface SupportedLeaversYear extends CountFan {
  date: EpochDay;
}

/**
 * Care leavers (up to 36 months after their 18th birthday) in supported accommodation at each year's end of
 * the projection: every cohort turning 18 in a month — seen ones before the origin, each path's own after it —
 * times the share in supported accommodation that many months on. The ranges are those of how many children
 * turn 18 in care; the shares are held at their past values.
 */
export function projectSupportedLeavers(
  projection: Projection,
  leavers: readonly CareLeaver[],
  share: readonly number[],
  years: number,
): SupportedLeaversYear[] {
  // Month index of the projection: 0 is the month after the origin's.
  const monthIndex = (day: EpochDay) => calendarMonthsBetween(projection.origin, day) - 1;
  // Seen cohorts by month before the origin (−1 is the origin's own month).
  const seen = new Map<number, number>();
  for (const leaver of leavers) {
    const m = monthIndex(leaver.eighteenth);
    if (m < 0 && m >= -LEAVER_MONTHS) seen.set(m, (seen.get(m) ?? 0) + 1);
  }
  return Array.from({ length: years }, (_, y) => {
    const at = (y + 1) * 12 - 1;
    const values = projection.paths.map((path) => {
      let total = 0;
      for (let k = 0; k < LEAVER_MONTHS; k++) {
        const m = at - k;
        const cohort = m >= 0 ? (path.turned18[m] ?? 0) : (seen.get(m) ?? 0);
        total += cohort * (share[k] ?? 0);
      }
      return total;
    });
    return { date: projection.monthEnds[at] as EpochDay, ...quantileFan(values) };
  });
}
