import type { ChildTimeline } from '../care/timeline-types.ts';
import type { CollectionYear } from '../dates/index.ts';
import type { YearFacts } from './year-facts.ts';

/** What every indicator family computes from: one council's timelines, for one collection year. */
export interface IndicatorInput {
  timelines: readonly ChildTimeline[];
  /** ONS code of the council (for "in area"). */
  councilCode: string;
  collectionYear: CollectionYear;
  /** Children aged 0–17 in the council's area (settings), for rates per 10,000; absent → rates unknown. */
  population0to17?: number;
  /** A true disability flag per child from local data, when supplied (the 903 has none). */
  localDisability?: ReadonlyMap<string, boolean>;
  /**
   * The year's shared facts, worked out once from `timelines` for all families (computeIndicators sets
   * it); when absent each family works them out itself (`yearFactsOf`), with the same result.
   */
  facts?: YearFacts;
}
