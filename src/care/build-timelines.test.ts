import { describe, expect, it } from 'vitest';
import { buildChildTimeline, buildTimelines } from './build-timelines.ts';
import { d, episode, fullReturn, header, inYearExtract, OPTIONS } from './test-fixtures.ts';
import { isLookedAfterOn } from './timeline-queries.ts';
import type { ChildTimeline, ReturnData } from './timeline-types.ts';

function only(returns: ReturnData[], childId = 'C1'): ChildTimeline {
  const timeline = buildTimelines(returns, OPTIONS).find((t) => t.childId === childId);
  if (!timeline) throw new Error(`no timeline for ${childId}`);
  return timeline;
}

const codes = (t: ChildTimeline) => t.findings.map((f) => f.code);

describe('periods of care across returns', () => {
  it('joins an episode open at 31 March 2023 to its continuation in the 2023/24 return', () => {
    // 2022/23: S 01/05/2022 → P 01/11/2022 (IFA at FAR 1), open at 31/03/2023.
    // 2023/24: the same P episode (same start) ends 10/02/2024, E4A.
    // One period 01/05/2022–10/02/2024 ended E4A; the carried episode's end comes from the later return.
    const timeline = only([
      fullReturn(2023, [
        episode('C1', '01/05/2022', '01/11/2022'),
        episode('C1', '01/11/2022', null, {
          reasonNewEpisode: 'P',
          provider: 'PR4',
          placementPostcode: 'FAR 1',
          reasonPlaceChange: 'CREQB',
        }),
      ]),
      fullReturn(2024, [
        episode('C1', '01/11/2022', '10/02/2024', {
          reasonNewEpisode: 'P',
          provider: 'PR4',
          placementPostcode: 'FAR 1',
          reasonPlaceChange: 'CREQB',
          reasonEnded: 'E4A',
        }),
      ]),
    ]);
    expect(timeline.findings).toEqual([]);
    expect(timeline.observedUntil).toBe(d('31/03/2024'));
    expect(timeline.periods).toHaveLength(1);
    const [period] = timeline.periods;
    expect(period).toMatchObject({
      start: d('01/05/2022'),
      end: d('10/02/2024'),
      reasonEnded: 'E4A',
      lostToFollowUp: false,
    });
    expect(period?.episodes.map((e) => [e.start, e.end, e.sourceYear])).toEqual([
      [d('01/05/2022'), d('01/11/2022'), 2023],
      [d('01/11/2022'), d('10/02/2024'), 2024],
    ]);
    expect(period?.placements.map((p) => [p.start, p.end, p.category, p.reasonForMove])).toEqual([
      [d('01/05/2022'), d('01/11/2022'), 'fostering-in-house', null],
      [d('01/11/2022'), d('10/02/2024'), 'fostering-ifa', 'CREQB'],
    ]);
  });

  it('starts a new period after a gap, and on RNE S even when contiguous', () => {
    // 01/05–01/07/2023 (E4A); gap; 01/10–01/12/2023 (E13); S again the same day 01/12/2023 → 3 periods.
    const timeline = only([
      fullReturn(2024, [
        episode('C1', '01/05/2023', '01/07/2023', { reasonEnded: 'E4A' }),
        episode('C1', '01/10/2023', '01/12/2023', { reasonEnded: 'E13' }),
        episode('C1', '01/12/2023', null),
      ]),
    ]);
    expect(timeline.periods.map((p) => [p.start, p.end, p.reasonEnded])).toEqual([
      [d('01/05/2023'), d('01/07/2023'), 'E4A'],
      [d('01/10/2023'), d('01/12/2023'), 'E13'],
      [d('01/12/2023'), null, null],
    ]);
    expect(isLookedAfterOn(timeline, d('15/08/2023'))).toBe(false);
    expect(isLookedAfterOn(timeline, d('01/10/2023'))).toBe(true);
  });

  it('merges duplicate episodes (same start), with a finding only when they differ', () => {
    const same = episode('C1', '01/05/2023', null);
    const timeline = only([fullReturn(2024, [same, { ...same }])]);
    expect(timeline.periods[0]?.episodes).toHaveLength(1);
    expect(timeline.findings).toEqual([]);

    // The second copy says how the episode ended: kept, and the difference reported.
    const differing = only([fullReturn(2024, [same, { ...same, end: d('01/09/2023'), reasonEnded: 'E4A' }])]);
    expect(differing.periods.map((p) => [p.start, p.end, p.reasonEnded])).toEqual([
      [d('01/05/2023'), d('01/09/2023'), 'E4A'],
    ]);
    expect(codes(differing)).toEqual(['duplicate-episode']);
  });
});

