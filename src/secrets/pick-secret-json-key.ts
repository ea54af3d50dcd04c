import { SecretError } from "./secret-error.js";

/**
 * Read one key of a secret whose text is a JSON object (the usual AWS Secrets Manager layout).
 * Errors name the secret (`where`) and the keys that exist, never a value.
 */
export function pickSecretJsonKey(secretText: string, key: string, where: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretText);
  } catch {
    throw new SecretError(
      `${where} is not JSON, so it has no key "${key}". ` +
        "Store it as a JSON object, or drop the '#key' to use the whole secret as the value.",
    );
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed) ? "an array" : parsed === null ? "null" : `a ${typeof parsed}`;
    throw new SecretError(`${where} holds JSON ${kind}, not an object with keys, so it has no key "${key}".`);
  }
  const record = parsed as Record<string, unknown>;
  if (!(key in record)) {
    const keys = Object.keys(record);
    const present =
      keys.length > 0 ? `keys present: ${keys.map((k) => `"${k}"`).join(", ")}` : "it has no keys";
    throw new SecretError(
      `${where} has no key "${key}" (${present}). Fix the key name in the configuration.`,
    );
  }
  const value = record[key];
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") {
    throw new SecretError(
      `${where} key "${key}" holds ${value === null ? "null" : "a JSON object"}, not a string.`,
    );
  }
  if (value === "") throw new SecretError(`${where} key "${key}" is empty.`);
  return value;
}
