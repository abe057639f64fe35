/** Why care ended, in the groups a sufficiency statement reports (DfE's groupings, simplified). */
export type CeasedReasonGroup =
  | 'returned-home'
  | 'adoption'
  | 'special-guardianship'
  | 'child-arrangements'
  | 'independent-living'
  | 'aged-18-or-staying-put'
  | 'other';

export const CEASED_REASON_GROUPS: readonly CeasedReasonGroup[] = [
  'returned-home',
  'adoption',
  'special-guardianship',
  'child-arrangements',
  'independent-living',
  'aged-18-or-staying-put',
  'other',
];

export const CEASED_REASON_LABELS: Record<CeasedReasonGroup, string> = {
  'returned-home': 'Returned home to parents or relatives (E4A, E4B, E13)',
  adoption: 'Adopted (E11, E12)',
  'special-guardianship': 'Special guardianship order (E45–E48; E43, E44 in older returns)',
  'child-arrangements': 'Child arrangements order (E41)',
  'independent-living': 'Moved into independent living (E5, E6)',
  'aged-18-or-staying-put': 'Aged 18: staying put (E17), or ceased for another reason (E8) at 18 or over',
  other: 'Other reason (E2, E3, E7, E8 under 18, E9, E14, E15, E16, not recorded)',
};

const GROUP_OF: Record<string, CeasedReasonGroup> = {
  E4A: 'returned-home',
  E4B: 'returned-home',
  // Left to live with parents or relatives who have no parental responsibility: home, in a sufficiency sense.
  E13: 'returned-home',
  E11: 'adoption',
  E12: 'adoption',
  // E43/E44 were the special guardianship codes before E45–E48 split them (not in our 2022/23+ code lists).
  E43: 'special-guardianship',
  E44: 'special-guardianship',
  E45: 'special-guardianship',
  E46: 'special-guardianship',
  E47: 'special-guardianship',
  E48: 'special-guardianship',
  E41: 'child-arrangements',
  E5: 'independent-living',
  E6: 'independent-living',
  E17: 'aged-18-or-staying-put',
};

/**
 * The group of a reason care ended (REC). E8 "any other reason" is the code many councils use when a
 * young person leaves care at 18, so E8 at 18 or over counts as "aged 18"; under 18 it is "other".
 *
 * ### Example
 * ```ts
 * ceasedReasonGroup('E47', 9) // 'special-guardianship'
 * ceasedReasonGroup('E8', 18) // 'aged-18-or-staying-put'
 * ```
 */
export function ceasedReasonGroup(reasonEnded: string | null, ageAtCessation: number): CeasedReasonGroup {
  if (reasonEnded === 'E8') return ageAtCessation >= 18 ? 'aged-18-or-staying-put' : 'other';
  return (reasonEnded !== null && GROUP_OF[reasonEnded]) || 'other';
}
