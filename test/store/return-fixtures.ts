import type { EpochDay } from '../../src/dates/index.ts';
import type { ChildHeader, Episode } from '../../src/ssda903/records.ts';

export function childHeader(childId: string, sex: 'M' | 'F', dob: EpochDay): ChildHeader {
  return { childId, sex, dob, ethnicity: 'WBRI', upn: null, motherStatus: null, motherChildDob: null };
}

/** An episode with everyday codes: full care order, abuse or neglect, council's own provision. */
export function episode(
  childId: string,
  start: EpochDay,
  end: EpochDay | null,
  reasonNewEpisode: string,
  placementType: string,
): Episode {
  return {
    childId,
    start,
    reasonNewEpisode,
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placementType,
    provider: 'PR1',
    end,
    reasonEnded: end === null ? null : 'X1',
    reasonPlaceChange: reasonNewEpisode === 'P' ? 'CARPL' : null,
    homePostcode: 'LE1 1AA',
    placementPostcode: 'LE2 2BB',
    urn: null,
  };
}

/** One child (born 3,000 days before it) with one open episode starting on `start`: enough to tell returns apart. */
export function oneChildTables(childId: string, start: EpochDay, placementType = 'U4') {
  const dob = start - 3000;
  return {
    Header: [childHeader(childId, 'F', dob)],
    Episodes: [episode(childId, start, null, 'S', placementType)],
  };
}
