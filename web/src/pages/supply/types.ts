/**
 * The supply answers of the API (src/server/api/supply/schema.ts and src/server/api/supply-views/schema.ts),
 * as the screens read them. Dates are yyyy-mm-dd.
 */

export interface CouncilRef {
  code: string;
  name: string;
}

export type ModelCategory = 'fostering' | 'residential' | 'supported' | 'other';
export type PlanCategory = ModelCategory | 'care-leavers';
export type ApprovalType =
  | 'mainstream'
  | 'enhanced'
  | 'specialist'
  | 'kinship'
  | 'short-breaks'
  | 'parent-and-child';
export type CarerAgeBand = 'under-40' | '40-49' | '50-59' | '60-69' | '70+' | 'unknown';
export type HomeType = 'childrens-home' | 'short-breaks' | 'supported';
export type CostSource = 'default' | 'local' | 'input';
export type Purchasing = 'block' | 'block-and-spot' | 'spot' | 'none';

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

export interface PlaceCount {
  households: number;
  approved: number;
  usable: number;
}

export interface Recruitment {
  approvalType: ApprovalType;
  householdsPerYear: number;
  usablePlacesPerHousehold: number;
  carerAge: number | null;
  source: string;
}

export interface CapacityAnswer {
  council: CouncilRef;
  origin: string;
  fostering: {
    onOrigin: PlaceCount & { byApprovalType: Record<ApprovalType, PlaceCount> };
    yearToOrigin: { from: string; to: string; averageUsable: number; averageApproved: number };
    occupancy: {
      children: number;
      usablePlaces: number;
      approvedPlaces: number;
      ofUsable: number | null;
      ofApproved: number | null;
    };
    risk: {
      from: string;
      to: string;
      bands: {
        band: CarerAgeBand;
        deregistrations: number;
        householdYears: number;
        ratePerYear: number;
        annualProbability: number;
        borrowed: boolean;
      }[];
    };
    recruitment: Recruitment[];
    projection: {
      year: number;
      date: string;
      usable: number;
      existing: number;
      recruited: number;
      expectedDeregistrations: number;
      averageUsable: number;
    }[];
    history: { from: string; to: string; approvals: number; deregistrations: number }[];
  };
  homes: {
    bedsOnOrigin: Record<HomeType, number>;
    pipeline: { homeId: string; name: string; type: HomeType; beds: number; opens: string }[];
    years: { year: number; from: string; to: string; averageBeds: Record<HomeType, number> }[];
  };
}

export interface InHouseAnswer {
  council: CouncilRef;
  origin: string;
  fostering: (PlaceCount & { date: string; byApprovalType: Record<ApprovalType, PlaceCount> })[];
  carerAges: { band: CarerAgeBand; households: number; usable: number }[];
  homes: {
    homeId: string;
    name: string;
    urn: string | null;
    type: HomeType;
    beds: number;
    opens: string;
    closes: string | null;
    ofstedGrade: string | null;
    postcodeDistrict: string | null;
    status: 'open' | 'pipeline' | 'closed';
  }[];
  beds: { date: string; byType: Record<HomeType, number> }[];
}

export interface RequestSummary {
  from: string;
  to: string;
  requests: number;
  notFound: number;
  cells: {
    requestedType: string;
    ageBand: string;
    requests: number;
    notFound: number;
    byOutcome: Record<string, number>;
  }[];
  daysToPlace: { outcome: string; n: number; median: number | null; p90: number | null }[];
}

export interface RequestsAnswer {
  council: CouncilRef;
  requests: RequestSummary;
}

export interface MarketAnswer {
  council: CouncilRef;
  on: string;
  providers: { type: string; band: string; grade: string; providers: number; places: number }[];
  prices: {
    distribution: {
      type: string;
      n: number;
      min: number;
      q1: number;
      median: number;
      q3: number;
      max: number;
    }[];
    trend: { type: string; financialYear: number; n: number; median: number }[];
  };
  topCost: {
    current: { count: number; weeklyTotal: number };
    thresholds: { weeklyCost: number; count: number; weeklyTotal: number }[];
    /** Child-level: null unless the user's role may see children. */
    placements:
      | {
          childId: string;
          placementStart: string;
          providerName: string | null;
          providerType: string;
          weeklyCost: number;
        }[]
      | null;
  };
  spendShare: {
    from: string;
    to: string;
    total: number;
    providers: number;
    top5Share: number | null;
    top10Share: number | null;
    largest: { providerId: string; name: string | null; spend: number; share: number }[];
  };
  requests: RequestSummary;
}

