import type { EpochDay } from '../../dates/index.ts';
import type { FosterApprovalType } from '../../local/records.ts';
import type { Sex } from '../../ssda903/index.ts';
import type { Rng } from '../rng.ts';
import { carerAgeAtApproval, carerAgeOn, deregistrationHazard } from './carer-ageing.ts';
import { fits, type HouseholdProfile, householdProfile } from './household-profile.ts';

/** A household while the pool runs: its profile and the placements it has taken. */
export interface PoolHousehold {
  /** Order of creation: the tie-break that keeps ids stable. */
  serial: number;
  type: FosterApprovalType;
  profile: HouseholdProfile;
  ageAtApproval: number;
  approved: EpochDay;
  /** Takes no new child from this day (retiring once the children it has leave). */
  closingFrom: EpochDay | null;
  /** Ends of the placements it has taken; null = still open. */
  ends: (EpochDay | null)[];
}

/** A child to place with a household on a day. */
export interface CarerNeed {
  start: EpochDay;
  end: EpochDay | null;
  age: number;
  sex: Sex | null;
  /** Household types to try, best first; the first is recruited when none has room. */
  types: readonly FosterApprovalType[];
  /** A household to try before any other (a short-break child's own carer). */
  preferred?: PoolHousehold;
}

const isOpenOn = (end: EpochDay | null, on: EpochDay) => end === null || end > on;

/** Children placed with the household on a day (placements cover start ≤ day < end). */
export function occupiedOn(h: PoolHousehold, on: EpochDay): number {
  let n = 0;
  for (const end of h.ends) if (isOpenOn(end, on)) n++;
  return n;
}

/**
 * The council's fostering households, run forward through its placements. Every placement goes to a household
 * approved by its first day with a usable place free and an approval that fits the child, so no household
 * ever holds more children than its usable places; when none has room, one is recruited for the child.
 * Placements must be offered in order of start.
 */
export class CarerPool {
  readonly households: PoolHousehold[] = [];
  /** Households that may still take a child or hold one (not kinship, not stopped and empty): the ones scanned. */
  #live: PoolHousehold[] = [];
  readonly #rng: Rng;
  readonly #historyEnds: EpochDay;
  #serial = 0;

  /**
   * `historyEnds`: before this day the 903 shows only the children still in care later, so demand seems to
   * build up from nothing; households recruited for them are dated years back, as a register built over
   * time would be, not all in the last months before it.
   */
  constructor(rng: Rng, historyEnds: EpochDay) {
    this.#rng = rng;
    this.#historyEnds = historyEnds;
  }

  /** The approval day of a household recruited on a day: `offset` days after it, or years back in the history. */
  #approvalDay(on: EpochDay, offset: number): EpochDay {
    return on < this.#historyEnds ? on - Math.round(this.#rng.exponential(5 * 365.25)) : on + offset;
  }

  /** Approves a new household of a type on a day. */
  recruit(
    type: FosterApprovalType,
    approved: EpochDay,
    forChild?: { age: number; sex: Sex | null },
  ): PoolHousehold {
    const h: PoolHousehold = {
      serial: this.#serial++,
      type,
      profile: householdProfile(this.#rng, type, forChild),
      ageAtApproval: carerAgeAtApproval(this.#rng, type === 'kinship'),
      approved,
      closingFrom: null,
      ends: [],
    };
    this.households.push(h);
    // Kinship carers are approved for one child only: never offered another.
    if (type !== 'kinship') this.#live.push(h);
    return h;
  }

  #hasRoom(h: PoolHousehold, need: CarerNeed): boolean {
    return (
      h.approved <= need.start &&
      (h.closingFrom === null || h.closingFrom > need.start) &&
      fits(h.profile, need.age, need.sex) &&
      occupiedOn(h, need.start) < h.profile.usable
    );
  }

  /** The household a child goes to: the preferred one, else the first with room by type, else a new one. */
  place(need: CarerNeed): PoolHousehold {
    let chosen: PoolHousehold | undefined;
    if (need.preferred && this.#hasRoom(need.preferred, need)) chosen = need.preferred;
    for (const type of need.types) {
      if (chosen) break;
      // The fullest household with room first: carers with a child already take the next (so spare
      // capacity collects in whole empty households, which are the ones that deregister).
      let best: PoolHousehold | undefined;
      let bestOccupied = -1;
      for (const h of this.#live) {
        if (h.type !== type || !this.#hasRoom(h, need)) continue;
        const occupied = occupiedOn(h, need.start);
        if (occupied > bestOccupied) {
          best = h;
          bestOccupied = occupied;
        }
      }
      chosen = best;
    }
    if (!chosen) {
      const first = need.types[0] ?? 'mainstream';
      // Approved shortly before the child arrives: newly approved carers take their first child.
      chosen = this.recruit(first, this.#approvalDay(need.start, -this.#rng.int(30)), need);
    }
    chosen.ends.push(need.end);
    return chosen;
  }

  /** Usable places of households approved and not closing on a day, plus children still with closing ones. */
  capacityOn(on: EpochDay, types: ReadonlySet<FosterApprovalType>): { usable: number; occupied: number } {
    let usable = 0;
    let occupied = 0;
    for (const h of this.#live) {
      if (!types.has(h.type) || h.approved > on) continue;
      const n = occupiedOn(h, on);
      occupied += n;
      usable += h.closingFrom !== null && h.closingFrom <= on ? n : h.profile.usable;
    }
    return { usable, occupied };
  }

  /**
   * A month's review: households decide to stop (the chance rising with the carer's age, higher when the
   * service has more room than it needs, lower when short), and the service recruits up to its target
   * capacity (`occupied / targetOccupancy`).
   */
  review(on: EpochDay, types: ReadonlySet<FosterApprovalType>, targetOccupancy: number): void {
    // A stopped household whose children have all left takes no part any more.
    this.#live = this.#live.filter(
      (h) => h.closingFrom === null || h.closingFrom > on || occupiedOn(h, on) > 0,
    );
    const { usable, occupied } = this.capacityOn(on, types);
    const target = occupied / targetOccupancy;
    const pressure = usable > target * 1.08 ? 2.5 : usable < target ? 0.25 : 1;
    for (const h of this.#live) {
      if (!types.has(h.type) || h.approved > on || h.closingFrom !== null) continue;
      const monthly = (deregistrationHazard(carerAgeOn(h.ageAtApproval, h.approved, on)) / 12) * pressure;
      // Carers with a child in placement mostly see the child through first.
      const p = occupiedOn(h, on) === 0 ? monthly : monthly * 0.5;
      if (this.#rng.chance(p)) h.closingFrom = on;
    }
    let short = target - this.capacityOn(on, types).usable;
    while (short > 0) {
      const type = this.#rng.weighted([
        ['mainstream', 76],
        ['enhanced', 16],
        ['specialist', 5],
        ['parent-and-child', 3],
      ] as const);
      const h = this.recruit(type, this.#approvalDay(on, this.#rng.int(28)));
      short -= h.profile.usable;
    }
  }
}
