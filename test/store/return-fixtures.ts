import type { EpochDay } from '../../src/dates/index.ts';
import type { AcceptedRow } from '../../src/store/return-reader.ts';
import { rowsOf } from './fake-reader.ts';

/** One child's header row and one open episode starting on `start`: enough to tell returns apart. */
export function oneChildReturn(childId: string, start: EpochDay, placementType = 'U4'): AcceptedRow[] {
  return [
    ...rowsOf('Header', 'header.csv', [
      {
        childId,
        sex: 'F',
        dob: start - 3000,
        ethnicity: null,
        upn: null,
        motherStatus: null,
        motherChildDob: null,
      },
    ]),
    ...rowsOf('Episodes', 'episodes.csv', [
      {
        childId,
        start,
        reasonNewEpisode: 'S',
        legalStatus: 'V2',
        categoryOfNeed: 'N4',
        placementType,
        provider: 'PR4',
        end: null,
        reasonEnded: null,
        reasonPlaceChange: null,
        homePostcode: null,
        placementPostcode: null,
        urn: null,
      },
    ]),
  ];
}
