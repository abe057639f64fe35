import type { AgeBand } from '../care/index.ts';
import type { EpochDay } from '../dates/index.ts';
import type { ModelCategory } from './exposure.ts';

/** One path's stock at each month end, by category and by age band × category. */
export interface PathStock {
  byCategory: Record<ModelCategory, number[]>;
  byBand: Record<AgeBand, Record<ModelCategory, number[]>>;
  /** Children who turned 18 in care in each month (and so left care as care leavers). */
  turned18: number[];
}

/** A Monte Carlo projection: every path's stock at each month end after the origin. */
export interface Projection {
  origin: EpochDay;
  /** The month ends of the steps, in order. */
  monthEnds: EpochDay[];
  paths: PathStock[];
}
