import { describe, expect, it } from 'vitest';
import type { Episode } from '../ssda903/records.ts';
import { ageBandOn } from './age-band.ts';
import { buildTimelines } from './build-timelines.ts';
import { d, episode, fullReturn, OPTIONS } from './test-fixtures.ts';
import { placementOn } from './timeline-queries.ts';
import type { ChildTimeline } from './timeline-types.ts';

/** The child's only period's placements, from a single 2023/24 return. */
function placementsFrom(episodes: Episode[]) {
  const [timeline] = buildTimelines([fullReturn(2024, episodes)], OPTIONS) as [ChildTimeline];
  expect(timeline.periods).toHaveLength(1);
  return timeline.periods[0]?.placements ?? [];
}

describe('placements within a period of care (2023/24 return)', () => {
  it('keeps a foster placement through a T3 holiday spell when the child returns to the same home', () => {
    // U4/PR1 at NEAR 1 → T3 for two weeks → back to U4/PR1 at NEAR 1 (same category, provider, postcode,
    // URN): one placement of three episodes, one temporary spell, no move. NEAR 1 is 3 km from HOME 1:
    // 3000 / 1609.344 = 1.864 miles, in the council's district.
    const placements = placementsFrom([
      episode('C1', '01/05/2023', '01/08/2023'),
      episode('C1', '01/08/2023', '15/08/2023', {
        reasonNewEpisode: 'P',
        placementType: 'T3',
        provider: null,
        placementPostcode: null,
      }),
      episode('C1', '15/08/2023', null, { reasonNewEpisode: 'P', reasonPlaceChange: 'PLACE' }),
    ]);
    expect(placements).toHaveLength(1);
    const [p] = placements;
    expect(p).toMatchObject({
      start: d('01/05/2023'),
      end: null,
      placementType: 'U4',
      provider: 'PR1',
      category: 'fostering-in-house',
      inHouse: true,
      placementPostcode: 'NEAR 1',
      inArea: true,
      reasonForMove: null,
      temporarySpells: 1,
    });
    expect(p?.episodes).toHaveLength(3);
    expect(p?.distanceMiles).toBeCloseTo(1.864, 3);
  });

  it('joins a temporary spell to the next placement when the child goes on to a different home', () => {
    // U4/PR1 → T1 (hospital) → K2/PR4 at FAR 1: two placements; the second starts on the T1 day and its
    // move reason comes from the T1 episode if recorded, else the K2 episode (CARPL). FAR 1 is 50 km east:
    // 50000 / 1609.344 = 31.069 miles, another district.
    const placements = placementsFrom([
      episode('C2', '01/05/2023', '01/08/2023'),
      episode('C2', '01/08/2023', '20/08/2023', {
        reasonNewEpisode: 'P',
        placementType: 'T1',
        provider: null,
      }),
      episode('C2', '20/08/2023', null, {
        reasonNewEpisode: 'P',
        placementType: 'K2',
        provider: 'PR4',
        placementPostcode: 'FAR 1',
        urn: 'SC123456',
        reasonPlaceChange: 'CARPL',
      }),
    ]);
    expect(placements.map((p) => [p.start, p.end, p.category, p.temporarySpells, p.reasonForMove])).toEqual([
      [d('01/05/2023'), d('01/08/2023'), 'fostering-in-house', 0, null],
      [d('01/08/2023'), null, 'residential-external', 1, 'CARPL'],
    ]);
    expect(placements[1]?.distanceMiles).toBeCloseTo(31.069, 3);
    expect(placements[1]).toMatchObject({ inArea: false, inHouse: false, urn: 'SC123456' });
  });

  it('gives a temporary spell that ends the period to the placement before it', () => {
    // U4 → T1 ending the period (E4A): one placement to 10/08/2023 with one temporary spell.
    const placements = placementsFrom([
      episode('C3', '01/05/2023', '01/08/2023'),
      episode('C3', '01/08/2023', '10/08/2023', {
        reasonNewEpisode: 'P',
        placementType: 'T1',
        provider: null,
        reasonEnded: 'E4A',
      }),
    ]);
    expect(placements.map((p) => [p.start, p.end, p.category, p.temporarySpells])).toEqual([
      [d('01/05/2023'), d('10/08/2023'), 'fostering-in-house', 1],
    ]);
  });

  it('keeps one placement over a legal-status-only change (RNE L)', () => {
    // s20 (V2) with an IFA carer, then an interim care order (C1) with the same carer: one placement,
    // two episodes.
    const placements = placementsFrom([
      episode('C4', '01/05/2023', '10/07/2023', { legalStatus: 'V2', placementType: 'U6', provider: 'PR4' }),
      episode('C4', '10/07/2023', null, {
        reasonNewEpisode: 'L',
        legalStatus: 'C1',
        placementType: 'U6',
        provider: 'PR4',
      }),
    ]);
    expect(placements).toHaveLength(1);
    expect(placements[0]).toMatchObject({ category: 'fostering-ifa', inHouse: false, temporarySpells: 0 });
    expect(placements[0]?.episodes.map((e) => e.legalStatus)).toEqual(['V2', 'C1']);
  });

  it('keeps one placement over same-carer changes (B, U) and starts a new one on a move (P)', () => {
    // U4 → B: A3 (foster carers approved as adopters) → U: A5 under a placement order, same carer → P:
    // a new foster home. Two placements; the first takes its code from its latest episode (A5, adoption).
    const placements = placementsFrom([
      episode('C5', '01/05/2023', '01/09/2023'),
      episode('C5', '01/09/2023', '01/12/2023', { reasonNewEpisode: 'B', placementType: 'A3' }),
      episode('C5', '01/12/2023', '01/02/2024', {
        reasonNewEpisode: 'U',
        legalStatus: 'E1',
        placementType: 'A5',
      }),
      episode('C5', '01/02/2024', null, {
        reasonNewEpisode: 'P',
        placementType: 'U6',
        provider: 'PR5',
        placementPostcode: 'UNKNOWN 9',
        reasonPlaceChange: 'ALLEG',
      }),
    ]);
    expect(placements.map((p) => [p.start, p.end, p.placementType, p.category, p.episodes.length])).toEqual([
      [d('01/05/2023'), d('01/02/2024'), 'A5', 'adoption', 3],
      [d('01/02/2024'), null, 'U6', 'fostering-ifa', 1],
    ]);
    // The second home's postcode is not in the directory: distance and area unknown, not 0.
    expect(placements[1]).toMatchObject({ reasonForMove: 'ALLEG', distanceMiles: null, inArea: null });
  });

  it('reports the age band on two dates for a child who turns 10 mid-placement', () => {
    // Born 15/06/2013, placed 01/05/2023 (age 9): 5-9 on 14/06/2023, 10-15 on 15/06/2023, same placement.
    const [timeline] = buildTimelines(
      [fullReturn(2024, [episode('C6', '01/05/2023', null)], '15/06/2013')],
      OPTIONS,
    ) as [ChildTimeline];
    expect(placementOn(timeline, d('14/06/2023'))).toBe(placementOn(timeline, d('15/06/2023')));
    expect(ageBandOn(timeline.dob, d('14/06/2023'))).toBe('5-9');
    expect(ageBandOn(timeline.dob, d('15/06/2023'))).toBe('10-15');
  });
});
