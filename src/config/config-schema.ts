import { z } from "zod";

const nonEmpty = z.string().trim().min(1, "must not be empty");
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const positiveInt = z.number().int("must be a whole number").positive("must be at least 1");

/**
 * A value that is either the secret itself or a reference to it (`env:NAME`, `file:/path`,
 * `aws:SECRET_ID#key`, `prompt:Label`); resolved by `resolveSecretValue` in src/secrets.
 */
const secretValue = nonEmpty;

/** Sections owned by later features: objects whose keys those features validate themselves. */
const openSection = z.looseObject({});

/** Where the AWS Secrets Manager holds the Sophos credentials, and how to reach it. */
const awsSection = z.strictObject({
  secretId: nonEmpty.optional(),
  region: nonEmpty.optional(),
  /** JSON key of the client id inside the secret (default `client_id`). */
  clientIdKey: nonEmpty.optional(),
  /** JSON key of the client secret inside the secret (default `client_secret`). */
  clientSecretKey: nonEmpty.optional(),
  /** A non-AWS endpoint (moto, LocalStack, a VPC endpoint URL). */
  endpoint: httpUrl.optional(),
});

/** The configuration file (`config.json`) as validated at load time. */
export const configSchema = z.strictObject({
  /** Editors use this to offer completion; ignored by centralctl. */
  $schema: z.string().optional(),
  idUrl: httpUrl.optional(),
  apiUrl: httpUrl.optional(),
  clientId: nonEmpty.optional(),
  clientSecret: secretValue.optional(),
  aws: awsSection.optional(),
  /** Path of the state store; relative paths are relative to the config file. */
  state: nonEmpty.optional(),
  /** Extra CA certificates (PEM) to trust, e.g. for a TLS-inspecting proxy. */
  caFile: nonEmpty.optional(),
  proxy: httpUrl.optional(),
  /** Hosts that bypass the proxy, as in NO_PROXY; a list is joined with commas. */
  noProxy: z
    .union([z.string(), z.array(nonEmpty)], { error: "must be a string or a list of host names" })
    .transform((value) => (Array.isArray(value) ? value.join(",") : value))
    .optional(),
  concurrency: positiveInt.optional(),
  perTenantConcurrency: positiveInt.optional(),
  hygiene: openSection.optional(),
  hunt: openSection.optional(),
  misp: openSection.optional(),
  splunk: openSection.optional(),
  webhook: openSection.optional(),
});

/** The loaded configuration; `source` is the file it came from, absent when there was none. */
export type Config = z.output<typeof configSchema> & { source?: string };

/** The keys accepted at the top level of the file (for "did you mean" hints). */
export const CONFIG_KEYS: readonly string[] = Object.keys(configSchema.shape);
