import type { EpochDay } from '../dates/index.ts';
import { MISSING_PER_YEAR, type PlacementKind } from './calibration.ts';
import type { Rng } from './rng.ts';
import type { SimMissing } from './sim-types.ts';

/**
 * Missing and away-without-authorisation spells during one placement, for children aged 11+:
 * a Poisson number at the placement's yearly rate (residential highest), mostly back within a day
 * or two; spells never overlap and end inside the placement.
 */
export function missingSpells(
  rng: Rng,
  kind: PlacementKind,
  start: EpochDay,
  end: EpochDay,
  age: number,
): SimMissing[] {
  if (age < 11 || end - start < 2) return [];
  const n = rng.poisson((MISSING_PER_YEAR[kind] * (end - start)) / 365.25);
  if (n === 0) return [];
  const starts = Array.from({ length: n }, () => start + 1 + rng.int(end - start - 1)).sort((a, b) => a - b);
  const spells: SimMissing[] = [];
  let free = start + 1;
  for (const s of starts) {
    if (s < free) continue;
    const length = rng.weighted([
      [0, 40],
      [1, 32],
      [2, 12],
      [3, 7],
      [5, 5],
      [10, 4],
    ] as const);
    const spellEnd = Math.min(end - 1, s + length);
    if (spellEnd < s) continue;
    spells.push({ kind: rng.chance(0.85) ? 'M' : 'A', start: s, end: spellEnd });
    free = spellEnd + 1;
  }
  return spells;
}
