/**
 * Small hand-written local data for the supply tests (tests only): one-line households, homes, costs and
 * requests with dates as councils write them.
 */

import { d } from '../care/test-fixtures.ts';
import type {
  FosterHousehold,
  InHouseHome,
  LocalData,
  PlacementCost,
  PlacementRequest,
  Provider,
} from '../local/records.ts';

export { d };

export function household(
  householdId: string,
  approved: string,
  fields: Partial<Omit<FosterHousehold, 'householdId' | 'approved' | 'deregistered'>> & {
    deregistered?: string | null;
  } = {},
): FosterHousehold {
  const { deregistered, ...rest } = fields;
  return {
    householdId,
    approvalType: 'mainstream',
    approvedPlaces: 2,
    usablePlaces: null,
    ageFrom: 0,
    ageTo: 17,
    sexApproved: 'any',
    siblingGroups: false,
    carerAgeAtApproval: 50,
    postcodeDistrict: 'LE4',
    skills: null,
    ...rest,
    approved: d(approved),
    deregistered: deregistered ? d(deregistered) : null,
  };
}

export function home(
  homeId: string,
  opens: string,
  fields: Partial<Omit<InHouseHome, 'homeId' | 'opens' | 'closes'>> & { closes?: string | null } = {},
): InHouseHome {
  const { closes, ...rest } = fields;
  return {
    homeId,
    name: `Home ${homeId}`,
    urn: null,
    type: 'childrens-home',
    beds: 4,
    ofstedGrade: 'good',
    postcodeDistrict: 'LE2',
    ...rest,
    opens: d(opens),
    closes: closes ? d(closes) : null,
  };
}

export function provider(providerId: string, fields: Partial<Omit<Provider, 'providerId'>> = {}): Provider {
  return {
    providerId,
    name: `Provider ${providerId}`,
    urn: null,
    type: 'childrens-home',
    places: 4,
    postcodeDistrict: 'LE2',
    ofstedGrade: 'good',
    basis: 'spot',
    weeklyPriceFrom: null,
    weeklyPriceTo: null,
    ...fields,
  };
}

export function cost(
  childId: string,
  start: string,
  weeklyCost: number,
  fields: Partial<Omit<PlacementCost, 'childId' | 'placementStart' | 'weeklyCost' | 'placementEnd'>> & {
    end?: string | null;
  } = {},
): PlacementCost {
  const { end, ...rest } = fields;
  return {
    childId,
    providerId: null,
    socialCareShare: 1,
    healthShare: 0,
    educationShare: 0,
    ...rest,
    placementStart: d(start),
    placementEnd: end ? d(end) : null,
    weeklyCost,
  };
}

export function request(
  requestId: string,
  requested: string,
  fields: Partial<Omit<PlacementRequest, 'requestId' | 'requested'>> = {},
): PlacementRequest {
  return {
    childId: null,
    ageAtRequest: 12,
    needsSummary: null,
    requestedType: 'fostering',
    outcome: 'in-house',
    daysToPlace: 5,
    providersApproached: 1,
    ...fields,
    requestId,
    requested: d(requested),
  };
}

export function localData(parts: Partial<LocalData> = {}): LocalData {
  return {
    fosterHouseholds: [],
    inHouseHomes: [],
    providers: [],
    placementCosts: [],
    placementRequests: [],
    careLeaverAccommodation: [],
    budget: [],
    ...parts,
  };
}
