import { addYears, type EpochDay } from '../dates/index.ts';
import {
  ageBand,
  CARE_PLAN,
  CATEGORY_OF_NEED,
  type CarePlan,
  ENTRY_AGE,
  ETHNICITY,
  FIRST_PLACEMENT,
  MALE_SHARE,
  type PlacementKind,
  REENTRY,
  UASC_ENTRY_AGE,
  UASC_ETHNICITY,
  UASC_FIRST_PLACEMENT,
  UASC_MALE_SHARE,
} from './calibration.ts';
import { careLeaverYears } from './care-leaver.ts';
import { simulatePeriod } from './period.ts';
import type { Rng } from './rng.ts';
import { postcodeIn, type SettingRoster } from './settings.ts';
import type { SimChild, SimReview, SimSocialWorker } from './sim-types.ts';
import { makeUpn } from './upn.ts';

const YEAR = 365.25;

function firstKind(rng: Rng, plan: CarePlan, age: number, uasc: boolean): PlacementKind {
  if (uasc) return rng.weighted(UASC_FIRST_PLACEMENT[age < 16 ? 'under16' : 'over16']);
  if (plan === 'adoption') return rng.chance(0.65) ? 'fosterInHouse' : 'fosterIfa';
  if (plan === 'sgo' && rng.chance(0.6)) return 'kinship';
  if (plan === 'cao' && rng.chance(0.4)) return 'kinship';
  if (plan === 'remand')
    return rng.weighted([
      ['homeExternal', 40],
      ['fosterIfa', 30],
      ['secure', 15],
      ['homeInHouse', 15],
    ] as const);
  const kind = rng.weighted(FIRST_PLACEMENT[ageBand(age)]);
  // Placement with parents at the start of care is for children going home.
  return kind === 'parents' && plan !== 'home' ? 'fosterInHouse' : kind;
}

/** Reviews: the first within 20 working days, the second within 3 months, then every 6 months. */
function reviews(rng: Rng, dob: EpochDay, start: EpochDay, end: EpochDay): SimReview[] {
  const out: SimReview[] = [];
  let t = start + rng.between(12, 28);
  let gap = 0;
  while (t < end) {
    const age = (t - dob) / YEAR;
    const participation =
      age < 4
        ? 'PN0'
        : rng.weighted([
            ['PN1', 52],
            ['PN2', 10],
            ['PN3', 8],
            ['PN4', 7],
            ['PN5', 9],
            ['PN6', 6],
            ['PN7', 8],
          ] as const);
    out.push({ date: t, participation });
    t += gap === 0 ? rng.between(80, 92) : rng.between(160, 182);
    gap++;
  }
  return out;
}

/** Social worker episodes for one period: a change every ~10 months, the last closing with the period. */
function socialWorkers(rng: Rng, start: EpochDay, end: EpochDay, workers: number): SimSocialWorker[] {
  const out: SimSocialWorker[] = [];
  let t = start;
  while (t < end) {
    const next = t + Math.max(14, Math.round(rng.lognormal(300, 0.7)));
    const id = `SW${String(1000 + rng.int(workers)).padStart(4, '0')}`;
    if (next >= end) {
      out.push({ id, start: t, end, reasonEnded: 'OTHERS' });
      break;
    }
    const reason = rng.weighted([
      ['LEFTRL', 38],
      ['MANAGE', 20],
      ['TSPROC', 15],
      ['ORGRST', 8],
      ['ABSENC', 5],
      ['FCONTA', 4],
      ['OTHERS', 10],
    ] as const);
    out.push({ id, start: t, end: next, reasonEnded: reason });
    t = next;
  }
  return out;
}

function previousPermanence(
  rng: Rng,
  dob: EpochDay,
  start: EpochDay,
): { code: string; date: EpochDay | null } {
  const code = rng.weighted([
    ['Z1', 91],
    ['P1', 1.5],
    ['P2', 3],
    ['P3', 2],
    ['P4', 2.5],
  ] as const);
  const known = code !== 'Z1' && code !== 'P4' && start - dob > 60;
  return { code, date: known ? dob + 30 + rng.int(start - dob - 30) : null };
}

