/**
 * A secret could not be resolved. The message says which reference, where it was looked up
 * (variable, file, AWS secret and region, endpoint) and what to do; it never holds a secret value.
 */
export class SecretError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SecretError";
  }
}
