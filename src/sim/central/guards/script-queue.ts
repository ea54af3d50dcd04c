import type { ScriptedResponse } from "../simulator-types.js";

interface Entry {
  response: ScriptedResponse;
  tenantId: string | undefined;
}

/**
 * Canned answers per route key (MSW-style scripted sequences): each matching request consumes the
 * first queued answer; "pass" hands the request to the real handler.
 */
export class ScriptQueue {
  private readonly queues = new Map<string, Entry[]>();

  add(routeKey: string, responses: readonly ScriptedResponse[], tenantId?: string): void {
    const queue = this.queues.get(routeKey) ?? [];
    for (const response of responses) queue.push({ response, tenantId: tenantId?.toLowerCase() });
    this.queues.set(routeKey, queue);
  }

  /** Take the next answer for a request, or undefined when none is queued for it. */
  take(routeKey: string, tenantId: string | undefined): ScriptedResponse | undefined {
    const queue = this.queues.get(routeKey);
    if (!queue) return undefined;
    const index = queue.findIndex(
      (entry) => entry.tenantId === undefined || entry.tenantId === tenantId?.toLowerCase(),
    );
    if (index < 0) return undefined;
    const [entry] = queue.splice(index, 1);
    if (queue.length === 0) this.queues.delete(routeKey);
    return entry!.response;
  }

  clear(): void {
    this.queues.clear();
  }
}
