/** The council's local data in PostgreSQL: import (one transaction, superseding), load, batches. */
export {
  type ImportLocalDataInput,
  type ImportLocalDataResult,
  importLocalData,
} from './import-local-data.ts';
export { loadLocalData, loadLocalRecords } from './load-local-data.ts';
export { type LocalDataBatch, localDataBatches } from './local-data-batches.ts';
export { LOCAL_ROW_TABLES, type LocalDataBatchTable, type LocalDataTables } from './local-data-tables.ts';
export { type OfstedRefreshResult, refreshProvidersFromOfsted } from './refresh-providers-from-ofsted.ts';
export { type LocalFileInfo, type StoredLocalBatch, storeLocalRecords } from './store-local-records.ts';
