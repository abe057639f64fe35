import type { PlacementCategory } from './timeline-types.ts';

/** One rule of a category mapping: these placement codes (and, if given, only these providers) → category. */
export interface CategoryRule {
  category: PlacementCategory;
  placementTypes: readonly string[];
  /** PLACE_PROVIDER codes the rule is limited to; absent = any provider, including blank. */
  providers?: readonly string[];
}

/**
 * Placement code (+ provider) → sufficiency category, as data so a council can edit it in settings.
 * Rules are tried in order; the first that matches wins; no match is `unknown`.
 */
export type CategoryMapping = readonly CategoryRule[];

const EXTERNAL = ['PR2', 'PR3', 'PR4', 'PR5'];

/**
 * The mapping in ssda903.md. In-house is PR1; PR2–PR5 are external. Fostering with PR2/PR3 (another
 * council's or public body's carers) is external but not an IFA, so it has its own category. Fostering or
 * a children's home with a blank or PR0 provider matches no rule: `unknown`, not guessed.
 */
export const DEFAULT_CATEGORY_MAPPING: CategoryMapping = [
  { category: 'fostering-kinship', placementTypes: ['U1', 'U2', 'U3'] },
  { category: 'fostering-in-house', placementTypes: ['U4', 'U5', 'U6'], providers: ['PR1'] },
  { category: 'fostering-ifa', placementTypes: ['U4', 'U5', 'U6'], providers: ['PR4', 'PR5'] },
  { category: 'fostering-other-council', placementTypes: ['U4', 'U5', 'U6'], providers: ['PR2', 'PR3'] },
  { category: 'residential-in-house', placementTypes: ['K2'], providers: ['PR1'] },
  { category: 'residential-external', placementTypes: ['K2'], providers: EXTERNAL },
  { category: 'secure', placementTypes: ['K1'] },
  { category: 'residential-other', placementTypes: ['S1', 'R1', 'P3'] },
  { category: 'supported', placementTypes: ['K3', 'H5', 'P2'] },
  { category: 'placed-with-parents', placementTypes: ['P1'] },
  { category: 'adoption', placementTypes: ['A3', 'A4', 'A5', 'A6'] },
  { category: 'parent-and-child', placementTypes: ['R3'] },
  { category: 'health-custody', placementTypes: ['R2', 'R5'] },
  { category: 'other', placementTypes: ['Z1', 'Z11', 'Z12', 'Z13', 'Z14'] },
  { category: 'temporary', placementTypes: ['T0', 'T1', 'T2', 'T3', 'T4'] },
];

/** A mapping indexed by placement code, built once per mapping object (it runs once per episode). */
type CompiledMapping = Map<string, CategoryRule[]>;
const compiled = new WeakMap<CategoryMapping, CompiledMapping>();

function compile(mapping: CategoryMapping): CompiledMapping {
  let index = compiled.get(mapping);
  if (index) return index;
  index = new Map();
  for (const rule of mapping) {
    for (const code of rule.placementTypes) {
      const rules = index.get(code);
      if (rules) rules.push(rule);
      else index.set(code, [rule]);
    }
  }
  compiled.set(mapping, index);
  return index;
}

/**
 * The sufficiency category of a placement code and provider.
 *
 * ### Example
 * ```ts
 * placementCategory('U4', 'PR1') // 'fostering-in-house'
 * placementCategory('U4', 'PR4') // 'fostering-ifa'
 * placementCategory('Z11', null) // 'other'
 * ```
 */
export function placementCategory(
  placementType: string | null,
  provider: string | null,
  mapping: CategoryMapping = DEFAULT_CATEGORY_MAPPING,
): PlacementCategory {
  if (placementType === null) return 'unknown';
  const rules = compile(mapping).get(placementType);
  if (!rules) return 'unknown';
  for (const rule of rules) {
    if (!rule.providers || (provider !== null && rule.providers.includes(provider))) return rule.category;
  }
  return 'unknown';
}

/** Temporary placement codes T0–T4: attributed to the home the child returns to. */
export function isTemporaryPlacement(placementType: string | null): boolean {
  return placementType !== null && placementType.length === 2 && placementType[0] === 'T';
}

/** Words a user reads for each category (screens, reports, `sufficiency child`). */
export const CATEGORY_LABELS: Record<PlacementCategory, string> = {
  'fostering-kinship': 'Fostering – kinship (relatives or friends)',
  'fostering-in-house': 'Fostering – in-house',
  'fostering-ifa': 'Fostering – independent agency (IFA)',
  'fostering-other-council': "Fostering – another council's carers",
  'residential-in-house': "Residential – in-house children's home",
  'residential-external': "Residential – external children's home",
  secure: "Secure children's home",
  'residential-other': 'Residential – other (school, care home, employment)',
  supported: 'Supported accommodation / semi-independent',
  'placed-with-parents': 'Placed with parents',
  adoption: 'Placed for adoption',
  'parent-and-child': 'Parent and child (mother-and-baby)',
  'health-custody': 'Health / custody',
  other: 'Other / unregistered',
  temporary: 'Temporary',
  unknown: 'Unknown',
};
