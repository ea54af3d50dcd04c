import { redactSecrets } from "../../util/redact.js";

/**
 * A MISP request failed. `status` is the HTTP status when MISP answered. The message names the
 * MISP URL (without credentials) and what to do next, and never contains the API key.
 */
export class MispError extends Error {
  readonly status: number | undefined;
  readonly url: string;

  constructor(message: string, url: string, status?: number, options?: { cause?: unknown }) {
    super(redactSecrets(message), options);
    this.name = "MispError";
    this.url = url;
    this.status = status;
  }
}

/** A URL safe to show: any user:password part removed. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.toString();
  } catch {
    return url;
  }
}
