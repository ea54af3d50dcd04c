import { randomBytes } from "node:crypto";
import type { ActionResult } from "../dashboard-types.js";

/** A message from an action for the next page the browser shows. */
export type Flash = NonNullable<ActionResult["flash"]>;

/** Flash messages waiting for the GET that follows a POST, each shown once. */
export interface FlashMessages {
  /** Keep `flash` and return the id the redirect carries as `?flash=ID`. */
  put(flash: Flash): string;
  /** The message under `id`, removed so that a reload does not show it again. */
  take(id: string | null): Flash | undefined;
}

/**
 * An in-memory store of flash messages. They live `ttlMs` (a redirect is followed at once; a stale
 * one is simply dropped) and at most `max` wait at a time, so a script posting in a loop cannot grow
 * memory. Ids are random, so one tab cannot guess another's message.
 */
export function createFlashMessages(
  options: { ttlMs?: number; max?: number; now?: () => number } = {},
): FlashMessages {
  const ttlMs = options.ttlMs ?? 60_000;
  const max = options.max ?? 500;
  const now = options.now ?? Date.now;
  const waiting = new Map<string, { flash: Flash; expires: number }>();

  const sweep = (): void => {
    const time = now();
    for (const [id, entry] of waiting) if (entry.expires <= time) waiting.delete(id);
  };

  return {
    put(flash) {
      sweep();
      // Maps iterate in insertion order: the first key is the oldest message.
      while (waiting.size >= max) waiting.delete(waiting.keys().next().value as string);
      const id = randomBytes(12).toString("base64url");
      waiting.set(id, { flash, expires: now() + ttlMs });
      return id;
    },
    take(id) {
      if (id === null) return undefined;
      const entry = waiting.get(id);
      waiting.delete(id);
      return entry !== undefined && entry.expires > now() ? entry.flash : undefined;
    },
  };
}
