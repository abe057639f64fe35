import type { CouncilFinding } from '../../../app/index.ts';
import type { DownloadColumn } from '../../download.ts';

export const FINDING_COLUMNS: DownloadColumn<CouncilFinding>[] = [
  { key: 'collectionYear', header: 'Collection year' },
  { key: 'batchId', header: 'Import batch' },
  { key: 'severity', header: 'Severity' },
  { key: 'code', header: 'Code' },
  { key: 'file', header: 'File' },
  { key: 'table', header: 'Table' },
  { key: 'row', header: 'Row' },
  { key: 'column', header: 'Column' },
  { key: 'value', header: 'Value' },
  { key: 'expected', header: 'Expected' },
  { key: 'childId', header: 'Child' },
  { key: 'message', header: 'Message' },
];
