import type { OfstedGrade } from '../../local/records.ts';
import type { Rng } from '../rng.ts';

/**
 * A registered setting's latest Ofsted grade: most good, some outstanding or requiring improvement, a few
 * inadequate. Supported accommodation is registered only since 2023, so most is not yet inspected.
 */
export function ofstedGrade(rng: Rng, supported = false): OfstedGrade {
  if (supported && rng.chance(0.6)) return 'not-yet-inspected';
  return rng.weighted([
    ['outstanding', 16],
    ['good', 63],
    ['requires-improvement', 15],
    ['inadequate', 3],
    ['not-yet-inspected', 3],
  ] as const);
}

/** Ofsted URNs as the 903 generator makes them: `SC` + 6 digits, supported accommodation `2` + 6 digits. */
export function freshUrn(rng: Rng, used: Set<string>, supported = false): string {
  for (;;) {
    const urn = supported
      ? `2${String(rng.int(1_000_000)).padStart(6, '0')}`
      : `SC${String(rng.between(30_000, 499_999)).padStart(6, '0')}`;
    if (!used.has(urn)) {
      used.add(urn);
      return urn;
    }
  }
}
