/** A spell followed until it ended or until observation stopped (censored). */
export interface Spell {
  /** Days from the start to the end, or to the day after the last day observed when still open. */
  duration: number;
  /** true when the end was seen; false when the spell was still open (right-censored). */
  ended: boolean;
}

/** One step of the survival curve: a time at which at least one spell ended. */
export interface SurvivalStep {
  time: number;
  /** Spells still open just before `time` (those censored at `time` are still at risk). */
  atRisk: number;
  events: number;
  /** Estimated share of spells lasting longer than `time`. */
  survival: number;
}

export interface KaplanMeierResult {
  spells: number;
  events: number;
  steps: SurvivalStep[];
  /** The smallest time at which the curve falls to 0.5 or below; null when it never does. */
  median: number | null;
  /** Why `median` is null. */
  medianUnknownReason?: string;
}

/**
 * The Kaplan–Meier estimate of the survival curve of `spells` and its median: spells still open count as
 * lasting at least as long as they were watched, instead of being dropped or treated as ended (either
 * biases the median short). At a tie, endings come before censorings. The median is the first time the curve reaches 0.5 or below (the usual convention; no
 * interpolation when it sits at exactly 0.5).
 *
 * ### Example
 * ```ts
 * kaplanMeier([{ duration: 10, ended: true }, { duration: 20, ended: false }]).median // null (S never ≤ 0.5)
 * kaplanMeier([{ duration: 10, ended: true }, { duration: 20, ended: true }]).median // 10 (S(10) = 0.5)
 * ```
 */
export function kaplanMeier(spells: readonly Spell[]): KaplanMeierResult {
  const sorted = [...spells].sort((a, b) => a.duration - b.duration || Number(b.ended) - Number(a.ended));
  const steps: SurvivalStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let events = 0;
  let median: number | null = null;
  for (let i = 0; i < sorted.length; ) {
    const time = (sorted[i] as Spell).duration;
    let ended = 0;
    let leaving = 0;
    for (; i < sorted.length && (sorted[i] as Spell).duration === time; i++, leaving++) {
      if ((sorted[i] as Spell).ended) ended++;
    }
    if (ended > 0) {
      survival *= (atRisk - ended) / atRisk;
      steps.push({ time, atRisk, events: ended, survival });
      events += ended;
      // A tiny tolerance: 0.5 reached by a product of fractions may land a hair above it.
      if (median === null && survival <= 0.5 + 1e-12) median = time;
    }
    atRisk -= leaving;
  }
  const result: KaplanMeierResult = { spells: spells.length, events, steps, median };
  if (median === null) result.medianUnknownReason = medianReason(spells.length, events);
  return result;
}

function medianReason(spells: number, events: number): string {
  if (spells === 0) return 'no spells';
  if (events === 0) return 'no spell has ended yet';
  return 'fewer than half the spells have ended (counting those still open), so the median is not reached';
}
