/** Edit distance of two short strings (insert, delete, substitute). Pure. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The names most like `wanted`, for a "did you mean" line: the same name in another case, names
 * containing it (or contained in it), and names within a few typos, best first, at most `max`. Pure.
 */
export function closeNames(wanted: string, names: readonly string[], max = 5): string[] {
  const w = wanted.toLowerCase().trim();
  const scored = names.map((name) => {
    const n = name.toLowerCase();
    const score =
      n === w ? 0 : n.includes(w) || w.includes(n) ? 1 : 2 + distance(w, n) / Math.max(w.length, 1);
    return { name, score, typos: distance(w, n) };
  });
  return scored
    .filter((s) => s.score < 2 || s.typos <= Math.max(2, Math.floor(w.length / 4)))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}
