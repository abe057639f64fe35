import { AGE_BANDS, type AgeBand } from '../care/index.ts';
import type { MonthlyEntries } from './entries.ts';
import type { ModelCategory } from './exposure.ts';
import { fitPoissonTrend } from './poisson-trend.ts';
import type { Random } from './random.ts';

/** One kind of entrant: group, first placement's category and age band, with its share of all entries. */
export interface EntrantCell {
  group: string;
  category: ModelCategory;
  ageBand: AgeBand;
  /** Share of the reference period's entries. */
  share: number;
  /** Months of age at entry of this cell's entrants in the reference period, drawn from for new entrants. */
  agesInMonths: readonly number[];
}

/**
 * Entries per day on the log scale: level + slope·(t − centre), t in months from the reference period's
 * first month. Centring makes level and slope nearly independent, so each can be drawn on its own.
 */
export interface EntriesModel {
  kind: 'trend' | 'flat';
  /** Log entries per day at the centre. */
  level: number;
  /** Log change per month (0 for flat), shrunk toward 0 by its standard error. */
  slope: number;
  centre: number;
  seLevel: number;
  seSlope: number;
  /** Pearson dispersion of the monthly totals about the fit (at least 1): how much noisier than Poisson. */
  dispersion: number;
  /** The month index t of the first projected month. */
  firstT: number;
  cells: EntrantCell[];
}

/**
 * The largest standard error a trend too weak to follow keeps in the paths: 10% a year. A few entries a month
 * over three years leave a standard error large enough to be meaningless; the doubt it expresses is about
 * trends of the size councils see, not about entries multiplying.
 */
const UNSEEN_TREND_SE = Math.log(1.1) / 12;

/**
 * The entries model of a reference period. 'trend' follows the period's trend only when it is significant
 * (otherwise the model is flat and says so in `kind`). The trend (or flat rate) is fitted once, on all entries per day,
 * and each cell takes its share of the period's entries: cell-by-cell trends on a few entries a year would
 * extrapolate noise. Standard errors are widened by √dispersion (quasi-Poisson), because monthly entries
 * swing more than a Poisson count would.
 */
export function entriesModel(
  entries: MonthlyEntries,
  kind: 'trend' | 'flat',
  firstT: number,
  groupOf: (cell: { uasc: boolean; stratum: string }) => string,
): EntriesModel {
  const total = entries.total.reduce((a, b) => a + b, 0);
  const exposure = entries.daysInWindow;
  const fit = fitPoissonTrend(entries.total, exposure);
  const useTrend = kind === 'trend' && fit.basis === 'trend' && significant(entries, fit);
  let a: number;
  let b: number;
  if (useTrend) [a, b] = [fit.a, fit.b];
  else {
    const days = exposure.reduce((x, y) => x + y, 0);
    [a, b] = [Math.log(Math.max(total, 0.5) / Math.max(days, 1)), 0];
  }
  // Centre: the count-weighted mean month, where the level is best known.
  let weighted = 0;
  let expected = 0;
  let pearson = 0;
  let months = 0;
  entries.total.forEach((y, t) => {
    const e = exposure[t] as number;
    if (!(e > 0)) return;
    const mu = Math.exp(a + b * t) * e;
    weighted += mu * t;
    expected += mu;
    pearson += (y - mu) ** 2 / mu;
    months += 1;
  });
  const centre = expected > 0 ? weighted / expected : 0;
  const dispersion = Math.max(1, months > 2 ? pearson / (months - (useTrend ? 2 : 1)) : 1);
  const inflate = Math.sqrt(dispersion);
  const cells: EntrantCell[] = [];
  for (const cell of entries.cells) {
    const count = cell.counts.reduce((x, y) => x + y, 0);
    if (count === 0 || total === 0) continue;
    cells.push({
      group: groupOf(cell),
      category: cell.category,
      ageBand: cell.ageBand,
      share: count / total,
      agesInMonths: cell.agesInMonths,
    });
  }
  cells.sort((x, y) => AGE_BANDS.indexOf(x.ageBand) - AGE_BANDS.indexOf(y.ageBand));
  // A trend asked for but not significant is not followed, but one of its standard error cannot be ruled out:
  // paths still draw a slope about 0 with it, so the ranges widen with the horizon as that doubt grows.
  const seSlope = useTrend
    ? fit.seB * inflate
    : kind === 'trend' && fit.basis === 'trend'
      ? Math.min(fit.seB * inflate, UNSEEN_TREND_SE)
      : 0;
  // A slope fitted on a few years of noisy counts, extrapolated for five, overshoots: shrink it toward 0 by
  // its own precision, b·b²/(b² + se²) (a slope twice its standard error keeps 80% of itself).
  const shrunk = useTrend && b !== 0 ? (b * b * b) / (b * b + seSlope * seSlope) : 0;
  return {
    kind: useTrend ? 'trend' : 'flat',
    level: a + b * centre,
    slope: shrunk,
    centre,
    seLevel: (total > 0 ? 1 / Math.sqrt(total) : Math.SQRT2) * inflate,
    seSlope,
    dispersion,
    firstT,
    cells,
  };
}

/**
 * Whether the fitted trend is distinguishable from no trend: |b| at least twice its standard error widened
 * by the dispersion about the flat rate. A trend that is not is noise, and extrapolating noise for five years
 * does more harm than carrying the average forward (docs/forecast-validation.md).
 */
function significant(entries: MonthlyEntries, fit: ReturnType<typeof fitPoissonTrend>): boolean {
  const total = entries.total.reduce((a, b) => a + b, 0);
  const days = entries.daysInWindow.reduce((a, b) => a + b, 0);
  const rate = total / Math.max(1, days);
  let pearson = 0;
  let months = 0;
  entries.total.forEach((y, t) => {
    const e = entries.daysInWindow[t] as number;
    if (!(e > 0) || !(rate > 0)) return;
    pearson += (y - rate * e) ** 2 / (rate * e);
    months += 1;
  });
  // Dispersion about the flat rate would count the trend itself as noise; about the trend it is honest.
  let aboutTrend = 0;
  entries.total.forEach((y, t) => {
    const e = entries.daysInWindow[t] as number;
    if (!(e > 0)) return;
    const mu = fit.predict(t, e);
    aboutTrend += (y - mu) ** 2 / mu;
  });
  const dispersion = Math.max(1, months > 2 ? Math.min(pearson, aboutTrend) / (months - 2) : 1);
  return Math.abs(fit.b) >= 2 * fit.seB * Math.sqrt(dispersion);
}

/** Expected entries per day in month index t: the point estimate, or one path's draw of level and slope. */
export function entriesPerDay(
  model: EntriesModel,
  draw: { level: number; slope: number },
  t: number,
): number {
  return Math.exp(draw.level + draw.slope * (t - model.centre));
}

/**
 * One path's level and slope: the estimates, or a draw from their (normal) sampling distribution, the slope's
 * cut at two standard errors: compounded over five years, a tail draw would multiply entries many times over.
 */
export function drawEntries(model: EntriesModel, random: Random | null): { level: number; slope: number } {
  if (!random) return { level: model.level, slope: model.slope };
  const level = model.level + random.normal() * model.seLevel;
  const z = Math.max(-2, Math.min(2, random.normal()));
  return { level, slope: model.slope + z * model.seSlope };
}
