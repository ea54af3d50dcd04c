import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { registerSecret } from "../util/redact.js";
import type { AwsSecretOptions } from "./aws-secret-options.js";
import { fetchAwsSecret } from "./fetch-aws-secret.js";
import { pickSecretJsonKey } from "./pick-secret-json-key.js";
import { promptSecret } from "./prompt-secret.js";
import { SecretError } from "./secret-error.js";
import { parseSecretRef, type ParsedSecretRef } from "./secret-ref.js";

/** Where secrets are looked up; every field has a default. */
export interface ResolveSecretOptions {
  /** For `env:` references (default `process.env`); also supplies AWS_REGION. */
  env?: NodeJS.ProcessEnv;
  /** Whether a person is at the terminal; `prompt:` is refused when false (default: stdin is a TTY). */
  isTTY?: boolean;
  /** For `aws:` references. */
  aws?: AwsSecretOptions;
  /** Replaces the terminal prompt (dashboard, tests). */
  prompt?: (label: string, options: { hidden: boolean }) => Promise<string>;
  /** What to use instead of a prompt when there is no terminal, e.g. "set SOPHOS_CLIENT_SECRET". */
  instead?: string;
}

/**
 * Resolve a secret reference (`env:NAME`, `file:/path`, `aws:SECRET_ID#key`, `prompt:Label`) to
 * its value, and register the value for redaction before returning it.
 *
 * @example const token = await resolveSecret("aws:siem/splunk#hec_token", { aws: { region: "eu-west-1" } });
 */
export async function resolveSecret(ref: string, options: ResolveSecretOptions = {}): Promise<string> {
  const parsed = parseSecretRef(ref);
  if (parsed === undefined) {
    throw new SecretError(
      "Not a secret reference: expected env:NAME, file:/path, aws:SECRET_ID#key or prompt:Label.",
    );
  }
  const value = await lookUp(parsed, options);
  registerSecret(value);
  return value;
}

/** Resolve `value` if it is a secret reference; otherwise it is the secret itself (registered and returned). */
export async function resolveSecretValue(value: string, options: ResolveSecretOptions = {}): Promise<string> {
  if (parseSecretRef(value) !== undefined) return resolveSecret(value, options);
  registerSecret(value);
  return value;
}

async function lookUp(ref: ParsedSecretRef, options: ResolveSecretOptions): Promise<string> {
  const env = options.env ?? process.env;
  switch (ref.kind) {
    case "env": {
      const value = env[ref.name];
      if (value === undefined || value === "") {
        throw new SecretError(
          `The environment variable ${ref.name} (from env:${ref.name}) is not set or empty.`,
        );
      }
      return value;
    }
    case "file":
      return readSecretFile(ref.path.startsWith("~/") ? `${homedir()}${ref.path.slice(1)}` : ref.path);
    case "aws": {
      const text = await fetchAwsSecret(ref.secretId, options.aws, env);
      const region = options.aws?.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
      const where = `AWS secret '${ref.secretId}'${region ? ` (region ${region})` : ""}`;
      return ref.key === undefined ? text : pickSecretJsonKey(text, ref.key, where);
    }
    case "prompt": {
      const isTTY = options.isTTY ?? process.stdin.isTTY === true;
      if (!isTTY) {
        throw new SecretError(
          `Cannot ask for ${ref.label}: there is no terminal to type it into. ` +
            (options.instead ?? "Use an env:NAME or file:/path secret reference instead."),
        );
      }
      const value = await (options.prompt ?? ((label, o) => promptSecret(label, o)))(ref.label, {
        hidden: true,
      });
      if (value === "") throw new SecretError(`No value was entered for ${ref.label}.`);
      return value;
    }
  }
}

async function readSecretFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new SecretError(`Cannot read the secret file ${path} (${code}).`, { cause: error });
  }
  const value = text.trim();
  if (value === "") throw new SecretError(`The secret file ${path} is empty.`);
  return value;
}
