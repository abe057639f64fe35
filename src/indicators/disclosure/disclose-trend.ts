import type { Indicator } from '../indicator.ts';
import { type IndicatorPlan, planIndicator, publishPlan } from './indicator-plan.ts';
import { keyText } from './indicator-table.ts';
import type { Equation } from './linear-table.ts';
import { presentCell } from './present-cell.ts';
import {
  COUNCIL_DISCLOSURE,
  type DisclosureOptions,
  type PublicCell,
  type PublicIndicator,
} from './public-indicator.ts';
import { secondarySuppression } from './secondary-suppression.ts';

/** What a trend publishes besides each year's table (count indicators only). */
export interface TrendPublication {
  /** Each cell's change from the year before ("up 3 on 2024"). */
  changes?: boolean;
  /** Each cell summed over all the years ("120 children over three years"). */
  periodTotal?: boolean;
}

export interface PublicTrend {
  /** Each year's table, oldest first. */
  years: PublicIndicator[];
  /** Changes from the year before, for the second year on (when asked for). */
  changes: { collectionYear: number; cells: PublicCell[] }[];
  /** Sums over all the years (when asked for). */
  periodTotal?: PublicCell[];
}

/**
 * One indicator over successive years, made safe to publish together.
 *
 * Guarantee: take every figure the trend publishes — each year's cells and totals, and the changes and
 * period totals when asked for — as equations on the true counts (each year's margins; cell(y) =
 * cell(y−1) + change; period total = Σ years). No suppressed cell of any year is then pinned to one value
 * among non-negative integer solutions (witnessed as in protection.ts). Years share no equation unless
 * changes or period totals are published, so without them the guarantee is each year's own; with them,
 * complements are chosen across years: a cell suppressed in 2025 whose 2024 value and change are shown
 * gets its change suppressed, and a total whose change equals one visible and one suppressed change has a
 * second change suppressed. Not covered: identities between different indicators (e.g. stock at 31 March
 * = last year's stock + starts − ceased, which are separate indicators) — publish those through one table.
 */
export function discloseTrend(
  indicators: readonly Indicator[],
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
  publication: TrendPublication = {},
): PublicTrend {
  const sorted = [...indicators].sort((a, b) => a.collectionYear - b.collectionYear);
  const id = sorted[0]?.id;
  if (sorted.some((i) => i.id !== id))
    throw new TypeError(`discloseTrend: indicators of different ids (${id}, …)`);
  const plans = sorted.map((i) => planIndicator(i, options));
  const linked = linkYears(plans, publication);
  const hidden = secondarySuppression(linked, new Set(linked.primary), linked.rank);

  const years = plans.map((plan, y) => {
    const offset = linked.offsets[y] ?? 0;
    const own = new Set<number>();
    plan.indicator.cells.forEach((_, i) => {
      if (hidden.has(offset + i)) own.add(i);
    });
    return publishPlan(plan, own, options);
  });
  const show = (v: { index: number; key: Record<string, string> }) =>
    presentCell(
      v.key,
      linked.values[v.index] ?? null,
      hidden.has(v.index) ? 'c' : undefined,
      'count',
      'children',
      options,
    );
  const out: PublicTrend = {
    years,
    changes: linked.changes.map((c) => ({ collectionYear: c.collectionYear, cells: c.cells.map(show) })),
  };
  if (publication.periodTotal) out.periodTotal = linked.periodTotal.map(show);
  return out;
}

interface VirtualCell {
  index: number;
  key: Record<string, string>;
}

/** All years' cells in one system, with change and period-total cells and their equations appended. */
function linkYears(plans: readonly IndicatorPlan[], publication: TrendPublication) {
  const values: (number | null)[] = [];
  const equations: Equation[] = [];
  const rank: number[] = [];
  const primary: number[] = [];
  const offsets: number[] = [];
  const signed = new Set<number>();
  for (const plan of plans) {
    const offset = values.length;
    offsets.push(offset);
    values.push(...plan.table.values);
    rank.push(...plan.rank);
    primary.push(...plan.primary.map((i) => i + offset));
    for (const e of plan.table.equations) {
      equations.push({ total: e.total + offset, members: e.members.map((m) => m + offset) });
    }
  }
  const counts = plans.every((p) => p.kind === 'count');
  const at = (y: number, key: string) => {
    const i = plans[y]?.indicator.cells.findIndex((c) => keyText(c.key) === key) ?? -1;
    return i < 0 || values[(offsets[y] ?? 0) + i] === null ? undefined : (offsets[y] ?? 0) + i;
  };
  const add = (value: number, r: number, equation: (index: number) => Equation): number => {
    const index = values.length;
    values.push(value);
    rank.push(r);
    equations.push(equation(index));
    return index;
  };

  const changes: { collectionYear: number; cells: VirtualCell[] }[] = [];
  if (counts && publication.changes) {
    for (let y = 1; y < plans.length; y++) {
      const cells: VirtualCell[] = [];
      for (const cell of plans[y]?.indicator.cells ?? []) {
        const key = keyText(cell.key);
        const [before, now] = [at(y - 1, key), at(y, key)];
        if (before === undefined || now === undefined) continue;
        const delta = (values[now] as number) - (values[before] as number);
        // Changes are ranked cheapest: hide a change before a year's published figure.
        const index = add(delta, -10, (i) => ({ total: now, members: [before, i] }));
        signed.add(index);
        cells.push({ index, key: { ...cell.key } });
      }
      changes.push({ collectionYear: plans[y]?.indicator.collectionYear ?? 0, cells });
    }
  }
  const periodTotal: VirtualCell[] = [];
  if (counts && publication.periodTotal) {
    for (const cell of plans[0]?.indicator.cells ?? []) {
      const key = keyText(cell.key);
      const members = plans.map((_, y) => at(y, key));
      if (members.some((m) => m === undefined)) continue;
      const sum = members.reduce<number>((s, m) => s + (values[m as number] as number), 0);
      // Ranked cheap like changes: hide a derived sum before a year's published figure.
      const index = add(sum, -5, (i) => ({ total: i, members: members as number[] }));
      periodTotal.push({ index, key: { ...cell.key } });
    }
  }
  return { values, equations, rank, primary, offsets, signed, changes, periodTotal };
}
