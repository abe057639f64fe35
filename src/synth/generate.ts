import { injectErrors } from './inject-errors.ts';
import { simulatePopulation } from './population.ts';
import { buildReturn } from './returns.ts';
import type { SyntheticCouncil, SynthOptions, SynthPlaces } from './types.ts';

/**
 * A fully synthetic council: `years` annual 903 returns ending at `lastYear` (and `futureYears`
 * more kept as truth), pure and seeded — the same options and places give the same council.
 *
 * ### Example
 * ```ts
 * const council = generateCouncil({ councilCode: 'E06000016', children: 600, years: 5, seed: 1 }, places);
 * council.returns.at(-1)?.tables.Episodes?.length // ≈ 1,900 episodes in 2025/26
 * ```
 */
export function generateCouncil(options: SynthOptions, places: SynthPlaces): SyntheticCouncil {
  const lastYear = options.lastYear ?? 2026;
  const { children } = simulatePopulation(options, places);
  const laNumber = places.laNumber ?? '800';
  const build = (year: number) => {
    const r = buildReturn(children, year, options.seed, laNumber);
    return options.errors ? injectErrors(r, options.seed) : r;
  };
  const returns = [];
  for (let y = lastYear - options.years + 1; y <= lastYear; y++) returns.push(build(y));
  const truth = [];
  for (let y = lastYear + 1; y <= lastYear + (options.futureYears ?? 0); y++) truth.push(build(y));
  return { options, returns, truth };
}
