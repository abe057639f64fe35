import type { ComparatorFigure } from '../../../indicators/comparators/index.ts';
import { councilRef } from '../context.ts';

/** What an import stored: counts by level, how many match our indicators, and every problem row. */
export function presentImport(
  source: string,
  figures: readonly ComparatorFigure[],
  saved: number,
  problems: string[],
) {
  const count = (level: ComparatorFigure['level']) => figures.filter((f) => f.level === level).length;
  return {
    source,
    saved,
    national: count('national'),
    regional: count('regional'),
    council: count('local-authority'),
    matched: figures.filter((f) => f.indicatorId !== undefined).length,
    years: [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b),
    problems,
  };
}

export function presentNeighbours(code: string, neighbours: readonly string[]) {
  return { council: councilRef(code), neighbours: neighbours.map(councilRef) };
}
