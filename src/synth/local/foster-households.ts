import { addMonths, ageOn, calendarDate, day, type EpochDay } from '../../dates/index.ts';
import type { FosterApprovalType, FosterHousehold } from '../../local/records.ts';
import type { Rng } from '../rng.ts';
import { CarerPool, type PoolHousehold } from './carer-pool.ts';
import type { CouncilFacts, PlacementFact } from './placement-facts.ts';
import type { CouncilDistricts } from './postcode-district.ts';

/** Occupancy of usable places the service runs at before the local data starts, and on the as-at date. */
export const OCCUPANCY_TARGET = { before: 0.8, asAt: 0.9 } as const;

const GENERAL: ReadonlySet<FosterApprovalType> = new Set([
  'mainstream',
  'enhanced',
  'specialist',
  'parent-and-child',
]);

/** Households and which one each in-house fostering placement went to. */
export interface FosterCarers {
  households: FosterHousehold[];
  /** The household of each in-house fostering placement (kinship, mainstream, short breaks). */
  carerOf: Map<PlacementFact, FosterHousehold>;
}

/** In-house fostering with the council's own carers (U1–U6 with PR1), as the carer pool places it. */
export function isInHouseFostering(p: PlacementFact): boolean {
  return p.provider === 'PR1' && (p.category === 'fostering-in-house' || p.category === 'fostering-kinship');
}

/** The household types a child is matched to, best first: the first is recruited when none has room. */
function typesFor(rng: Rng, p: PlacementFact, age: number): FosterApprovalType[] {
  if (p.mother) return ['parent-and-child', 'mainstream'];
  if (p.categoryOfNeed === 'N2') return ['specialist', 'mainstream'];
  if (age >= 10 && rng.chance(0.3)) return ['enhanced', 'mainstream'];
  // Enhanced carers with room take other children too.
  return ['mainstream', 'enhanced'];
}

/** Target occupancy on a day: rising from 80% to 90% over the local data's years, as carers leave faster than they join. */
function targetOn(on: EpochDay, windowStart: EpochDay, asAt: EpochDay): number {
  if (on <= windowStart) return OCCUPANCY_TARGET.before;
  const f = Math.min(1, (on - windowStart) / Math.max(1, asAt - windowStart));
  return OCCUPANCY_TARGET.before + f * (OCCUPANCY_TARGET.asAt - OCCUPANCY_TARGET.before);
}

/** Kinship (connected person) carers are approved for the child placed with them: one household a placement. */
function placeKinship(pool: CarerPool, rng: Rng, p: PlacementFact): PoolHousehold {
  const age = ageOn(p.dob, p.start);
  // Most are approved the day the child arrives (temporary approval), some assessed beforehand.
  const approved = rng.chance(0.3) ? p.start - rng.between(14, 120) : p.start;
  const h = pool.recruit('kinship', approved, { age, sex: p.sex });
  h.ends.push(p.end);
  // Approved for this child only: no other child is placed with them.
  h.closingFrom = p.start + 1;
  return h;
}

/**
 * The council's foster carer households, consistent with its 903: every in-house fostering placement is
 * with a household approved for the child and with a usable place free, so occupancy never exceeds usable
 * places; the service recruits to keep occupancy near 80% at first and 90% by the as-at date, and carers
 * deregister more often as they age. Households that left before the local data starts are not listed.
 */
