import type { ChildRow } from '../../../app/index.ts';
import type { DownloadColumn } from '../../download.ts';

export const CHILD_COLUMNS: DownloadColumn<ChildRow>[] = [
  { key: 'id', header: 'Child' },
  { key: 'sex', header: 'Sex' },
  { key: 'ageNow', header: 'Age' },
  { key: 'ageBand', header: 'Age band' },
  { key: 'inCareNow', header: 'In care' },
  { key: 'currentCategoryLabel', header: 'Current placement' },
  { key: 'periods', header: 'Periods of care' },
  { key: 'placements', header: 'Placements' },
  { key: 'firstStart', header: 'First started' },
  { key: 'lastEnd', header: 'Last left care' },
];
