import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import type { KpiPoint } from './kpi.ts';
import { assessKpi, latestActual, trajectoryValue } from './kpi-status.ts';

// Baseline 100 on day 0, target 200 on day 100: the trajectory rises by 1 a day.
const more = {
  baseline: { value: 100, date: 0 },
  target: { value: 200, date: 100 },
  direction: 'higher' as const,
  tolerance: 5,
};
// Children placed more than 20 miles away: 40 down to 30 over 200 days (0.05 a day), lower is better.
const fewer = {
  baseline: { value: 40, date: 0 },
  target: { value: 30, date: 200 },
  direction: 'lower' as const,
  tolerance: 1,
};

describe('trajectoryValue', () => {
  it('is the straight line from baseline to target, flat outside them', () => {
    expect(trajectoryValue(more, 50)).toBe(150);
    expect(trajectoryValue(more, 25)).toBe(125);
    expect(trajectoryValue(more, -10)).toBe(100);
    expect(trajectoryValue(more, 150)).toBe(200);
    expect(trajectoryValue(fewer, 100)).toBe(35);
  });
});

describe('assessKpi', () => {
  const at = (date: number, value: number | null): KpiPoint => ({ date, value });

  it('higher is better: within the tolerance of the trajectory is on track, beyond it off track', () => {
    // Day 50 expects 150: 146 is 4 behind (≤ 5), 145 exactly 5, 144 is 6 behind.
    expect(assessKpi(more, [at(50, 146)], 60)).toMatchObject({ status: 'on-track', expected: 150 });
    expect(assessKpi(more, [at(50, 145)], 60).status).toBe('on-track');
    expect(assessKpi(more, [at(50, 144)], 60)).toMatchObject({
      status: 'off-track',
      reason: '6 behind the trajectory (150), more than the tolerance of 5',
    });
    expect(assessKpi(more, [at(50, 170)], 60)).toMatchObject({
      status: 'on-track',
      reason: 'At or ahead of the trajectory',
    });
  });

  it('lower is better: above the trajectory by more than the tolerance is off track', () => {
    // Day 100 expects 35: 35.8 is 0.8 above (≤ 1), 36.5 is 1.5 above.
    expect(assessKpi(fewer, [at(100, 35.8)], 100).status).toBe('on-track');
    expect(assessKpi(fewer, [at(100, 36.5)], 100).status).toBe('off-track');
    expect(assessKpi(fewer, [at(100, 30)], 100).status).toBe('achieved');
  });

  it('is achieved once the target is reached, even before the target date', () => {
    expect(assessKpi(more, [at(20, 201)], 30)).toMatchObject({
      status: 'achieved',
      reason: 'Target 200 reached',
    });
  });

  it('judges the latest figure on or before the day, and has no data without one', () => {
    // Day 80 expects 180: 160 is off track; the day-90 figure is after asAt and ignored.
    const points = [at(20, 120), at(80, 160), at(90, 199), at(85, null)];
    expect(assessKpi(more, points, 85)).toMatchObject({
      status: 'off-track',
      actual: { date: 80, value: 160 },
    });
    expect(assessKpi(more, [], 85)).toMatchObject({ status: 'no-data', actual: null });
    expect(assessKpi(more, [at(90, 150)], 85).status).toBe('no-data');
    expect(latestActual(points, day(1970, 1, 1))).toBeUndefined();
  });
});