export interface GapRow {
  year: number;
  date: string;
  category: ModelCategory;
  need: Band;
  inHousePlaces: number;
  targetOccupancy: number;
  inHouseCapacity: number;
  external: Band;
  weeklyCost: number;
  costSource: CostSource;
  cost: Band;
}

interface UnitCostSet {
  weekly: Record<ModelCategory, number>;
  source: Record<ModelCategory, CostSource>;
  placements: Record<ModelCategory, number>;
}

export interface GapTable {
  origin: string;
  scenario: { name: string; changes: string[] } | null;
  rows: GapRow[];
  totals: { year: number; cost: Band }[];
  capacity: {
    year: number;
    from: string;
    to: string;
    fosteringPlaces: number;
    childrensHomeBeds: number;
    supportedBeds: number;
  }[];
  recruitment: Recruitment[];
  unitCosts: { external: UnitCostSet; inHouse: UnitCostSet };
  targetOccupancy: Record<ModelCategory, number>;
}

export interface ForecastInfo {
  years: number;
  paths: number;
  seed: number;
  assumptions: string[];
}

export interface GapAnswer {
  council: CouncilRef;
  forecast: ForecastInfo;
  gap: GapTable;
}

export interface ScenarioAnswer {
  council: CouncilRef;
  forecast: ForecastInfo;
  baseline: GapTable;
  scenario: GapTable;
  difference: {
    rows: { year: number; category: ModelCategory; inHouseCapacity: number; external: Band; cost: Band }[];
    totals: { year: number; cost: Band }[];
    cost: Band;
  };
}

/** A capacity change as the scenario endpoint takes it. */
export type CapacityChange =
  | {
      kind: 'recruit-carers';
      householdsPerYear: number;
      approvalType: ApprovalType;
      usablePlacesPerHousehold?: number;
    }
  | { kind: 'open-home'; name: string; type: HomeType; beds: number; opens: string }
  | { kind: 'close-home'; homeId: string; closes: string };

export interface PlanRow {
  year: number;
  financialYear: number;
  category: PlanCategory;
  needP50: number;
  needP90: number;
  inHouseSupply: number;
  toCommissionP10: number;
  toCommissionP50: number;
  toCommissionP90: number;
  purchasing: Purchasing;
  blockPlaces: number;
  externalCostP50: number;
  externalCostP90: number;
  inHouseCostP50: number;
  spendP50: number;
  spendP90: number;
  budget: number | null;
  headroomP50: number | null;
}

export interface Plan {
  origin: string;
  years: number;
  rows: PlanRow[];
  rules: string[];
  assumptions: string[];
}

export interface PlanInputs {
  forecast: { years: number; paths: number; seed: number; entries: string };
  blockThreshold: number;
  targetOccupancy: Record<ModelCategory, number>;
  weeklyCosts: { external: Record<ModelCategory, number>; inHouse: Record<ModelCategory, number> };
  recruitment: Recruitment[];
}

export interface PlanAnswer {
  council: CouncilRef;
  inputs: PlanInputs;
  plan: Plan;
}

export interface PlanVersionSummary {
  version: number;
  origin: string;
  note: string;
  createdBy: string;
  createdAt: string;
}

export interface PlanVersion extends PlanVersionSummary {
  council: CouncilRef;
  inputs: PlanInputs;
  plan: Plan;
}

export interface PlanVersionsAnswer {
  council: CouncilRef;
  versions: PlanVersionSummary[];
}

export interface PlanDiffAnswer {
  council: CouncilRef;
  from: number;
  to: number;
  changes: {
    financialYear: number;
    category: PlanCategory;
    column: string;
    before: number | string | null;
    after: number | string | null;
  }[];
}
