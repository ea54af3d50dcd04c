import type { UrlReputation, UrlReputationProvider } from "./url-reputation.js";

/**
 * Look up each distinct URL once, however many tenants carry it, with at most `concurrency`
 * requests at a time. A failed lookup is kept as its Error so the site is reported and kept.
 */
export async function lookUpReputations(
  provider: UrlReputationProvider,
  urls: Iterable<string>,
  concurrency = 8,
): Promise<Map<string, UrlReputation | Error>> {
  const distinct = [...new Set(urls)];
  const results = new Map<string, UrlReputation | Error>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < distinct.length) {
      const url = distinct[next++]!;
      try {
        results.set(url, await provider.lookup(url));
      } catch (error) {
        // Credentials the provider refused stop the whole run: every other lookup would fail too.
        if ((error as { exitCode?: unknown }).exitCode !== undefined) throw error;
        results.set(url, error instanceof Error ? error : new Error(String(error)));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, distinct.length) }, worker));
  return results;
}
