/** The forecast API's answers (src/app/forecast-view.ts), as the screens read them. */

export const CATEGORIES = ['fostering', 'residential', 'supported', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export const BANDS = ['<1', '1-4', '5-9', '10-15', '16-17', '18+'] as const;
export type Band = (typeof BANDS)[number];

export const CATEGORY_TEXT: Record<Category | 'total', string> = {
  total: 'All placements',
  fostering: 'Fostering',
  residential: 'Residential (children’s homes, secure)',
  supported: 'Supported accommodation',
  other: 'Other (with parents, adoption, other)',
};

export interface Fan {
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  mean: number;
}

export interface ReferenceChoice {
  referenceYears: number;
  entries: 'trend' | 'flat';
}

export interface RunView {
  years: {
    year: number;
    date: string;
    total: Fan;
    byCategory: Record<Category, Fan>;
    byBand: Record<Band, Record<Category, Fan>>;
  }[];
  costs: {
    years: { year: number; total: Fan; byCategory: Record<Category, Fan> }[];
    overall: Fan;
    assumptions: CostAssumptions;
  };
  scenario: { name: string; levers: string[] } | null;
  /** Care leavers aged 18–20 in supported accommodation; null without local care-leaver data. */
  careLeavers: CareLeaverView | null;
}

export interface CareLeaverView {
  years: (Fan & { date: string })[];
  basis: {
    from: string;
    to: string;
    at18: { share: number; careLeavers: number };
    at19: { share: number; careLeavers: number };
    at20: { share: number; careLeavers: number };
  };
}

export interface CostAssumptions {
  weekly: Record<Category, { inHouse: number; external: number }>;
  inflation: Record<Category, number>;
  source: string;
}

export interface ForecastView extends RunView {
  councilCode: string;
  origin: string;
  yearsAhead: number;
  paths: number;
  seed: number;
  reference: ReferenceChoice & {
    from: string;
    to: string;
    chosenBy: 'backtest' | 'user' | 'scenario';
    backtestChoice: ReferenceChoice;
    origins: string[];
    choices: (ReferenceChoice & {
      forecasts: number;
      maeTotal: number | null;
      maeCategories: number | null;
      score: number | null;
    })[];
  };
  assumptions: string[];
  history: {
    date: string;
    total: number;
    byCategory: Record<Category, number>;
    byBand: Record<Band, Record<Category, number>>;
  }[];
}

export interface BacktestView {
  choice: ReferenceChoice;
  scores: {
    horizon: number;
    key: string;
    n: number;
    mae: number | null;
    bias: number | null;
    relativeMae: number | null;
    coverage80: number | null;
    coverage90: number | null;
  }[];
  rows: {
    origin: string;
    horizon: number;
    key: string;
    forecast: number;
    p10: number;
    p90: number;
    truth: number;
    noChange: number;
  }[];
}

export interface ForecastResult {
  forecast: ForecastView;
  backtest: BacktestView;
}

export interface ComparisonResult {
  baseline: ForecastView;
  scenarios: (RunView & { id: number; name: string })[];
}

export interface SavedScenario {
  id: number;
  name: string;
  description: string;
  levers: unknown[];
  described: string[];
  createdBy: string;
  updatedAt: string;
}

export interface UnitCosts extends CostAssumptions {
  isDefault: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** "2026-03-31" → "31/03/2026". */
export function ukDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** A count as shown: whole children. */
export function whole(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}

/** Pounds in millions with one decimal: 12_345_678 → "£12.3m". */
export function millions(n: number): string {
  return `£${(n / 1_000_000).toFixed(1)}m`;
}
