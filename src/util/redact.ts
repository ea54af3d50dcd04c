/**
 * Secrets that must never reach a log line, an error message or a file. Values are registered as
 * they are loaded (client secrets, tokens, passwords) and replaced by `[REDACTED]` wherever they
 * appear in text passed through {@link redactSecrets}.
 */
const knownSecrets = new Set<string>();

/** Remember a secret value so that every later redaction removes it. Short values are ignored. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) knownSecrets.add(value);
}

// Generic shapes that are secrets whatever their value: bearer tokens, form-encoded secrets,
// JSON fields named like secrets.
const PATTERNS: RegExp[] = [
  /(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi,
  /(Splunk\s+)[A-Za-z0-9-]+/g,
  /((?:client_secret|access_token|refresh_token|password|secret|token)=)[^&\s"]+/gi,
  /("(?:clientSecret|client_secret|access_token|refresh_token|password|secret|token|apiKey|key)"\s*:\s*")[^"]*/gi,
];

/** Replace every registered secret and every secret-shaped fragment in `text`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of knownSecrets) out = out.split(secret).join("[REDACTED]");
  for (const pattern of PATTERNS) out = out.replace(pattern, "$1[REDACTED]");
  return out;
}
