import { addYears, type EpochDay } from '../dates/index.ts';
import { adoptionPath } from './adoption.ts';
import {
  ADOPTION_DAYS,
  type CarePlan,
  EXIT_AT_18,
  EXIT_REASON,
  FIRST_PLACEMENT_FACTOR,
  LONG_TERM_EXIT_PER_YEAR,
  LONG_TERM_MATCH,
  LONG_TERM_WITH_PARENTS,
  MOVE_REASON,
  NEXT_PLACEMENT,
  PLACEMENT_DAYS,
  PLAN_EXIT_DAYS,
  type PlacementKind,
  STEP_DOWN_AT_16,
  TEMPORARY_PER_YEAR,
} from './calibration.ts';
import { missingSpells } from './missing.ts';
import { K3_FROM, type PlacementSlot, placeChild, temporarySlot, Z1_SPLIT } from './placement.ts';
import type { Rng } from './rng.ts';
import type { SettingRoster } from './settings.ts';
import type { SimAdoption, SimEpisode, SimMissing, SimPeriod } from './sim-types.ts';

export interface PeriodInput {
  dob: EpochDay;
  uasc: boolean;
  start: EpochDay;
  plan: CarePlan;
  categoryOfNeed: string;
  homePostcode: string | null;
  /** UASC placement postcodes are sometimes left blank, as in real returns. */
  blankPlacementPostcode: boolean;
  firstKind: PlacementKind;
}

export interface PeriodOutcome {
  period: SimPeriod;
  missing: SimMissing[];
  dolo: { start: EpochDay; end: EpochDay | null }[];
  adoption: SimAdoption | null;
  /** Left to live with family (may come back into care later). */
  wentHome: boolean;
}

const INF = Number.POSITIVE_INFINITY;
const YEAR = 365.25;
const FOSTERING: ReadonlySet<PlacementKind> = new Set(['fosterInHouse', 'fosterIfa', 'kinship']);
const RESIDENTIAL: ReadonlySet<PlacementKind> = new Set([
  'homeInHouse',
  'homeExternal',
  'secure',
  'residentialOther',
]);
const HOME_EXITS: ReadonlySet<string> = new Set(['E4A', 'E4B', 'E13', 'E8']);

function groupOf(kind: PlacementKind): keyof typeof NEXT_PLACEMENT {
  if (FOSTERING.has(kind)) return 'fostering';
  if (RESIDENTIAL.has(kind)) return 'residential';
  return kind === 'supported' ? 'supported' : 'other';
}

/** The next home after a move, with the age gates (supported 16+, homes 8+, no kinship for UASC). */
function nextKind(rng: Rng, current: PlacementKind, age: number, uasc: boolean): PlacementKind {
  for (let i = 0; i < 12; i++) {
    const kind = rng.weighted(NEXT_PLACEMENT[groupOf(current)]);
    if (kind === 'supported' && age < 16) continue;
    if ((kind === 'homeExternal' || kind === 'homeInHouse' || kind === 'secure') && age < 8) continue;
    if (kind === 'kinship' && uasc) continue;
    return kind;
  }
  return 'fosterIfa';
}

/** A next home that is not "other" (used when Z1 placements close at the end of 2024/25). */
function settledKind(rng: Rng, current: PlacementKind, age: number, uasc: boolean): PlacementKind {
  for (let i = 0; i < 12; i++) {
    const kind = nextKind(rng, current, age, uasc);
    if (kind !== 'other') return kind;
  }
  return 'fosterIfa';
}

function initialLegalStatus(rng: Rng, plan: CarePlan, age: number): string {
  switch (plan) {
    case 'remand':
      return 'J1';
    case 'uasc':
      return 'V2';
    case 'home':
      return age >= 10
        ? rng.weighted([
            ['V2', 60],
            ['C1', 25],
            ['L1', 15],
          ] as const)
        : rng.weighted([
            ['V2', 45],
            ['C1', 40],
            ['L1', 10],
            ['L2', 5],
          ] as const);
    case 'adoption':
    case 'sgo':
    case 'cao':
      return rng.weighted([
        ['C1', 80],
        ['L2', 10],
        ['L1', 10],
      ] as const);
    case 'longTerm':
      return age >= 10
        ? rng.weighted([
            ['C1', 45],
            ['V2', 45],
            ['L1', 10],
          ] as const)
        : rng.weighted([
            ['C1', 75],
            ['V2', 15],
            ['L1', 6],
            ['L2', 4],
          ] as const);
  }
}

function exitAt18(rng: Rng, kind: PlacementKind): string {
  if (FOSTERING.has(kind)) return rng.weighted(EXIT_AT_18.fostering);
  if (kind === 'supported') return rng.weighted(EXIT_AT_18.supported);
  return rng.weighted(EXIT_AT_18.residential);
}

