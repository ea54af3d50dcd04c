/**
 * A problem with the state store a user can act on: a schema from a newer centralctl, a missing or
 * wrong escrow key, an unknown ticket id. The message says what to do next and never holds a secret.
 */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
  }
}
