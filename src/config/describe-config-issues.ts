import type { z } from "zod";

/** One readable problem: the dotted key (empty for the whole file) and what is wrong with it. */
export interface ConfigProblem {
  key: string;
  problem: string;
}

/**
 * Turn zod issues into one problem per key, e.g. `aws.region: expected string, received number`
 * or `clientID: unknown key (did you mean "clientId"?)`. Values are never echoed, since a wrong
 * key might hold a secret.
 */
export function describeConfigIssues(
  issues: readonly z.core.$ZodIssue[],
  knownKeysAt: (path: string) => readonly string[],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const hint = suggest(key, knownKeysAt(path));
        problems.push({
          key: path ? `${path}.${key}` : key,
          problem: `unknown key${hint ? ` (did you mean "${hint}"?)` : ""}`,
        });
      }
      continue;
    }
    problems.push({ key: path, problem: issue.message.replace(/^Invalid input: /, "") });
  }
  return problems;
}

/** A known key that differs only in case, or by one typo, from `key`. */
function suggest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  return (
    known.find((candidate) => candidate.toLowerCase() === lower) ??
    known.find((candidate) => editDistanceAtMostOne(candidate.toLowerCase(), lower))
  );
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
