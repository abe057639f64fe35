import { describe, expect, it } from 'vitest';
import { buildTimelines } from './build-timelines.ts';
import { formatTimeline } from './format-timeline.ts';
import { d, episode, fullReturn, OPTIONS } from './test-fixtures.ts';
import type { ChildTimeline } from './timeline-types.ts';

describe('formatTimeline', () => {
  it('prints periods, placements, missing spells and findings as plain text', () => {
    // Born 15/06/2010: 12 on 01/05/2023, 13 from 15/06/2023. NEAR 1 is 3 km from HOME 1 (1.86 → "1.9"
    // miles), FAR 1 50 km (31.07 → "31.1"). The T3 spell stays with the foster home (same home after it).
    const r = fullReturn(2024, [
      episode('C1', '01/05/2023', '01/08/2023'),
      episode('C1', '01/08/2023', '15/08/2023', {
        reasonNewEpisode: 'P',
        placementType: 'T3',
        provider: null,
        placementPostcode: null,
      }),
      episode('C1', '15/08/2023', '01/12/2023', { reasonNewEpisode: 'P' }),
      episode('C1', '01/12/2023', '10/02/2024', {
        reasonNewEpisode: 'P',
        placementType: 'K2',
        provider: 'PR4',
        placementPostcode: 'FAR 1',
        urn: 'SC123456',
        reasonPlaceChange: 'CREQB',
        reasonEnded: 'E4A',
      }),
      episode('C1', '01/03/2024', null, { provider: null, homePostcode: null, placementPostcode: null }),
    ]);
    r.missing.push({
      childId: 'C1',
      dob: d('15/06/2010'),
      kind: 'M',
      start: d('09/12/2023'),
      end: d('11/12/2023'),
    });
    const [timeline] = buildTimelines([r], OPTIONS) as [ChildTimeline];
    expect(formatTimeline(timeline)).toBe(
      [
        'Child C1 · female · born 15/06/2010 · WBRI',
        'Data up to 31/03/2024',
        'Period 1: 01/05/2023 – 10/02/2024, ended E4A',
        '  1. 01/05/2023 – 01/12/2023 · age 12 · Fostering – in-house (U4) · PR1 in-house · 1.9 miles · in area · temporary episodes: 1',
        "  2. 01/12/2023 – 10/02/2024 · age 13 · Residential – external children's home (K2) · PR4 external · URN SC123456 · 31.1 miles · out of area · moved: CREQB",
        'Period 2: 01/03/2024 – still looked after',
        '  1. 01/03/2024 – still there · age 13 · Unknown (U4) · provider not recorded · distance unknown · area unknown',
        'Missing or away from placement:',
        '  09/12/2023 – 11/12/2023 missing',
        'Findings: none',
      ].join('\n'),
    );
  });

  it('shows a lost-to-follow-up period and its finding', () => {
    const [timeline] = buildTimelines(
      [
        fullReturn(2023, [episode('C1', '01/05/2022', null)]),
        fullReturn(2024, [episode('C2', '01/05/2023', null)]),
      ],
      OPTIONS,
    ) as [ChildTimeline];
    const text = formatTimeline(timeline).split('\n');
    expect(text[1]).toBe('Data up to 31/03/2023');
    expect(text[2]).toBe('Period 1: 01/05/2022 – last seen in care 31/03/2023 (lost to follow-up)');
    expect(text.slice(4)).toEqual([
      'Findings:',
      '  - vanished-while-in-care: child C1 was looked after at 31/03/2023 (2022/23 return) but is not in the 2023/24 return; the period is closed at 31/03/2023, lost to follow-up',
    ]);
  });
});
