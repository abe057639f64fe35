/** The reader's contract (src/ssda903) as the store uses it. */
import type { ReadOptions, ReadResult, ReturnSink, ReturnSource } from '../ssda903/index.ts';

export type {
  AcceptedRow,
  FileSummary,
  ReadOptions,
  ReadResult,
  ReturnSink,
  ReturnSource,
  SetAsideRow,
} from '../ssda903/index.ts';

export type ReadReturn = (
  sources: ReturnSource[],
  options: ReadOptions,
  sink: ReturnSink,
) => Promise<ReadResult>;
