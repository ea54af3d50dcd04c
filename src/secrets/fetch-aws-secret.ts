import { redactSecrets } from "../util/redact.js";
import type { AwsSecretOptions } from "./aws-secret-options.js";
import { SecretError } from "./secret-error.js";

const DEFAULT_TIMEOUT_MS = 10_000;
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/**
 * Read the current value of an AWS Secrets Manager secret (`GetSecretValue`): its SecretString, or
 * its SecretBinary as UTF-8. Failures become {@link SecretError}s that name the secret, the region
 * and, for network failures, the endpoint.
 */
export async function fetchAwsSecret(
  secretId: string,
  options: AwsSecretOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  // Loaded on demand: the SDK costs a noticeable share of start-up and most runs never need it.
  const { SecretsManagerClient, GetSecretValueCommand } = await import("@aws-sdk/client-secrets-manager");
  const region = options.region ?? (env.AWS_REGION || undefined) ?? (env.AWS_DEFAULT_REGION || undefined);
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = new SecretsManagerClient({
    ...(region === undefined ? {} : { region }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    requestHandler: { connectionTimeout: timeout, requestTimeout: timeout },
  });
  try {
    const output = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (output.SecretString !== undefined) return output.SecretString;
    if (output.SecretBinary !== undefined) return Buffer.from(output.SecretBinary).toString("utf8");
    throw new SecretError(`AWS secret '${secretId}' has no value (neither SecretString nor SecretBinary).`);
  } catch (error) {
    if (error instanceof SecretError) throw error;
    const resolvedRegion = await client.config.region().catch(() => region);
    throw explain(error, secretId, resolvedRegion, options.endpoint);
  } finally {
    client.destroy();
  }
}

function explain(
  error: unknown,
  secretId: string,
  region: string | undefined,
  endpoint: string | undefined,
): SecretError {
  const name = (error as { name?: string }).name ?? "Error";
  const message = redactSecrets((error as Error).message ?? String(error));
  const inRegion = region ? `in region ${region}` : "(no region)";
  if (name === "ResourceNotFoundException") {
    return new SecretError(
      `AWS secret '${secretId}' not found in region ${region ?? "(none)"}. ` +
        "Check the secret name and the region (aws.region in the config, or AWS_REGION).",
      { cause: error },
    );
  }
  if (/region is missing/i.test(message)) {
    return new SecretError(
      `No AWS region to read secret '${secretId}' from: set aws.region in the config or AWS_REGION.`,
      { cause: error },
    );
  }
  if (name === "CredentialsProviderError" || /could not load credentials/i.test(message)) {
    return new SecretError(
      `No AWS credentials to read secret '${secretId}' ${inRegion}: set AWS_ACCESS_KEY_ID and ` +
        "AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run where an IAM role is available.",
      { cause: error },
    );
  }
  const code = networkCode(error);
  if (code !== undefined || name === "TimeoutError") {
    const where = describeEndpoint(endpoint, region);
    return new SecretError(
      `Cannot reach AWS Secrets Manager at ${where} (${code ?? "timed out"}) to read secret '${secretId}'. ` +
        "Check the endpoint (aws.endpoint, AWS_ENDPOINT_URL_SECRETS_MANAGER or AWS_ENDPOINT_URL), the network and any proxy.",
      { cause: error },
    );
  }
  return new SecretError(
    `AWS Secrets Manager refused to return secret '${secretId}' ${inRegion}: ${name}: ${message}`,
    { cause: error },
  );
}

/** Node reports refused connections to a dual-stack host as an AggregateError; look inside it too. */
function networkCode(error: unknown): string | undefined {
  const candidates = [error, ...((error as { errors?: unknown[] }).errors ?? [])];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
  }
  return undefined;
}

/** The endpoint the SDK will have used: explicit, else its environment variables, else the regional default. */
function describeEndpoint(endpoint: string | undefined, region: string | undefined): string {
  return (
    endpoint ??
    (process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER || undefined) ??
    (process.env.AWS_ENDPOINT_URL || undefined) ??
    `https://secretsmanager.${region ?? "<region>"}.amazonaws.com`
  );
}
