import type { EpochDay } from '../dates/index.ts';

/**
 * Domain records of a council's local data: the returns the 903 does not hold (its own carers and homes,
 * the market, what placements cost, the requests it could not meet, care leavers' housing, the budget).
 * One CSV template per record kind (`src/local/templates/`); blank cells are null; dates are epoch days;
 * money is pounds (not pence) as councils write it.
 */

export type FosterApprovalType =
  | 'mainstream'
  | 'enhanced'
  | 'specialist'
  | 'kinship'
  | 'short-breaks'
  | 'parent-and-child';

/** Sex of the children a household is approved for. */
export type ApprovedSex = 'any' | 'male' | 'female';

/** One approved in-house foster carer household (a fostering service's register). */
export interface FosterHousehold {
  householdId: string;
  approvalType: FosterApprovalType;
  /** Places the household is approved for. */
  approvedPlaces: number;
  /** Places it can actually offer now (a spare room used by a birth child, a carer on a break …); null: all. */
  usablePlaces: number | null;
  ageFrom: number;
  ageTo: number;
  sexApproved: ApprovedSex;
  siblingGroups: boolean;
  /** Age of the oldest main carer on the approval date, in whole years (for deregistration risk). */
  carerAgeAtApproval: number | null;
  approved: EpochDay;
  deregistered: EpochDay | null;
  /** e.g. "LE4": the district only, never a full postcode, so no carer's address is held. */
  postcodeDistrict: string | null;
  /** Free-text skills, e.g. "disability; therapeutic". */
  skills: string | null;
}

export type HomeType = 'childrens-home' | 'short-breaks' | 'supported';

/** One of the council's own homes, open, closed or in the pipeline. */
export interface InHouseHome {
  homeId: string;
  name: string;
  /** Ofsted unique reference number; null before registration. */
  urn: string | null;
  type: HomeType;
  beds: number;
  /** Opening date; a future date is the pipeline. */
  opens: EpochDay;
  closes: EpochDay | null;
  ofstedGrade: OfstedGrade | null;
  postcodeDistrict: string | null;
}

export type OfstedGrade =
  | 'outstanding'
  | 'good'
  | 'requires-improvement'
  | 'inadequate'
  | 'not-yet-inspected';

export type ProviderType =
  | 'ifa'
  | 'childrens-home'
  | 'residential-school'
  | 'secure'
  | 'supported-accommodation'
  | 'parent-and-child'
  | 'other';

export type ContractBasis = 'framework' | 'block' | 'spot';

/** One provider (setting) in the market the council buys from or could. */
export interface Provider {
  providerId: string;
  name: string;
  urn: string | null;
  type: ProviderType;
  places: number | null;
  postcodeDistrict: string | null;
  ofstedGrade: OfstedGrade | null;
  basis: ContractBasis;
  /** Typical weekly price, pounds; null when not known. */
  weeklyPriceFrom: number | null;
  weeklyPriceTo: number | null;
}

/** What one placement costs, to join to a 903 episode by child and placement start. */
export interface PlacementCost {
  childId: string;
  placementStart: EpochDay;
  placementEnd: EpochDay | null;
  /** The provider paid (a `Provider.providerId` or a URN); null for in-house. */
  providerId: string | null;
  weeklyCost: number;
  /** Shares of the weekly cost; they sum to 1. */
  socialCareShare: number;
  healthShare: number;
  educationShare: number;
}

export type RequestedType =
  | 'fostering'
  | 'fostering-enhanced'
  | 'parent-and-child'
  | 'residential'
  | 'supported'
  | 'secure'
  | 'other';

export type RequestOutcome = 'in-house' | 'external-framework' | 'external-spot' | 'not-found';

/** One placement request (referral) to the placements team. */
export interface PlacementRequest {
  requestId: string;
  requested: EpochDay;
  /** The 903 child id, when the child is looked after. */
  childId: string | null;
  ageAtRequest: number;
  needsSummary: string | null;
  requestedType: RequestedType;
  outcome: RequestOutcome;
  /** Days from request to placement; null when not placed. */
  daysToPlace: number | null;
  providersApproached: number | null;
}

export type LeaverAccommodationType =
  | 'staying-put'
  | 'supported-lodgings'
  | 'supported-accommodation'
  | 'social-housing'
  | 'independent'
  | 'custody'
  | 'unknown';

/** Where a care leaver (18–25) lives, joined to the 903 OC3 return by child id. */
export interface CareLeaverAccommodation {
  childId: string;
  type: LeaverAccommodationType;
  start: EpochDay;
  end: EpochDay | null;
  weeklyCost: number | null;
}

export type BudgetCategory = 'fostering' | 'residential' | 'supported' | 'other' | 'care-leavers';

/** The placement budget for one category and financial year (April–March, named by its first year). */
export interface BudgetLine {
  financialYear: number;
  category: BudgetCategory;
  amount: number;
}

/** Every kind of local data, keyed by template name. */
export interface LocalData {
  fosterHouseholds: FosterHousehold[];
  inHouseHomes: InHouseHome[];
  providers: Provider[];
  placementCosts: PlacementCost[];
  placementRequests: PlacementRequest[];
  careLeaverAccommodation: CareLeaverAccommodation[];
  budget: BudgetLine[];
}

export type LocalDataKind = keyof LocalData;
