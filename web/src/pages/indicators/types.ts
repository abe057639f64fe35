/** The indicator answers of the API (src/server/api/indicators/schema.ts). */

export type Theme =
  | 'population'
  | 'profile'
  | 'placements'
  | 'location'
  | 'stability'
  | 'durations'
  | 'first-placement'
  | 'uasc'
  | 'specific-needs'
  | 'unregistered'
  | 'equality';

/** DfE's marks for a figure not shown: c suppressed, k rounds to 0, z not applicable, x not available. */
export type DisclosureFlag = 'c' | 'k' | 'z' | 'x';

/** `full`: the figures as computed; `public`: as a published statement shows them. */
export type IndicatorView = 'full' | 'public';

/** Published figures for the same definition, cell and year. */
export interface CellComparators {
  england: number | null;
  englandSource?: string;
  region: number | null;
  neighboursMean: number | null;
  neighbours: { code: string; name: string; value: number | null; flag?: DisclosureFlag }[];
}

export interface IndicatorCell {
  key: Record<string, string>;
  value: number | null;
  numerator?: number;
  denominator?: number;
  unknownReason?: string;
  /** Public view: the figure as printed, or its mark. */
  display?: string;
  flag?: DisclosureFlag;
  comparators?: CellComparators;
}

export interface Indicator {
  id: string;
  theme: Theme;
  title: string;
  definition: string;
  unit: string;
  collectionYear: number;
  dimensions: string[];
  labels?: Record<string, Record<string, string>>;
  cells: IndicatorCell[];
  unknown?: { count: number | null; reason: string; display?: string; flag?: DisclosureFlag };
  england?: number | null;
  /** Public view: the rules applied. */
  disclosure?: { threshold: number; minBase: number; rounding: number; secondary: number };
}

export interface IndicatorsAnswer {
  council: { code: string; name: string };
  collectionYear: number | null;
  label: string | null;
  years: number[];
  view: IndicatorView;
  indicators: Indicator[];
}

export interface TrendAnswer {
  indicator: Omit<Indicator, 'cells' | 'collectionYear'>;
  points: {
    collectionYear: number;
    label: string;
    value: number | null;
    numerator?: number;
    denominator?: number;
    display?: string;
    flag?: DisclosureFlag;
    england: number | null;
  }[];
}

export interface DrilldownAnswer {
  council: { code: string; name: string };
  indicator: { id: string; title: string };
  collectionYear: number;
  cell: Record<string, string>;
  children: { childId: string; sex: string | null; ageAtCensus: number | null }[];
}
