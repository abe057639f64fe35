import type { OverviewYear, PooledYear } from '../../../app/index.ts';
import { councilRef } from '../context.ts';

export function presentCouncilOverview(code: string, years: OverviewYear[]) {
  return { council: councilRef(code), years, latest: years[years.length - 1] ?? null };
}

export function presentRegionOverview(
  perCouncil: { code: string; years: OverviewYear[] }[],
  pooled: PooledYear[],
) {
  return {
    councils: perCouncil.map((c) => councilRef(c.code)),
    years: pooled,
    latest: pooled[pooled.length - 1] ?? null,
    perCouncil: perCouncil.map((c) => presentCouncilOverview(c.code, c.years)),
  };
}