describe('children who vanish or whose carried episode does not match', () => {
  it('closes a vanished child’s period at the last observed day, lost to follow-up', () => {
    // C1 open at 31/03/2023; the 2023/24 return has C2 but not C1.
    const returns = [
      fullReturn(2023, [episode('C1', '01/05/2022', null)]),
      fullReturn(2024, [episode('C2', '01/05/2023', null)]),
    ];
    const timeline = only(returns);
    expect(timeline.periods.map((p) => [p.start, p.end, p.reasonEnded, p.lostToFollowUp])).toEqual([
      [d('01/05/2022'), d('31/03/2023'), null, true],
    ]);
    expect(codes(timeline)).toEqual(['vanished-while-in-care']);
    expect(timeline.findings[0]?.message).toBe(
      'child C1 was looked after at 31/03/2023 (2022/23 return) but is not in the 2023/24 return; the period is closed at 31/03/2023, lost to follow-up',
    );
    // Seen in care on 31 March 2023 (counted at that census); the data says nothing after.
    expect(timeline.observedUntil).toBe(d('31/03/2023'));
    expect(isLookedAfterOn(timeline, d('31/03/2023'))).toBe(true);
    expect(isLookedAfterOn(timeline, d('01/04/2023'))).toBe(false);
    expect(only(returns, 'C2').findings).toEqual([]);
  });

  it('reports a carried episode whose start differs, and takes the later return’s version', () => {
    // 2022/23 says the open episode began 01/05/2022; 2023/24 says 10/05/2022.
    const timeline = only([
      fullReturn(2023, [episode('C1', '01/05/2022', null)]),
      fullReturn(2024, [episode('C1', '10/05/2022', null)]),
    ]);
    expect(codes(timeline)).toEqual(['carried-episode-mismatch']);
    expect(timeline.findings[0]?.message).toBe(
      'child C1: the episode open at 31/03/2023 in the 2022/23 return starting "01/05/2022" (expected the same start in the 2023/24 return, whose first episode starts 10/05/2022)',
    );
    expect(timeline.periods.map((p) => [p.start, p.end, p.episodes.length])).toEqual([
      [d('10/05/2022'), null, 1],
    ]);
    expect(timeline.periods[0]?.episodes[0]?.sourceYear).toBe(2024);
  });

  it('takes an earlier corrected start from the later return', () => {
    // 2022/23 says 01/05/2022; 2023/24 corrects it to 20/04/2022: one period from 20/04/2022, one finding.
    const timeline = only([
      fullReturn(2023, [episode('C1', '01/05/2022', null)]),
      fullReturn(2024, [episode('C1', '20/04/2022', null)]),
    ]);
    expect(codes(timeline)).toEqual(['carried-episode-mismatch']);
    expect(timeline.periods.map((p) => [p.start, p.end, p.episodes.length])).toEqual([
      [d('20/04/2022'), null, 1],
    ]);
  });

  it('closes a child open in an in-year extract and absent from the next full return, without blame', () => {
    // 2023/24 known only to 30/09/2023 (in-year extract); the 2024/25 return lacks C1: the child may have
    // left in Oct–Mar, so this is not a data error, but the outcome is unknown.
    const timeline = only([
      inYearExtract(2024, '30/09/2023', [episode('C1', '01/05/2023', null)]),
      fullReturn(2025, [episode('C2', '01/05/2024', null)]),
    ]);
    expect(codes(timeline)).toEqual(['end-not-observed']);
    expect(timeline.periods.map((p) => [p.end, p.lostToFollowUp])).toEqual([[d('30/09/2023'), true]]);
  });

  it('reports an episode carried into a return that the year before did not have open', () => {
    // 2022/23: left care 01/03/2023. 2023/24: an episode from 01/02/2023 still open on 1 April.
    // The later return wins from 01/02/2023: the earlier episode is cut there.
    const timeline = only([
      fullReturn(2023, [episode('C1', '01/05/2022', '01/03/2023', { reasonEnded: 'E4A' })]),
      fullReturn(2024, [episode('C1', '01/02/2023', null, { reasonNewEpisode: 'P' })]),
    ]);
    expect(codes(timeline)).toEqual(['carried-episode-mismatch']);
    expect(timeline.periods.map((p) => [p.start, p.end])).toEqual([[d('01/05/2022'), null]]);
    expect(timeline.periods[0]?.episodes.map((e) => [e.start, e.end])).toEqual([
      [d('01/05/2022'), d('01/02/2023')],
      [d('01/02/2023'), null],
    ]);
  });

  it('notes a missing year when the child was looked after at the end of the year before the gap', () => {
    // Returns for 2021/22 and 2023/24, none for 2022/23. C1 open at 31/03/2022 and carried through.
    // C2 open at 31/03/2022 and absent in 2023/24: lost to follow-up, with the gap finding only.
    const returns = [
      fullReturn(2022, [episode('C1', '01/05/2021', null), episode('C2', '01/06/2021', null)]),
      fullReturn(2024, [episode('C1', '01/05/2021', '01/01/2024', { reasonEnded: 'E4A' })]),
    ];
    const c1 = only(returns);
    expect(codes(c1)).toEqual(['return-gap']);
    expect(c1.findings[0]?.message).toBe(
      'child C1 was looked after at 31/03/2022 but there is no return for 2022/23: episodes that began and ended in the gap are not known',
    );
    expect(c1.periods.map((p) => [p.start, p.end, p.lostToFollowUp])).toEqual([
      [d('01/05/2021'), d('01/01/2024'), false],
    ]);
    const c2 = only(returns, 'C2');
    expect(codes(c2)).toEqual(['return-gap']);
    expect(c2.periods.map((p) => [p.end, p.lostToFollowUp])).toEqual([[d('31/03/2022'), true]]);
  });
});

