import { addYears, type EpochDay } from '../../../dates/index.ts';
import type { HomeType, InHouseHome, LocalData } from '../../../local/index.ts';
import {
  CARER_AGE_BANDS,
  type CarerAgeBand,
  carerAgeBand,
  carerAgeOn,
  type FosteringPlaces,
  fosteringPlacesOn,
  HOME_TYPES,
  homeBedsOn,
  spanCovers,
  usablePlacesOf,
} from '../../../supply/index.ts';

export type HomeStatus = 'open' | 'pipeline' | 'closed';

/** In-house fostering places on one 31 March. */
export interface FosteringOn extends FosteringPlaces {
  date: EpochDay;
}

/** Beds of the council's own homes by type on one 31 March. */
export interface BedsOn {
  date: EpochDay;
  byType: Record<HomeType, number>;
}

export interface CarerAgeCount {
  band: CarerAgeBand;
  households: number;
  usable: number;
}

/**
 * What the carers and homes screens show over time, beside the capacity view: places and beds on each
 * 31 March, the carers' ages now, and the homes as a register.
 */
export interface InHouseHistory {
  origin: EpochDay;
  /** On each 31 March from `back` years before the origin to the origin. */
  fostering: FosteringOn[];
  /** Approved households on the origin by the oldest main carer's age (short-break carers included). */
  carerAges: CarerAgeCount[];
  homes: (InHouseHome & { status: HomeStatus })[];
  /** On each 31 March from `back` years before the origin to `ahead` years after (the pipeline by its dates). */
  beds: BedsOn[];
}

function statusOn(home: InHouseHome, on: EpochDay): HomeStatus {
  if (home.opens > on) return 'pipeline';
  return spanCovers(home.opens, home.closes, on) ? 'open' : 'closed';
}

/**
 * Places and beds on each 31 March around the origin (itself a 31 March): fostering back `back` years,
 * beds back `back` and ahead `ahead` years, so a home in the pipeline shows from the first 31 March it
 * is open.
 *
 * ### Example
 * ```ts
 * // a 6-bed home opening 1 Oct 2026, origin 31 March 2026: 0 beds on 31/03/2026, 6 on 31/03/2027
 * inHouseHistory(local, day(2026, 3, 31)).beds.map((b) => b.byType['childrens-home'])
 * ```
 */
export function inHouseHistory(
  local: Pick<LocalData, 'fosterHouseholds' | 'inHouseHomes'>,
  origin: EpochDay,
  back = 5,
  ahead = 5,
): InHouseHistory {
  const fostering: FosteringOn[] = [];
  for (let k = -back; k <= 0; k++) {
    const date = addYears(origin, k);
    fostering.push({ date, ...fosteringPlacesOn(local.fosterHouseholds, date) });
  }
  const beds: BedsOn[] = [];
  for (let k = -back; k <= ahead; k++) {
    const date = addYears(origin, k);
    const byType = Object.fromEntries(
      HOME_TYPES.map((t) => [t, homeBedsOn(local.inHouseHomes, t, date)]),
    ) as Record<HomeType, number>;
    beds.push({ date, byType });
  }
  const ages = new Map<CarerAgeBand, CarerAgeCount>(
    CARER_AGE_BANDS.map((band) => [band, { band, households: 0, usable: 0 }]),
  );
  for (const h of local.fosterHouseholds) {
    if (!spanCovers(h.approved, h.deregistered, origin)) continue;
    const cell = ages.get(carerAgeBand(carerAgeOn(h, origin))) as CarerAgeCount;
    cell.households += 1;
    cell.usable += usablePlacesOf(h);
  }
  const homes = [...local.inHouseHomes]
    .sort((a, b) => a.opens - b.opens || a.name.localeCompare(b.name))
    .map((h) => ({ ...h, status: statusOn(h, origin) }));
  return { origin, fostering, carerAges: [...ages.values()], homes, beds };
}
