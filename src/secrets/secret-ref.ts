import { SecretError } from "./secret-error.js";

/** The text form of a secret reference: `env:NAME`, `file:/path`, `aws:SECRET_ID#key`, `prompt:Label`. */
export type SecretRef = `env:${string}` | `file:${string}` | `aws:${string}` | `prompt:${string}`;

/** A secret reference taken apart. */
export type ParsedSecretRef =
  | { kind: "env"; name: string }
  | { kind: "file"; path: string }
  | { kind: "aws"; secretId: string; key?: string }
  | { kind: "prompt"; label: string };

const SCHEMES = ["env", "file", "aws", "prompt"] as const;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether `value` uses a secret reference scheme (anything else is a literal secret). */
export function isSecretRef(value: string): value is SecretRef {
  return SCHEMES.some((scheme) => value.startsWith(`${scheme}:`));
}

/**
 * Take a reference apart; `undefined` when `value` is a literal. A reference with a known scheme
 * but a malformed body is an error, since treating it as a literal would send the wrong secret.
 *
 * @example parseSecretRef("aws:prod/sophos#client_secret") // { kind: "aws", secretId: "prod/sophos", key: "client_secret" }
 */
export function parseSecretRef(value: string): ParsedSecretRef | undefined {
  if (!isSecretRef(value)) return undefined;
  const colon = value.indexOf(":");
  const scheme = value.slice(0, colon);
  const body = value.slice(colon + 1);
  switch (scheme) {
    case "env":
      if (!ENV_NAME.test(body))
        throw malformed(value, "env:NAME with a variable name such as SOPHOS_CLIENT_SECRET");
      return { kind: "env", name: body };
    case "file":
      if (body.trim() === "") throw malformed(value, "file:/path/to/file");
      return { kind: "file", path: body };
    case "aws": {
      // Secret ids and ARNs never contain '#', so the last '#' separates the JSON key.
      const hash = body.lastIndexOf("#");
      const secretId = hash === -1 ? body : body.slice(0, hash);
      const key = hash === -1 ? undefined : body.slice(hash + 1);
      if (secretId === "" || key === "") throw malformed(value, "aws:SECRET_ID or aws:SECRET_ID#jsonKey");
      return key === undefined ? { kind: "aws", secretId } : { kind: "aws", secretId, key };
    }
    default:
      return { kind: "prompt", label: body.trim() === "" ? "Secret" : body.trim() };
  }
}

function malformed(value: string, expected: string): SecretError {
  const scheme = value.slice(0, value.indexOf(":") + 1);
  return new SecretError(`The secret reference "${scheme}..." is malformed: expected ${expected}.`);
}
