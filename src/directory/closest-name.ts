/** Folds case and the separators people put into column names (`Last Logon Date`, `last_logon_date`). */
export function foldName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]/g, "");
}

/**
 * The candidate most similar to `input` (Levenshtein distance over {@link foldName}ed names), with
 * that distance, for "did you mean" hints. `undefined` when there are no candidates.
 * @example closestName("LastLogonDat", ["LastLogonDate", "Name"]) // { name: "LastLogonDate", distance: 1 }
 */
export function closestName(
  input: string,
  candidates: Iterable<string>,
): { name: string; distance: number } | undefined {
  const folded = foldName(input);
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = levenshtein(folded, foldName(candidate));
    if (best === undefined || distance < best.distance) best = { name: candidate, distance };
  }
  return best;
}

/** A distance small enough that `input` is probably a misspelling rather than a different name. */
export function isLikelyMisspelling(input: string, distance: number): boolean {
  const length = foldName(input).length;
  return distance <= (length <= 4 ? 1 : length <= 10 ? 2 : 3);
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
