/**
 * The candidate nearest to `name` by edit distance (case and spaces ignored), when it is close enough
 * to be a likely typo (at most a third of its length away); null otherwise.
 *
 * ### Example
 * ```ts
 * closestName('aproved_places', ['approved_places', 'usable_places']) // 'approved_places'
 * ```
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  const wanted = simplify(name);
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(wanted, simplify(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.ceil(wanted.length / 3)) ? best : null;
}

function simplify(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/g, '_');
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
