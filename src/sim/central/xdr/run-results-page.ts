import { keyPages, parseKeyPaging, type KeyPagingRules } from "../paging/key-paging.js";
import type { StoredRun } from "./query-run-state.js";

/**
 * One key-paged page of a finished run's rows, as both query APIs serve `runs/{id}/results`. Live
 * Discover reports item totals; the Data Lake's `pages` never carries them (reference §8.4).
 */
export function runResultsPage(
  run: StoredRun,
  query: URLSearchParams,
  rules: KeyPagingRules,
  withTotals: boolean,
): {
  items: Array<Record<string, unknown>>;
  metadata: { columns: StoredRun["output"]["columns"] };
  pages: unknown;
} {
  const request = parseKeyPaging(query, rules);
  const start = typeof request.after?.[0] === "number" ? request.after[0] : 0;
  const end = start + request.size;
  const rows = run.output.rows;
  return {
    items: rows.slice(start, end),
    metadata: { columns: run.output.columns },
    pages: keyPages(
      request,
      rules,
      end < rows.length ? [end] : undefined,
      withTotals ? rows.length : undefined,
    ),
  };
}