export function fosterCarers(rng: Rng, facts: CouncilFacts, districts: CouncilDistricts): FosterCarers {
  const pool = new CarerPool(rng.fork(), facts.windowStart);
  const match = rng.fork();
  const fostered = facts.placements
    .filter(isInHouseFostering)
    .sort((a, b) => a.start - b.start || a.childId.localeCompare(b.childId));
  const householdOf = new Map<PlacementFact, PoolHousehold>();
  const shortBreakCarer = new Map<string, PoolHousehold>();
  // Monthly reviews from the first of the month of the first placement.
  const first = fostered[0] ? calendarDate(fostered[0].start) : null;
  let review = first ? day(first.year, first.month, 1) : facts.asAt;
  for (const p of fostered) {
    while (review <= p.start && review <= facts.asAt) {
      pool.review(review, GENERAL, targetOn(review, facts.windowStart, facts.asAt));
      review = addMonths(review, 1);
    }
    const age = ageOn(p.dob, p.start);
    let h: PoolHousehold;
    if (p.category === 'fostering-kinship') h = placeKinship(pool, match, p);
    else if (p.shortBreak) {
      h = pool.place({
        start: p.start,
        end: p.end,
        age,
        sex: p.sex,
        types: ['short-breaks'],
        preferred: shortBreakCarer.get(p.childId),
      });
      if (!shortBreakCarer.has(p.childId)) shortBreakCarer.set(p.childId, h);
    } else h = pool.place({ start: p.start, end: p.end, age, sex: p.sex, types: typesFor(match, p, age) });
    householdOf.set(p, h);
  }
  while (review <= facts.asAt) {
    pool.review(review, GENERAL, targetOn(review, facts.windowStart, facts.asAt));
    review = addMonths(review, 1);
  }
  retireIdleShortBreakCarers(pool, facts.asAt);
  return recordsOf(rng.fork(), pool, householdOf, facts, districts);
}

/** Short-break carers whose children have stopped coming for six months step down. */
function retireIdleShortBreakCarers(pool: CarerPool, asAt: EpochDay): void {
  for (const h of pool.households) {
    if (h.type !== 'short-breaks' || h.ends.some((e) => e === null)) continue;
    const last = Math.max(h.approved, ...(h.ends as EpochDay[]));
    if (last < asAt - 182) h.closingFrom = last;
  }
}

/** The day a household's approval ends: after its last child leaves, once it has decided to stop. */
function deregistration(rng: Rng, h: PoolHousehold, asAt: EpochDay): EpochDay | null {
  if (h.closingFrom === null) return null;
  let last = h.closingFrom;
  for (const end of h.ends) {
    if (end === null) return null;
    last = Math.max(last, end);
  }
  const d = last + (h.type === 'kinship' ? rng.int(90) : rng.between(7, 60));
  return d <= asAt ? d : null;
}

function recordsOf(
  rng: Rng,
  pool: CarerPool,
  householdOf: ReadonlyMap<PlacementFact, PoolHousehold>,
  facts: CouncilFacts,
  districts: CouncilDistricts,
): FosterCarers {
  const kept: { h: PoolHousehold; record: FosterHousehold }[] = [];
  for (const h of pool.households) {
    const deregistered = deregistration(rng, h, facts.asAt);
    const district = rng.pick(
      rng.chance(h.type === 'kinship' ? 0.75 : 0.85) ? districts.home : districts.near,
    );
    // A household recruited in the last review may be approved just after the as-at date: not yet on the register.
    if (h.approved > facts.asAt || (deregistered !== null && deregistered <= facts.windowStart)) continue;
    const { profile } = h;
    kept.push({
      h,
      record: {
        householdId: '',
        approvalType: h.type,
        approvedPlaces: profile.approvedPlaces,
        usablePlaces: profile.usable === profile.approvedPlaces ? null : profile.usable,
        ageFrom: profile.ageFrom,
        ageTo: profile.ageTo,
        sexApproved: profile.sexApproved,
        siblingGroups: profile.siblingGroups,
        carerAgeAtApproval: h.ageAtApproval,
        approved: h.approved,
        deregistered,
        postcodeDistrict: district,
        skills: profile.skills,
      },
    });
  }
  kept.sort((a, b) => a.h.approved - b.h.approved || a.h.serial - b.h.serial);
  const recordOf = new Map<PoolHousehold, FosterHousehold>();
  kept.forEach(({ h, record }, i) => {
    record.householdId = `FC${String(i + 1).padStart(4, '0')}`;
    recordOf.set(h, record);
  });
  const carerOf = new Map<PlacementFact, FosterHousehold>();
  for (const [p, h] of householdOf) {
    const record = recordOf.get(h);
    if (record) carerOf.set(p, record);
  }
  return { households: kept.map((k) => k.record), carerOf };
}