describe('in-year extracts', () => {
  const extract = inYearExtract(2024, '30/09/2023', [
    episode('C1', '01/05/2023', null),
    // An end after the as-at date cannot be known: read as open.
    episode('C2', '01/06/2023', '15/10/2023', { reasonEnded: 'E4A' }),
  ]);

  it('speaks only up to its as-at date', () => {
    const timeline = only([extract]);
    expect(timeline.observedUntil).toBe(d('30/09/2023'));
    expect(timeline.periods.map((p) => [p.start, p.end])).toEqual([[d('01/05/2023'), null]]);
    expect(only([extract], 'C2').periods.map((p) => [p.end, p.reasonEnded])).toEqual([[null, null]]);
    expect(isLookedAfterOn(timeline, d('30/09/2023'))).toBe(true);
    expect(isLookedAfterOn(timeline, d('01/10/2023'))).toBe(false);
  });

  it('is replaced by the full return for the same year, whatever order they come in', () => {
    // The full 2023/24 return: C1 moved on 01/12/2023 and is open at 31/03/2024.
    const full = fullReturn(2024, [
      episode('C1', '01/05/2023', '01/12/2023'),
      episode('C1', '01/12/2023', null, { reasonNewEpisode: 'P', placementType: 'K2', provider: 'PR4' }),
    ]);
    for (const returns of [
      [extract, full],
      [full, extract],
    ]) {
      const timeline = only(returns);
      expect(timeline.findings).toEqual([]);
      expect(timeline.observedUntil).toBe(d('31/03/2024'));
      expect(timeline.periods[0]?.placements.map((p) => [p.start, p.category])).toEqual([
        [d('01/05/2023'), 'fostering-in-house'],
        [d('01/12/2023'), 'residential-external'],
      ]);
    }
  });

  it('continues a full return into the next year’s in-year extract', () => {
    const timeline = only([
      fullReturn(2023, [episode('C1', '01/05/2022', null)]),
      inYearExtract(2024, '30/09/2023', [episode('C1', '01/05/2022', '01/08/2023', { reasonEnded: 'E41' })]),
    ]);
    expect(timeline.findings).toEqual([]);
    expect(timeline.periods.map((p) => [p.start, p.end, p.reasonEnded])).toEqual([
      [d('01/05/2022'), d('01/08/2023'), 'E41'],
    ]);
  });
});

describe('buildChildTimeline', () => {
  it('builds one child from slices, taking the latest header', () => {
    const [first, ...rest] = [2023, 2024].map((year) => ({
      collectionYear: year,
      kind: 'return' as const,
      observedUntil: d(`31/03/${year}`),
      header: { ...header('C9', '01/01/2015'), ethnicity: year === 2024 ? 'MWBC' : 'NOBT' },
      episodes: [episode('C9', '01/01/2023', null)],
      uasc: null,
      missing: [],
    }));
    if (!first) throw new Error('fixture');
    const timeline = buildChildTimeline('C9', [first, ...rest], OPTIONS);
    expect(timeline).toMatchObject({ childId: 'C9', sex: 'F', dob: d('01/01/2015'), ethnicity: 'MWBC' });
    expect(timeline?.periods.map((p) => [p.start, p.end])).toEqual([[d('01/01/2023'), null]]);
    expect(buildChildTimeline('C9', [{ ...first, header: null }], OPTIONS)).toBeNull();
  });
});
