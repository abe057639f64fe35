/**
 * The answer scales a survey question may use. A question is *scaled* when every answer to it sits on one
 * scale (or is a whole number from 0 to 10); any other question is free text.
 */
export const KNOWN_SCALES: readonly (readonly string[])[] = [
  ['strongly agree', 'agree', 'neither agree nor disagree', 'disagree', 'strongly disagree'],
  ['very satisfied', 'satisfied', 'neither satisfied nor dissatisfied', 'dissatisfied', 'very dissatisfied'],
  ['very good', 'good', 'ok', 'poor', 'very poor'],
  ['very happy', 'happy', 'ok', 'unhappy', 'very unhappy'],
  ['always', 'often', 'sometimes', 'rarely', 'never'],
  ['all of the time', 'most of the time', 'some of the time', 'hardly ever', 'never'],
  ['yes', 'no', 'not sure'],
];

/** Answers compare case-blind, with inner spaces collapsed. */
export function normaliseAnswer(answer: string): string {
  return answer.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The ordered options of the scale every answer sits on (as normalised answers), or null for free text.
 * Numeric scales run from the smallest to the largest answer given.
 *
 * ### Example
 * ```ts
 * scaleOf(['Agree', 'strongly agree']) // the five agreement options, 'strongly agree' first
 * scaleOf(['3', '5', '4']) // ['3', '4', '5']
 * scaleOf(['More homes nearby']) // null
 * ```
 */
export function scaleOf(answers: readonly string[]): string[] | null {
  const distinct = [...new Set(answers.map(normaliseAnswer))];
  if (distinct.length === 0) return null;
  if (distinct.every((a) => /^(10|[0-9])$/.test(a))) {
    const numbers = distinct.map(Number);
    const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
    return Array.from({ length: high - low + 1 }, (_, i) => String(low + i));
  }
  const scale = KNOWN_SCALES.find((s) => distinct.every((a) => s.includes(a)));
  return scale ? [...scale] : null;
}
