/**
 * The council's local data: record types, one CSV template per kind (the source of truth for reading,
 * writing, the blank template and the schema page), the reader with findings, the writer, and the
 * Ofsted register import.
 */

export { closestName } from './closest-name.ts';
export { decodeLocalText, type LocalEncoding } from './decode-local-text.ts';
export { detectLocalKind } from './detect-local-kind.ts';
export type { LocalFinding } from './local-finding.ts';
export {
  type OfstedRegisterResult,
  type OfstedSetting,
  type ProviderRefresh,
  providerType,
  readOfstedRegister,
  refreshProviders,
} from './ofsted-register.ts';
export {
  LOCAL_FILE_MAX_BYTES,
  LOCAL_FINDINGS_LIMIT,
  type LocalReadResult,
  type ReadLocalOptions,
  readLocalCsv,
} from './read-local-csv.ts';
export type * from './records.ts';
export * from './templates/index.ts';
export { localTemplateCsv, writeLocalCsv } from './write-local-csv.ts';
