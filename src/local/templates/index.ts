import type { LocalDataKind } from '../records.ts';
import { BUDGET } from './budget.ts';
import { CARE_LEAVER_ACCOMMODATION } from './care-leaver-accommodation.ts';
import { FOSTER_HOUSEHOLDS } from './foster-households.ts';
import { IN_HOUSE_HOMES } from './in-house-homes.ts';
import type { LocalTemplate } from './local-template.ts';
import { PLACEMENT_COSTS } from './placement-costs.ts';
import { PLACEMENT_REQUESTS } from './placement-requests.ts';
import { PROVIDERS } from './providers.ts';

export { matchCode, OFSTED_GRADES } from './code-options.ts';
export type { LocalRecord, LocalTemplate, RowProblem } from './local-template.ts';
export { SHARE_TOLERANCE } from './placement-costs.ts';
export {
  type CellSpec,
  type CellType,
  type CodeOption,
  describeCell,
  type TemplateColumn,
} from './template-column.ts';

/** Every local-data template, by kind: the one source of truth for reading, writing and documenting. */
export const LOCAL_TEMPLATES: { readonly [K in LocalDataKind]: LocalTemplate<K> } = {
  fosterHouseholds: FOSTER_HOUSEHOLDS,
  inHouseHomes: IN_HOUSE_HOMES,
  providers: PROVIDERS,
  placementCosts: PLACEMENT_COSTS,
  placementRequests: PLACEMENT_REQUESTS,
  careLeaverAccommodation: CARE_LEAVER_ACCOMMODATION,
  budget: BUDGET,
};

/** The kinds in the order screens and documents list them. */
export const LOCAL_DATA_KINDS: readonly LocalDataKind[] = Object.keys(LOCAL_TEMPLATES) as LocalDataKind[];

/**
 * The kind a user named: its slug (`foster-households`) or its key (`fosterHouseholds`); null otherwise.
 *
 * ### Example
 * ```ts
 * localDataKind('placement-costs') // 'placementCosts'
 * ```
 */
export function localDataKind(name: string): LocalDataKind | null {
  for (const kind of LOCAL_DATA_KINDS) {
    if (kind === name || LOCAL_TEMPLATES[kind].slug === name) return kind;
  }
  return null;
}

/** A template as one type over every kind (for code that handles any kind). */
export function templateOf(kind: LocalDataKind): LocalTemplate<LocalDataKind> {
  return LOCAL_TEMPLATES[kind] as unknown as LocalTemplate<LocalDataKind>;
}