function days(rng: Rng, p: { median: number; sigma: number }, factor = 1): number {
  return Math.max(1, Math.round(rng.lognormal(p.median * factor, p.sigma)));
}

/**
 * One period of care, day by day as a sequence of events: legal status changes (RNE L), moves
 * (P, or T with a status change), status-only code changes (B: U6 → U4, H5 → K3, Z1 → Z1x,
 * U5 → A5), temporary spells (T1/T3/T4, returning to the same carer) and the exit.
 */
export function simulatePeriod(rng: Rng, roster: SettingRoster, input: PeriodInput): PeriodOutcome {
  const { dob, uasc, start, categoryOfNeed, homePostcode } = input;
  let plan = input.plan;
  const turn18 = addYears(dob, 18);
  const ageAt = (t: EpochDay) => (t - dob) / YEAR;

  // When and how the period ends (age 18 overrides).
  let exitDay = INF;
  let exitReason: string | null = null;
  let adoption: SimAdoption | null = null;
  let placedForAdoption = INF;
  let fosteringForAdoption = false;
  let lsChanges: { day: EpochDay; ls: string }[] = [];
  const ls0 = initialLegalStatus(rng, plan, ageAt(start));
  if (plan === 'adoption') {
    const path = adoptionPath(
      rng,
      start,
      input.firstKind === 'fosterInHouse' && rng.chance(ADOPTION_DAYS.fosteringForAdoption),
    );
    adoption = path.adoption;
    fosteringForAdoption = path.fosteringForAdoption;
    lsChanges.push({ day: path.placementOrder, ls: 'E1' });
    if (path.changedPlan) {
      plan = 'longTerm';
      exitDay = path.adoption.ceased ?? start;
      exitDay += Math.round(rng.exponential(YEAR / LONG_TERM_EXIT_PER_YEAR));
    } else {
      placedForAdoption = path.placed;
      exitDay = path.order;
      exitReason = rng.chance(0.65) ? 'E11' : 'E12';
    }
  } else if (plan === 'longTerm') {
    exitDay = start + Math.max(30, Math.round(rng.exponential(YEAR / LONG_TERM_EXIT_PER_YEAR)));
  } else if (plan === 'uasc') {
    const u = rng.float();
    if (u < 0.03) [exitDay, exitReason] = [start + days(rng, { median: 50, sigma: 0.6 }), 'E15'];
    else if (u < 0.06) [exitDay, exitReason] = [start + days(rng, { median: 200, sigma: 0.8 }), 'E8'];
  } else {
    exitDay = start + days(rng, PLAN_EXIT_DAYS[plan]);
    if (plan === 'cao') exitReason = 'E41';
  }
  if (exitDay >= turn18) {
    exitDay = turn18;
    exitReason = null;
  }
  if (exitDay <= start) exitDay = start + 1;

  // Police protection or an emergency order lasts days; care orders follow after ~8 months.
  let emergencyEnd = INF;
  if (ls0 === 'L1' || ls0 === 'L2') {
    emergencyEnd = start + rng.between(1, 8);
    lsChanges.push({ day: emergencyEnd, ls: plan === 'home' && rng.chance(0.6) ? 'V2' : 'C1' });
  }
  const wantsFullOrder = plan === 'longTerm' || plan === 'home' || rng.chance(plan === 'adoption' ? 0 : 0.55);
  if (wantsFullOrder && (ls0 === 'C1' || ls0 === 'L1' || ls0 === 'L2') && plan !== 'adoption') {
    lsChanges.push({ day: start + days(rng, { median: 240, sigma: 0.25 }), ls: 'C2' });
  }
  lsChanges = lsChanges.filter((c) => c.day > start && c.day < exitDay).sort((a, b) => a.day - b.day);

  const episodes: SimEpisode[] = [];
  const segments: { kind: PlacementKind; start: EpochDay; end: EpochDay }[] = [];
  let ls = ls0;
  let slot: PlacementSlot = placeChild(rng, roster, input.firstKind, start, ageAt(start), homePostcode);
  if (fosteringForAdoption && slot.kind === 'fosterInHouse') slot = { ...slot, placementType: 'U5' };
  let placementStart = start;
  const open = (t: EpochDay, rne: string, rpc: string | null) =>
    episodes.push({
      start: t,
      end: null,
      reasonNewEpisode: rne,
      legalStatus: ls,
      categoryOfNeed,
      placementType: slot.placementType,
      provider: slot.provider,
      reasonEnded: null,
      reasonPlaceChange: rpc,
      homePostcode,
      placementPostcode: input.blankPlacementPostcode ? null : slot.postcode,
      urn: slot.urn,
    });
  const close = (t: EpochDay, rec: string) => {
    const last = episodes[episodes.length - 1];
    if (last) [last.end, last.reasonEnded] = [t, rec];
  };

  // Schedules that belong to the current placement.
  let moveDay = INF;
  let matchDay = INF;
  let recodeDay = INF;
  let tempDay = INF;
  let frozen = false;
  const schedule = (first: boolean) => {
    moveDay = frozen
      ? INF
      : placementStart + days(rng, PLACEMENT_DAYS[slot.kind], first ? FIRST_PLACEMENT_FACTOR : 1);
    if (first && emergencyEnd < INF) moveDay = rng.chance(0.8) ? emergencyEnd : moveDay;
    const matchable =
      slot.placementType === 'U6' || (slot.placementType === 'U3' && plan !== 'sgo' && plan !== 'cao');
    matchDay =
      matchable &&
      plan !== 'sgo' &&
      plan !== 'cao' &&
      plan !== 'adoption' &&
      rng.chance(LONG_TERM_MATCH.chance)
        ? placementStart + LONG_TERM_MATCH.afterDays + rng.int(120)
        : INF;
    recodeDay =
      slot.placementType === 'H5' || slot.placementType === 'P2'
        ? Math.max(placementStart + 1, K3_FROM + rng.int(365))
        : slot.placementType === 'Z1'
          ? Math.max(placementStart + 1, Z1_SPLIT - 1)
          : INF;
    tempDay = FOSTERING.has(slot.kind)
      ? placementStart + Math.round(rng.exponential(YEAR / sumTemporary))
      : INF;
  };
  const endSegment = (t: EpochDay) => segments.push({ kind: slot.kind, start: placementStart, end: t });
  const moveTo = (t: EpochDay, kind: PlacementKind, reason: string, newLs: string | null) => {
    close(t, 'X1');
    endSegment(t);
    if (newLs) ls = newLs;
    slot = placeChild(rng, roster, kind, t, ageAt(t), homePostcode);
    placementStart = t;
    open(t, newLs ? 'T' : 'P', reason);
    schedule(false);
  };

  // Plan-driven final placements: home on trial with parents, kinship before an SGO, adopters.
  let finalDay = INF;
  let finalKind: PlacementKind = 'parents';
  if (plan === 'home' && (ls0 === 'C1' || ls0 === 'L2') && rng.chance(0.45)) {
    finalDay = exitDay - days(rng, { median: 240, sigma: 0.5 });
  } else if (plan === 'longTerm' && ls0 !== 'V2' && rng.chance(LONG_TERM_WITH_PARENTS)) {
    finalDay = start + Math.round((exitDay - start) * (0.15 + 0.35 * rng.float()));
  } else if ((plan === 'sgo' || (plan === 'cao' && rng.chance(0.5))) && input.firstKind !== 'kinship') {
    finalDay = start + Math.round((exitDay - start) * (0.2 + 0.3 * rng.float()));
    finalKind = 'kinship';
  } else if (placedForAdoption < INF) {
    finalDay = placedForAdoption;
    finalKind = 'adoption';
  }
  if (finalDay <= start + 1) finalDay = INF;
  // Many looked-after 16–17-year-olds step down from foster or children's homes to supported accommodation.
  let stepDownDay = INF;
  const sixteen = addYears(dob, 16);
  if ((plan === 'longTerm' || plan === 'uasc') && finalDay === INF && rng.chance(STEP_DOWN_AT_16)) {
    stepDownDay = Math.max(sixteen, start + 30) + rng.int(540);
    if (stepDownDay >= exitDay - 30) stepDownDay = INF;
  }
  if (input.firstKind === 'kinship' && (plan === 'sgo' || plan === 'cao')) frozen = true;
  if (input.firstKind === 'parents' && plan === 'home') frozen = true;

  open(start, 'S', null);
  schedule(true);
  for (;;) {
    const nextLs = lsChanges[0]?.day ?? INF;
    const t = Math.min(moveDay, nextLs, matchDay, recodeDay, tempDay, finalDay, stepDownDay);
    if (t >= exitDay) break;
    const lastStart = episodes[episodes.length - 1]?.start ?? start;
    if (t <= lastStart) {
      // Two events on one day: let the later one wait a day so no episode is empty.
      if (t === moveDay) moveDay = lastStart + 1;
      else if (t === nextLs && lsChanges[0]) lsChanges[0].day = lastStart + 1;
      else if (t === matchDay) matchDay = lastStart + 1;
      else if (t === recodeDay) recodeDay = lastStart + 1;
      else if (t === tempDay) tempDay = lastStart + 1;
      else if (t === stepDownDay) stepDownDay = lastStart + 1;
      else finalDay = lastStart + 1;
      continue;
    }
    if (t === stepDownDay) {
      stepDownDay = INF;
      if (slot.kind !== 'supported' && !frozen) moveTo(t, 'supported', 'CARPL', null);
    } else if (t === finalDay) {
      finalDay = INF;
      if (finalKind === 'adoption' && slot.placementType === 'U5') {
        // Fostering-for-adoption carers become the adopters: same carer, new code.
        close(t, 'X1');
        slot = { ...slot, kind: 'adoption', placementType: 'A5' };
        open(t, 'B', 'PLACE');
      } else if (slot.kind !== finalKind) {
        moveTo(t, finalKind, 'CARPL', null);
      }
      frozen = true;
      moveDay = INF;
    } else if (t === nextLs) {
      const change = lsChanges.shift() as { day: EpochDay; ls: string };
      if (t === moveDay) {
        moveTo(t, nextKind(rng, slot.kind, ageAt(t), uasc), 'CARPL', change.ls);
      } else {
        close(t, 'X1');
        ls = change.ls;
        open(t, 'L', null);
      }
    } else if (t === moveDay) {
      moveTo(t, nextKind(rng, slot.kind, ageAt(t), uasc), rng.weighted(MOVE_REASON), null);
    } else if (t === matchDay) {
      matchDay = INF;
      close(t, 'X1');
      slot = { ...slot, placementType: slot.placementType === 'U3' ? 'U1' : 'U4' };
      open(t, 'B', 'PLACE');
    } else if (t === recodeDay) {
      recodeDay = INF;
      if (slot.placementType === 'Z1') {
        // Z1 ends with 2024/25: the child moves on by 31 March 2025 so no return mixes Z1 and Z11–Z14.
        moveTo(t, settledKind(rng, slot.kind, ageAt(t), uasc), 'CARPL', null);
      } else {
        close(t, 'X1');
        slot = { ...slot, placementType: 'K3' };
        open(t, 'B', 'PLACE');
      }
    } else {
      tempDay = temporarySpell(t);
    }
  }
  close(exitDay, exitReason ?? (exitDay === turn18 ? exitAt18(rng, slot.kind) : exitFor(rng, plan)));
  endSegment(exitDay);

  /** A short temporary stay, then back to the same carer; returns when the next may start. */
  function temporarySpell(t: EpochDay): EpochDay {
    const code = rng.weighted([
      ['T3', TEMPORARY_PER_YEAR.T3],
      ['T1', TEMPORARY_PER_YEAR.T1],
      ['T4', TEMPORARY_PER_YEAR.T4],
    ] as const);
    const length =
      code === 'T3' ? rng.between(3, 14) : code === 'T1' ? rng.between(2, 20) : rng.between(1, 7);
    const back = t + length;
    const next = t + Math.round(rng.exponential(YEAR / sumTemporary));
    if (
      back >= Math.min(moveDay, exitDay, lsChanges[0]?.day ?? INF, matchDay, recodeDay, finalDay, stepDownDay)
    )
      return next;
    const usual = slot;
    close(t, 'X1');
    slot = temporarySlot(code);
    open(t, 'P', code === 'T3' ? 'CARPL' : 'OTHER');
    close(back, 'X1');
    slot = usual;
    open(back, 'P', 'OTHER');
    return Math.max(next, back + 1);
  }

  const exitReasonFinal = episodes[episodes.length - 1]?.reasonEnded ?? null;
  const missing = segments.flatMap((s) => missingSpells(rng, s.kind, s.start, s.end, ageAt(s.start)));
  const dolo = segments
    .filter(
      (s) =>
        (s.kind === 'homeExternal' || s.kind === 'homeInHouse') && ageAt(s.start) >= 13 && rng.chance(0.05),
    )
    .map((s) => ({ start: Math.min(s.end - 1, s.start + rng.int(30)), end: s.end }));
  if (adoption && (exitReasonFinal === 'E11' || exitReasonFinal === 'E12')) {
    adoption.ceased = exitDay;
    adoption.reasonCeased = 'RD1';
  } else if (adoption && adoption.ceased === null) {
    adoption.ceased = exitDay;
    adoption.reasonCeased = 'RD4';
  }
  return {
    period: { start, end: exitDay, episodes },
    missing,
    dolo,
    adoption,
    wentHome: exitReasonFinal !== null && HOME_EXITS.has(exitReasonFinal),
  };
}

const sumTemporary = TEMPORARY_PER_YEAR.T1 + TEMPORARY_PER_YEAR.T3 + TEMPORARY_PER_YEAR.T4;

function exitFor(rng: Rng, plan: CarePlan): string {
  switch (plan) {
    case 'home':
      return rng.weighted(EXIT_REASON.home);
    case 'sgo':
      return rng.weighted(EXIT_REASON.sgo);
    case 'cao':
      return 'E41';
    case 'remand':
      return rng.weighted(EXIT_REASON.remand);
    case 'longTerm':
    case 'adoption':
      return rng.weighted(EXIT_REASON.longTerm);
    case 'uasc':
      return 'E8';
  }
}
