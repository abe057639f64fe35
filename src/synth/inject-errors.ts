import type { SyntheticReturn } from './types.ts';

/** Placeholder replaced below. */
export function injectErrors(r: SyntheticReturn, _seed: number): SyntheticReturn {
  return r;
}
