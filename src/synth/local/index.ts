/**
 * Synthetic local data (carers, homes, market, costs, requests, care leavers' housing, budget) consistent
 * with a synthetic council's 903 returns. See docs/synthetic-data.md.
 */
export { budgetCategoryOf } from './budget-lines.ts';
export { leaverTypeOfAccommodation } from './care-leaver-accommodation.ts';
export { isInHouseFostering, OCCUPANCY_TARGET } from './foster-households.ts';
export { generateLocalData, type LocalDataOptions } from './generate-local-data.ts';
export { HOME_OCCUPANCY } from './in-house-homes.ts';
export { type LocalDataFile, localDataFiles, writeLocalData } from './local-data-files.ts';
export { requestOutcomeOf } from './placement-requests.ts';
export { postcodeDistrict } from './postcode-district.ts';
