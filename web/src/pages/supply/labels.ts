import type {
  ApprovalType,
  CarerAgeBand,
  CostSource,
  HomeType,
  ModelCategory,
  PlanCategory,
  Purchasing,
} from './types.ts';

/** Words for the codes the supply answers use. */

export const CATEGORIES: readonly ModelCategory[] = ['fostering', 'residential', 'supported', 'other'];

export const CATEGORY_LABELS: Record<PlanCategory, string> = {
  fostering: 'Fostering',
  residential: 'Residential (children’s homes)',
  supported: 'Supported accommodation',
  other: 'Other placements',
  'care-leavers': 'Care leavers’ accommodation',
};

export const APPROVAL_TYPES: readonly ApprovalType[] = [
  'mainstream',
  'enhanced',
  'specialist',
  'kinship',
  'short-breaks',
  'parent-and-child',
];

export const APPROVAL_LABELS: Record<ApprovalType, string> = {
  mainstream: 'Mainstream',
  enhanced: 'Enhanced',
  specialist: 'Specialist',
  kinship: 'Kinship (family and friends)',
  'short-breaks': 'Short breaks',
  'parent-and-child': 'Parent and child',
};

export const CARER_AGE_LABELS: Record<CarerAgeBand, string> = {
  'under-40': 'Under 40',
  '40-49': '40 to 49',
  '50-59': '50 to 59',
  '60-69': '60 to 69',
  '70+': '70 and over',
  unknown: 'Age not recorded',
};

export const HOME_TYPES: readonly HomeType[] = ['childrens-home', 'short-breaks', 'supported'];

export const HOME_TYPE_LABELS: Record<HomeType, string> = {
  'childrens-home': 'Children’s home',
  'short-breaks': 'Short breaks',
  supported: 'Supported accommodation',
};

export const PROVIDER_TYPE_LABELS: Record<string, string> = {
  ifa: 'Independent fostering agency',
  'childrens-home': 'Children’s home',
  'residential-school': 'Residential school',
  secure: 'Secure children’s home',
  'supported-accommodation': 'Supported accommodation',
  'parent-and-child': 'Parent and child',
  other: 'Other',
};

export const GRADES = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'not-yet-inspected',
  'unknown',
];

export const GRADE_LABELS: Record<string, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  'not-yet-inspected': 'Not yet inspected',
  unknown: 'Not known',
};

export const DISTANCE_BANDS = ['0-20', '20-50', '50+'];

export const DISTANCE_LABELS: Record<string, string> = {
  '0-20': 'Under 20 miles',
  '20-50': '20 to 50 miles',
  '50+': '50 miles or more',
  unknown: 'Distance not known',
};

export const REQUESTED_TYPE_LABELS: Record<string, string> = {
  fostering: 'Fostering',
  'fostering-enhanced': 'Enhanced fostering',
  'parent-and-child': 'Parent and child',
  residential: 'Residential',
  supported: 'Supported accommodation',
  secure: 'Secure',
  other: 'Other',
};

export const OUTCOMES = ['in-house', 'external-framework', 'external-spot', 'not-found'];

export const OUTCOME_LABELS: Record<string, string> = {
  'in-house': 'In-house',
  'external-framework': 'External, framework',
  'external-spot': 'External, spot',
  'not-found': 'Not found',
};

export const AGE_BANDS = ['<1', '1-4', '5-9', '10-15', '16-17', '18+'];

export const AGE_BAND_LABELS: Record<string, string> = {
  '<1': 'Under 1',
  '1-4': '1 to 4',
  '5-9': '5 to 9',
  '10-15': '10 to 15',
  '16-17': '16 to 17',
  '18+': '18 and over',
};

export const COST_SOURCE_LABELS: Record<CostSource, string> = {
  local: 'median of current placements',
  default: 'national default',
  input: 'entered',
};

export const PURCHASING_LABELS: Record<Purchasing, string> = {
  block: 'Block',
  'block-and-spot': 'Block and spot',
  spot: 'Spot',
  none: 'None needed',
};

/** Label for a code from a table of labels, or the code itself when the table has none. */
export function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

/** Order codes as a list gives them, unknown codes last in their own order. */
export function inOrder(codes: Iterable<string>, order: readonly string[]): string[] {
  const rank = (c: string) => {
    const i = order.indexOf(c);
    return i < 0 ? order.length : i;
  };
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b));
}
