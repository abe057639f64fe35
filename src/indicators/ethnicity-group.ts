/** The ethnicity groups DfE publishes looked-after children by, from the 903's ETHNIC codes. */
export type EthnicityGroup = 'white' | 'mixed' | 'asian' | 'black' | 'other' | 'refused-or-not-obtained';

export const ETHNICITY_GROUPS: readonly EthnicityGroup[] = [
  'white',
  'mixed',
  'asian',
  'black',
  'other',
  'refused-or-not-obtained',
];

export const ETHNICITY_GROUP_LABELS: Record<EthnicityGroup, string> = {
  white: 'White',
  mixed: 'Mixed or multiple ethnic groups',
  asian: 'Asian or Asian British',
  black: 'Black, African, Caribbean or Black British',
  other: 'Other ethnic group',
  'refused-or-not-obtained': 'Refused or not yet obtained',
};

// CHNE sits with OOTH as the 903 code list groups them ("Chinese or other ethnic group").
const GROUP_OF: Record<string, EthnicityGroup> = {
  WBRI: 'white',
  WIRI: 'white',
  WOTH: 'white',
  WIRT: 'white',
  WROM: 'white',
  MWBC: 'mixed',
  MWBA: 'mixed',
  MWAS: 'mixed',
  MOTH: 'mixed',
  AIND: 'asian',
  APKN: 'asian',
  ABAN: 'asian',
  AOTH: 'asian',
  BCRB: 'black',
  BAFR: 'black',
  BOTH: 'black',
  CHNE: 'other',
  OOTH: 'other',
};

/**
 * The group of a 903 ethnicity code. REFU, NOBT, a blank and a code not in the list all fall in
 * "refused or not yet obtained": the child's ethnicity is not known to us.
 *
 * ### Example
 * ```ts
 * ethnicityGroup('MWBA') // 'mixed'
 * ethnicityGroup(null) // 'refused-or-not-obtained'
 * ```
 */
export function ethnicityGroup(code: string | null): EthnicityGroup {
  return (code !== null && GROUP_OF[code.trim().toUpperCase()]) || 'refused-or-not-obtained';
}
