import type { Database } from "better-sqlite3";
import type { HuntHitRepository } from "../hunt-hit-repository.js";

/** {@link HuntHitRepository} over the SQLite table `hunt_hits`. */
export function createSqliteHuntHits(db: Database, now: () => number): HuntHitRepository {
  const seen = db.prepare<[string, string], number>(
    "SELECT 1 FROM hunt_hits WHERE hunt_name = ? AND hit_key = ?",
  );
  seen.pluck();
  const insert = db.prepare<[string, string, string]>(
    "INSERT OR IGNORE INTO hunt_hits (hunt_name, hit_key, first_seen) VALUES (?, ?, ?)",
  );

  const filterNew = db.transaction((huntName: string, keys: readonly string[]) => {
    const batch = new Set<string>();
    const fresh: string[] = [];
    for (const key of keys) {
      if (batch.has(key)) continue;
      batch.add(key);
      if (seen.get(huntName, key) === undefined) fresh.push(key);
    }
    return fresh;
  });
  const remember = db.transaction((huntName: string, keys: readonly string[]) => {
    const at = new Date(now()).toISOString();
    for (const key of keys) insert.run(huntName, key, at);
  });

  return {
    filterNew: async (huntName, hitKeys) => filterNew(huntName, hitKeys),
    remember: async (huntName, hitKeys) => {
      remember(huntName, hitKeys);
    },
  };
}