export interface ChildContext {
  rng: Rng;
  roster: SettingRoster;
  laNumber: string;
  /** Social workers in the council (their ids are SW1000 …). */
  workers: number;
}

/**
 * A looked-after child's whole story from their first entry on `entry`: who they are, every period
 * of care (with re-entries after going home), reviews, social workers, missing spells, adoption,
 * and care-leaver status at 19–21.
 */
export function simulateChild(ctx: ChildContext, entry: EpochDay, uasc: boolean): SimChild {
  const { rng, roster } = ctx;
  const age = uasc ? rng.weighted(UASC_ENTRY_AGE) : rng.weighted(ENTRY_AGE);
  // Many infants come into care in their first weeks.
  const offset = age === 0 && rng.chance(0.4) ? rng.int(14) : rng.int(365);
  const dob = entry - Math.round(age * YEAR) - offset;
  const sex = rng.chance(uasc ? UASC_MALE_SHARE : MALE_SHARE) ? 'M' : 'F';
  const turn18 = addYears(dob, 18);
  const child: SimChild = {
    childId: '',
    sex,
    dob,
    ethnicity: rng.weighted(uasc ? UASC_ETHNICITY : ETHNICITY),
    upn:
      age >= 4 && !uasc
        ? makeUpn(
            ctx.laNumber,
            1000 + rng.int(8000),
            Math.floor(1970 + (dob + 5 * YEAR) / YEAR),
            rng.int(1000),
          )
        : null,
    uascCeased: uasc ? turn18 : null,
    shortBreaksOnly: false,
    motherChildDob: null,
    periods: [],
    missing: [],
    reviews: [],
    socialWorkers: [],
    adoption: null,
    dolo: [],
    careLeaver: [],
    previousPermanence: [],
  };
  const homePostcode = uasc && rng.chance(0.75) ? null : postcodeIn(rng, roster.places, 'home');
  const blankPlacementPostcode = uasc && rng.chance(0.25);
  let categoryOfNeed = uasc ? 'N8' : rng.weighted(CATEGORY_OF_NEED);
  let start = entry;
  for (let n = 0; n < 4; n++) {
    const ageNow = (start - dob) / YEAR;
    const plan: CarePlan = uasc ? 'uasc' : rng.weighted(CARE_PLAN[ageBand(ageNow)]);
    const outcome = simulatePeriod(rng, roster, {
      dob,
      uasc,
      start,
      plan: n > 0 && plan === 'adoption' ? 'longTerm' : plan,
      categoryOfNeed,
      homePostcode,
      blankPlacementPostcode,
      firstKind: firstKind(rng, plan, ageNow, uasc),
    });
    const end = outcome.period.end ?? start + 1;
    child.periods.push(outcome.period);
    child.missing.push(...outcome.missing);
    child.dolo.push(...outcome.dolo);
    child.reviews.push(...reviews(rng, dob, start, end));
    child.socialWorkers.push(...socialWorkers(rng, start, end, ctx.workers));
    child.previousPermanence.push(previousPermanence(rng, dob, start));
    if (outcome.adoption && !child.adoption) child.adoption = outcome.adoption;
    if (!outcome.wentHome || !rng.chance(REENTRY.chance)) break;
    const back = end + Math.max(14, Math.round(rng.lognormal(REENTRY.gap.median, REENTRY.gap.sigma)));
    if (back >= turn18 - 90) break;
    start = back;
    if (rng.chance(0.3)) categoryOfNeed = rng.weighted(CATEGORY_OF_NEED);
  }
  if (sex === 'F') child.motherChildDob = motherhood(rng, child);
  child.careLeaver = careLeaverYears(rng, child);
  return child;
}

/** A few young women in care at 15+ become mothers (MOTHER = 1, MC_DOB). */
function motherhood(rng: Rng, child: SimChild): EpochDay | null {
  const from = addYears(child.dob, 15);
  const last = child.periods[child.periods.length - 1];
  if (!last || last.end === null || last.end - from < 180 || !rng.chance(0.06)) return null;
  return Math.max(from, last.start) + rng.int(last.end - Math.max(from, last.start));
}
