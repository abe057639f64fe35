import { addYears } from '../dates/index.ts';
import type { Rng } from './rng.ts';
import type { SimCareLeaver, SimChild } from './sim-types.ts';

/** Exits that leave a former relevant child (aged 16+ out of care, not home, adopted or under an order). */
const LEAVING_CARE: ReadonlySet<string> = new Set(['E17', 'E5', 'E6', 'E7', 'E8', 'E9']);

/** Days looked after on or after the 14th birthday. */
function daysSince14(child: SimChild): number {
  const from = addYears(child.dob, 14);
  let total = 0;
  for (const p of child.periods) total += Math.max(0, (p.end ?? p.start) - Math.max(from, p.start));
  return total;
}

/**
 * OC3 information at the 19th, 20th and 21st birthdays for a former relevant child: one who left
 * care at 16+ to independence or staying put after 13+ weeks in care since 14. Most are in touch;
 * activity and accommodation are `0` when not in touch and blank when returned home.
 */
export function careLeaverYears(rng: Rng, child: SimChild): SimCareLeaver[] {
  const last = child.periods[child.periods.length - 1];
  const lastEpisode = last?.episodes[last.episodes.length - 1];
  if (!last || last.end === null || !lastEpisode?.reasonEnded || !LEAVING_CARE.has(lastEpisode.reasonEnded))
    return [];
  if (last.end < addYears(child.dob, 16) || daysSince14(child) < 91) return [];
  const stayingPut = lastEpisode.reasonEnded === 'E17';
  return [19, 20, 21].map((age) => {
    const inTouch = rng.weighted([
      ['YES', 88],
      ['NO', 4],
      ['REFU', 3],
      ['NREQ', 3],
      ['RHOM', 2],
    ] as const);
    if (inTouch === 'RHOM')
      return { birthday: addYears(child.dob, age), inTouch, activity: null, accommodation: null };
    if (inTouch !== 'YES')
      return { birthday: addYears(child.dob, age), inTouch, activity: '0', accommodation: '0' };
    const activity = rng.weighted([
      ['F1', 7],
      ['P1', 1],
      ['F2', 18],
      ['P2', 3],
      ['F4', 22],
      ['P4', 8],
      ['F5', 2],
      ['P5', 1],
      ['G4', 8],
      ['G5', 24],
      ['G6', 6],
    ] as const);
    const accommodation = rng.weighted([
      ['U1', 30],
      ['D1', 14],
      ['B1', 10],
      ['R1', stayingPut && age === 19 ? 30 : 6],
      ['E1', 6],
      ['K1', 5],
      ['Y1', 5],
      ['C1', 2],
      ['T1', 2],
      ['X2', 3],
      ['V2', 2],
      ['S2', 2],
      ['W2', 1],
    ] as const);
    return { birthday: addYears(child.dob, age), inTouch, activity, accommodation };
  });
}
