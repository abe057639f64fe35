/** Where a published figure is for: England, a region or a council. */
export type GeographicLevel = 'national' | 'regional' | 'local-authority';
export type Statistic = 'number' | 'percentage' | 'rate';
/** DfE's symbols for a figure not given as a number (see disclosure control). */
export type ComparatorFlag = 'c' | 'k' | 'z' | 'x';

/** One published figure, as stored in the `comparator` table. */
export interface ComparatorFigure {
  source: string;
  level: GeographicLevel;
  /** ONS code: E92000001 England, E12… a region, E06/E08/E09/E10… a council. */
  code: string;
  name: string | null;
  /** Collection year (the year of the 31 March it ends on). */
  year: number;
  /** DfE's table grouping, e.g. "Age group"; for shipped England figures, our indicator id. */
  measure: string;
  /** DfE's category within it, e.g. "10 to 15 years"; '' for a headline. */
  characteristic: string;
  statistic: Statistic;
  /** null when flagged c, z or x; 0 with flag k. */
  value: number | null;
  flag?: ComparatorFlag;
  /** Our indicator and cell with the same definition, when there is one. */
  indicatorId?: string;
  cell?: Record<string, string>;
}

export const ENGLAND_CODE = 'E92000001';
