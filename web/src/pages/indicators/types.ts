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

export interface IndicatorCell {
  key: Record<string, string>;
  value: number | null;
  numerator?: number;
  denominator?: number;
  unknownReason?: string;
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
  unknown?: { count: number; reason: string };
  england?: number | null;
}

export interface IndicatorsAnswer {
  council: { code: string; name: string };
  collectionYear: number | null;
  label: string | null;
  years: number[];
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
