import type { EditionFigure } from './edition-figure.ts';

/**
 * Figures of the same definition, breakdown and period that the last published edition suppressed and
 * this edition would show. Publishing them would reveal (or nearly reveal, after a small revision) a
 * count the council has already withheld, so publishing is refused until they are suppressed again
 * (src/indicators/disclosure `discloseAgainstPrevious` does that when the document is built).
 *
 * ### Example
 * ```ts
 * revealedAcrossEditions([{ key: 'k', period: '2024/25', flag: 'c', … }], [{ key: 'k', period: '2024/25', display: '4', … }])
 * // [the current figure 'k']
 * ```
 */
export function revealedAcrossEditions(
  previous: readonly EditionFigure[],
  current: readonly EditionFigure[],
): EditionFigure[] {
  const withheld = new Set(previous.filter((f) => f.flag === 'c').map((f) => `${f.key}\u0000${f.period}`));
  return current.filter((f) => f.flag !== 'c' && withheld.has(`${f.key}\u0000${f.period}`));
}
