import { addYears, type EpochDay } from '../dates/index.ts';
import { ETHNICITY, SHORT_BREAKS } from './calibration.ts';
import type { ChildContext } from './child.ts';
import { postcodeIn } from './settings.ts';
import type { SimChild, SimPeriod } from './sim-types.ts';

/**
 * A disabled child on a series of short breaks (LS V4, some V3): a stay of a few nights every few
 * weeks in the council's short-break home (K2) or with a short-break foster carer (U6), each stay
 * its own period (RNE S … E4A). Postcodes are often left blank, as they are not required.
 */
export function simulateShortBreakChild(ctx: ChildContext, careerStart: EpochDay): SimChild {
  const { rng, roster } = ctx;
  const age = rng.between(5, 14);
  const dob = careerStart - Math.round(age * 365.25) - rng.int(365);
  const careerEnd = Math.min(
    addYears(dob, 18) - 1,
    careerStart + Math.max(60, Math.round(rng.exponential(SHORT_BREAKS.careerYears * 365.25))),
  );
  const withPostcodes = rng.chance(0.4);
  const homePostcode = withPostcodes ? postcodeIn(rng, roster.places, 'home') : null;
  const home = rng.pick(roster.homesInHouse);
  const inHome = rng.chance(0.65);
  const carerPostcode = postcodeIn(rng, roster.places, 'home');
  const legalStatus = rng.chance(0.9) ? 'V4' : 'V3';
  const periods: SimPeriod[] = [];
  let t = careerStart;
  while (t < careerEnd) {
    const end = t + rng.between(SHORT_BREAKS.nights[0], SHORT_BREAKS.nights[1]);
    periods.push({
      start: t,
      end,
      episodes: [
        {
          start: t,
          end,
          reasonNewEpisode: 'S',
          legalStatus,
          categoryOfNeed: 'N2',
          placementType: inHome ? 'K2' : 'U6',
          provider: 'PR1',
          reasonEnded: 'E4A',
          reasonPlaceChange: null,
          homePostcode,
          placementPostcode: withPostcodes ? (inHome ? home.postcode : carerPostcode) : null,
          urn: inHome ? home.urn : roster.fosteringServiceUrn,
        },
      ],
    });
    t = end + Math.max(1, Math.round(rng.exponential(365.25 / SHORT_BREAKS.staysPerYear)));
  }
  return {
    childId: '',
    sex: rng.chance(0.65) ? 'M' : 'F',
    dob,
    ethnicity: rng.weighted(ETHNICITY),
    upn: null,
    uascCeased: null,
    shortBreaksOnly: true,
    motherChildDob: null,
    periods,
    missing: [],
    reviews: [],
    socialWorkers: [],
    adoption: null,
    dolo: [],
    careLeaver: [],
    previousPermanence: periods.map(() => ({ code: 'Z1', date: null })),
  };
}
