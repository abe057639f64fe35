import { describe, expect, it } from 'vitest';
import { kaplanMeier, type Spell } from './kaplan-meier.ts';

/** `n` spells of one duration. */
function spells(duration: number, ended: boolean, n = 1): Spell[] {
  return Array.from({ length: n }, () => ({ duration, ended }));
}

describe('kaplanMeier', () => {
  // The textbook example: the 6-MP arm of Freireich et al. (1963), weeks of remission for 21 leukaemia
  // patients, as worked in Kleinbaum & Klein, "Survival Analysis" ch. 2 (* = censored):
  // 6,6,6,6*,7,9*,10,10*,11*,13,16,17*,19*,20*,22,23,25*,32*,32*,34*,35*.
  const sixMp: Spell[] = [
    ...spells(6, true, 3),
    ...spells(6, false),
    ...spells(7, true),
    ...spells(9, false),
    ...spells(10, true),
    ...spells(10, false),
    ...spells(11, false),
    ...spells(13, true),
    ...spells(16, true),
    ...spells(17, false),
    ...spells(19, false),
    ...spells(20, false),
    ...spells(22, true),
    ...spells(23, true),
    ...spells(25, false),
    ...spells(32, false, 2),
    ...spells(34, false),
    ...spells(35, false),
  ];

  it('reproduces the worked 6-MP curve and its median of 23 weeks', () => {
    const km = kaplanMeier(sixMp);
    // By hand: S(6) = 18/21; S(7) = ·16/17 (17 at risk: 21 − 3 events − the censored 6); S(10) = ·14/15
    // (15: less 7 and 9*); S(13) = ·11/12 (12: less 10, 10*, 11*); S(16) = ·10/11; S(22) = ·6/7 (7: less 16,
    // 17*, 19*, 20*); S(23) = ·5/6 = 0.448 ≤ 0.5 → median 23.
    expect(km.steps.map((s) => [s.time, s.atRisk, s.events, Number(s.survival.toFixed(3))])).toEqual([
      [6, 21, 3, 0.857],
      [7, 17, 1, 0.807],
      [10, 15, 1, 0.753],
      [13, 12, 1, 0.69],
      [16, 11, 1, 0.627],
      [22, 7, 1, 0.538],
      [23, 6, 1, 0.448],
    ]);
    expect(km.median).toBe(23);
    expect(km).toMatchObject({ spells: 21, events: 9 });
  });

  it('takes the first time the curve reaches exactly 0.5', () => {
    // 4 spells ending at 1, 2, 3, 4: S(2) = 2/4 = 0.5 → median 2.
    expect(kaplanMeier([4, 2, 3, 1].map((d) => ({ duration: d, ended: true }))).median).toBe(2);
  });

  it('gives no median, with a reason, when the curve never falls to one half', () => {
    // 1 ends at 5 of 3 at risk: S = 2/3; the others are censored at 10 and 20.
    const km = kaplanMeier([...spells(5, true), ...spells(10, false), ...spells(20, false)]);
    expect(km.median).toBeNull();
    expect(km.medianUnknownReason).toMatch(/fewer than half/);
    expect(kaplanMeier(spells(7, false, 3)).medianUnknownReason).toBe('no spell has ended yet');
    expect(kaplanMeier([]).medianUnknownReason).toBe('no spells');
  });

  it('keeps a spell censored at a time at risk for endings at that same time', () => {
    // Ending and censoring both at 5 among 2 spells: at risk 2, S(5) = 1/2 → median 5.
    const km = kaplanMeier([...spells(5, false), ...spells(5, true)]);
    expect(km.steps).toEqual([{ time: 5, atRisk: 2, events: 1, survival: 0.5 }]);
    expect(km.median).toBe(5);
  });
});
