import { type Finding, findingMessage } from '../findings/index.ts';

/** A finding in a local-data file; every one says how to fix it. All local findings reject the file. */
export interface LocalFinding extends Finding {
  /** What to change in the file, in a sentence. */
  fix: string;
}

/** Builds a structural local finding with the standard message. */
export function localFinding(parts: {
  code: string;
  file: string;
  table?: string;
  row?: number;
  column?: string;
  value?: string;
  problem: string;
  expected?: string;
  fix: string;
}): LocalFinding {
  const { problem, ...rest } = parts;
  return {
    severity: 'structural',
    ...rest,
    message: findingMessage(parts),
  };
}
