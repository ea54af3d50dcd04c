/**
 * Tests a name against compiled globs and returns the pattern that matched, for the sentence.
 * Names must be upper-cased by the caller (hostnames already are after normalisation).
 */
export type GlobMatcher = (upperName: string) => string | undefined;

/** A glob with at most one `*`: `head` must start the name and `tail` end it (`?` matches any one character). */
interface Anchored {
  head: string;
  tail: string;
  /** False when the pattern has no `*`: then the name is exactly head. */
  star: boolean;
  pattern: string;
}

/**
 * Compiles case-insensitive globs (`*` any run of characters, `?` one character) once, so the
 * per-device test is a Set lookup, anchored compares at both ends, or for patterns with several
 * `*` a small wildcard walk: no regex.
 * @example compileGlobs(["LAB-*", "*-TEST?"])("LAB-WIN10-07") // "LAB-*"
 */
export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const literals = new Map<string, string>();
  const anchored: Anchored[] = [];
  const wild: Array<[string, string]> = [];
  for (const pattern of patterns) {
    const upper = pattern.trim().toUpperCase();
    const star = upper.indexOf("*");
    if (star < 0 && !upper.includes("?")) literals.set(upper, pattern);
    else if (star < 0) anchored.push({ head: upper, tail: "", star: false, pattern });
    else if (upper.indexOf("*", star + 1) < 0) {
      anchored.push({ head: upper.slice(0, star), tail: upper.slice(star + 1), star: true, pattern });
    } else wild.push([upper, pattern]);
  }
  if (literals.size + anchored.length + wild.length === 0) return () => undefined;
  return (name) => {
    const literal = literals.get(name);
    if (literal !== undefined) return literal;
    for (const a of anchored) if (anchoredMatches(a, name)) return a.pattern;
    for (const [glob, pattern] of wild) if (globMatches(glob, name)) return pattern;
    return undefined;
  };
}

function anchoredMatches({ head, tail, star }: Anchored, name: string): boolean {
  if (star ? name.length < head.length + tail.length : name.length !== head.length) return false;
  return sameAt(name, 0, head) && sameAt(name, name.length - tail.length, tail);
}

/** Whether `part` (which may hold `?`) matches `name` from `offset`. */
function sameAt(name: string, offset: number, part: string): boolean {
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c !== 63 /* ? */ && c !== name.charCodeAt(offset + i)) return false;
  }
  return true;
}

/** Wildcard walk with one back-track point (the last `*`), linear in practice for short patterns. */
function globMatches(glob: string, name: string): boolean {
  let g = 0;
  let n = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (n < name.length) {
    const c = glob.charCodeAt(g);
    if (g < glob.length && (c === 63 /* ? */ || c === name.charCodeAt(n))) {
      g++;
      n++;
    } else if (g < glob.length && c === 42 /* * */) {
      starAt = g++;
      resumeAt = n;
    } else if (starAt >= 0) {
      g = starAt + 1;
      n = ++resumeAt;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob.charCodeAt(g) === 42) g++;
  return g === glob.length;
}
