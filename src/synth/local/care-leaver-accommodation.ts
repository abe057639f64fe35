import { addYears, ageOn, birthday, censusDate, type EpochDay } from '../../dates/index.ts';
import type { CareLeaverAccommodation, LeaverAccommodationType } from '../../local/records.ts';
import type { CareLeaverRecord } from '../../ssda903/index.ts';
import type { Rng } from '../rng.ts';
import type { SyntheticCouncil } from '../types.ts';
import type { CouncilFacts } from './placement-facts.ts';
import { IN_HOUSE_COSTS, priceIndex } from './unit-costs.ts';

/** Exits that make a care leaver (as the 903 generator's OC3): staying put, independent living, adult care, other, custody. */
const LEAVING_CARE: ReadonlySet<string> = new Set(['E17', 'E5', 'E6', 'E7', 'E8', 'E9']);

/**
 * The local accommodation type of an OC3 ACCOM code (its letter; the digit says suitable 1 / not 2).
 * DfE letters (*check* against the 903 guidance): R with former foster carers (staying put), E supported
 * lodgings, D semi-independent transitional, T foyers, C community home or other residential care,
 * U independent living, K ordinary lodgings, B with parents or relatives, X custody; V emergency, W bed and
 * breakfast, S no fixed abode, Y other, G abroad, H deported have no local type: unknown, as is 0 (not in
 * touch). A young person who returned home (no code) lives independently of services.
 */
export function leaverTypeOfAccommodation(code: string | null): LeaverAccommodationType {
  if (code === null) return 'independent';
  switch (code[0]) {
    case 'R':
      return 'staying-put';
    case 'E':
      return 'supported-lodgings';
    case 'D':
    case 'T':
    case 'C':
      return 'supported-accommodation';
    case 'U':
    case 'K':
    case 'B':
      return 'independent';
    case 'X':
      return 'custody';
    default:
      return 'unknown';
  }
}

interface YoungPerson {
  childId: string;
  dob: EpochDay;
  left: EpochDay;
  exit: string | null;
  /** What OC3 says on its birthdays: the accommodation the spells must show on those days. */
  anchors: { on: EpochDay; type: LeaverAccommodationType }[];
}

function firstType(rng: Rng, exit: string | null): LeaverAccommodationType {
  if (exit === 'E17') return 'staying-put';
  if (exit === 'E9') return 'custody';
  if (exit === 'E7') return 'supported-accommodation';
  return rng.weighted([
    ['supported-accommodation', 45],
    ['supported-lodgings', 20],
    ['independent', 20],
    ['social-housing', 15],
  ] as const);
}

function weeklyCost(rng: Rng, type: LeaverAccommodationType, on: EpochDay): number | null {
  const at = (low: number, high: number) =>
    Math.round((low + rng.float() * (high - low)) * priceIndex(on, false));
  if (type === 'staying-put') return at(250, 350);
  if (type === 'supported-lodgings') return at(180, 300);
  if (type === 'supported-accommodation') return at(500, IN_HOUSE_COSTS.supported[1] + 500);
  return null;
}

function youngPeople(council: SyntheticCouncil, facts: CouncilFacts): Map<string, YoungPerson> {
  const people = new Map<string, YoungPerson>();
  // 18-year-olds (16+) leaving care, from their timelines.
  for (const t of facts.timelines) {
    const last = t.periods[t.periods.length - 1];
    if (!last || last.end === null || last.end > facts.asAt || !LEAVING_CARE.has(last.reasonEnded ?? ''))
      continue;
    if (ageOn(t.dob, last.end) < 16) continue;
    people.set(t.childId, {
      childId: t.childId,
      dob: t.dob,
      left: last.end,
      exit: last.reasonEnded,
      anchors: [],
    });
  }
  // OC3 at the 19th–21st birthdays; those who left before the returns start are dated from their 18th birthday.
  for (const r of council.returns) {
    for (const row of (r.tables.OC3 ?? []) as unknown as CareLeaverRecord[]) {
      const on = birthday(row.dob, ageOn(row.dob, censusDate(r.collectionYear)));
      if (on > facts.asAt) continue;
      const person = people.get(row.childId) ?? {
        childId: row.childId,
        dob: row.dob,
        left: addYears(row.dob, 18),
        exit: null,
        anchors: [],
      };
      person.anchors.push({ on, type: leaverTypeOfAccommodation(row.accommodation) });
      people.set(row.childId, person);
    }
  }
  return people;
}

/** Spells from leaving care to the 25th birthday (or the as-at date), changing type so each OC3 birthday matches. */
function spellsOf(rng: Rng, person: YoungPerson, asAt: EpochDay): CareLeaverAccommodation[] {
  const until = Math.min(addYears(person.dob, 25), asAt + 1);
  const anchors = [...person.anchors].filter((a) => a.on >= person.left).sort((a, b) => a.on - b.on);
  const changes: { on: EpochDay; type: LeaverAccommodationType }[] = [
    { on: person.left, type: firstType(rng, person.exit) },
  ];
  let previous = person.left;
  for (const a of anchors) {
    const current = changes[changes.length - 1]?.type;
    // The move happens some day after the previous birthday (or leaving), at the latest on this birthday.
    if (a.type !== current)
      changes.push({ on: previous + 1 + rng.int(Math.max(1, a.on - previous)), type: a.type });
    previous = a.on;
  }
  const settled = changes[changes.length - 1]?.type;
  if (
    settled === 'supported-accommodation' ||
    settled === 'supported-lodgings' ||
    settled === 'staying-put'
  ) {
    const on = previous + rng.between(150, 700);
    changes.push({ on, type: rng.chance(0.5) ? 'social-housing' : 'independent' });
  }
  const spells: CareLeaverAccommodation[] = [];
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as { on: EpochDay; type: LeaverAccommodationType };
    const nextOn = changes[i + 1]?.on ?? until;
    const end = Math.min(nextOn, until);
    if (c.on >= end || c.on > asAt) break;
    spells.push({
      childId: person.childId,
      type: c.type,
      start: c.on,
      end: end > asAt ? null : end,
      weeklyCost: weeklyCost(rng, c.type, c.on),
    });
  }
  return spells;
}

/**
 * Where the council's care leavers live: everyone in an OC3 return (19th–21st birthdays) and every young
 * person who left care at 16+ to independence, staying put, adult care or custody, from leaving to the 25th
 * birthday. On each OC3 birthday the spell's type is the OC3 accommodation code's; spells ending before the
 * local data starts are left out.
 */
export function careLeaverAccommodation(
  rng: Rng,
  council: SyntheticCouncil,
  facts: CouncilFacts,
): CareLeaverAccommodation[] {
  const people = [...youngPeople(council, facts).values()].sort((a, b) => a.childId.localeCompare(b.childId));
  return people.flatMap((p) =>
    spellsOf(rng, p, facts.asAt).filter((s) => s.end === null || s.end > facts.windowStart),
  );
}
