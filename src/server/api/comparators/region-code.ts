/** ONS region codes (E12…) by the region names of the council registry, as DfE's tables carry them. */
const REGION_CODES: Readonly<Record<string, string>> = {
  'North East': 'E12000001',
  'North West': 'E12000002',
  'Yorkshire and The Humber': 'E12000003',
  'East Midlands': 'E12000004',
  'West Midlands': 'E12000005',
  'East of England': 'E12000006',
  London: 'E12000007',
  'South East': 'E12000008',
  'South West': 'E12000009',
};

/** `regionCode('East Midlands')` → 'E12000004'; undefined for a name it does not know. */
export function regionCode(regionName: string | undefined): string | undefined {
  return regionName === undefined ? undefined : REGION_CODES[regionName];
}
