import type { EpochDay } from '../dates/index.ts';
import type { Kpi, KpiPoint, KpiStatus } from './kpi.ts';

type Plan = Pick<Kpi, 'baseline' | 'target' | 'direction' | 'tolerance'>;

/**
 * The trajectory: the straight line from the baseline to the target, flat before the baseline date and
 * after the target date.
 *
 * ### Example
 * ```ts
 * // 100 on day 0 to 200 on day 100: halfway is 150
 * trajectoryValue({ baseline: { value: 100, date: 0 }, target: { value: 200, date: 100 } }, 50) // 150
 * ```
 */
export function trajectoryValue(kpi: Pick<Kpi, 'baseline' | 'target'>, on: EpochDay): number {
  const { baseline, target } = kpi;
  if (on <= baseline.date) return baseline.value;
  if (on >= target.date) return target.value;
  const share = (on - baseline.date) / (target.date - baseline.date);
  return baseline.value + share * (target.value - baseline.value);
}

/** The latest point with a value on or before `asAt`. */
export function latestActual(points: readonly KpiPoint[], asAt: EpochDay): KpiPoint | undefined {
  let latest: KpiPoint | undefined;
  for (const p of points) {
    if (p.value === null || p.date > asAt) continue;
    if (!latest || p.date >= latest.date) latest = p;
  }
  return latest;
}

export interface KpiAssessment {
  status: KpiStatus;
  /** The actual figure judged, and the trajectory's value on its date. */
  actual: KpiPoint | null;
  expected: number | null;
  /** A sentence saying why. */
  reason: string;
}

/**
 * A KPI's status on `asAt` from its latest actual figure: `achieved` when it has reached the target (in the
 * KPI's direction), `on-track` when it is no further behind the trajectory on that figure's date than the
 * tolerance, `off-track` otherwise, `no-data` without a figure.
 *
 * ### Example
 * ```ts
 * // higher is better, 100 → 200 over 100 days, tolerance 5: 140 on day 50 is 10 behind 150
 * assessKpi(kpi, [{ date: 50, value: 140 }], 60).status // 'off-track'
 * ```
 */
export function assessKpi(kpi: Plan, points: readonly KpiPoint[], asAt: EpochDay): KpiAssessment {
  const actual = latestActual(points, asAt);
  if (!actual || actual.value === null)
    return { status: 'no-data', actual: null, expected: null, reason: 'No figure yet' };
  const value = actual.value;
  const sign = kpi.direction === 'higher' ? 1 : -1;
  const expected = trajectoryValue(kpi, actual.date);
  if (sign * (value - kpi.target.value) >= 0)
    return { status: 'achieved', actual, expected, reason: `Target ${kpi.target.value} reached` };
  const behind = sign * (expected - value);
  if (behind <= kpi.tolerance + 1e-9)
    return { status: 'on-track', actual, expected, reason: onTrackReason(behind, kpi.tolerance) };
  return {
    status: 'off-track',
    actual,
    expected,
    reason: `${round(behind)} behind the trajectory (${round(expected)}), more than the tolerance of ${kpi.tolerance}`,
  };
}

function onTrackReason(behind: number, tolerance: number): string {
  if (behind <= 0) return 'At or ahead of the trajectory';
  return `${round(behind)} behind the trajectory, within the tolerance of ${tolerance}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
