import type { Config } from "../config/config-schema.js";
import { registerSecret } from "../util/redact.js";
import type { AwsSecretOptions } from "./aws-secret-options.js";
import { fetchAwsSecret } from "./fetch-aws-secret.js";
import { pickSecretJsonKey } from "./pick-secret-json-key.js";
import { promptSecret } from "./prompt-secret.js";
import { resolveSecretValue, type ResolveSecretOptions } from "./resolve-secret.js";
import { SecretError } from "./secret-error.js";
import { isSecretRef } from "./secret-ref.js";

/** Sophos Central API credentials and where they came from (never the values themselves in logs). */
export interface CentralCredentials {
  clientId: string;
  clientSecret: string;
  source: "flags" | "env" | "config" | "aws" | "prompt";
}

/** Everything {@link resolveCentralCredentials} may look at, in order of precedence. */
export interface CentralCredentialsInput {
  /** Explicit values (library options, command-line flags); each may be a secret reference. */
  flags?: { clientId?: string | undefined; clientSecret?: string | undefined };
  env?: NodeJS.ProcessEnv;
  config?: Config;
  isTTY?: boolean;
  /** Overrides for reaching AWS (tests, LocalStack); merged over the config's `aws` section. */
  aws?: AwsSecretOptions;
  prompt?: ResolveSecretOptions["prompt"];
}

const NONE =
  "No Sophos Central credentials: set SOPHOS_CLIENT_ID and SOPHOS_CLIENT_SECRET, or put clientId and " +
  "clientSecret (a value or a reference such as env:NAME, file:/path, aws:SECRET_ID#key) in the config file, " +
  "or set aws.secretId there to read both from AWS Secrets Manager; see README 'Configuration'.";

/**
 * Find the Sophos Central client id and secret: explicit flags, then SOPHOS_CLIENT_ID /
 * SOPHOS_CLIENT_SECRET, then the config file, then the AWS secret named in `aws.secretId`
 * (keys `client_id` / `client_secret` unless configured), then a prompt on a terminal.
 * A source that has only one of the two is an error rather than being mixed with another source.
 */
export async function resolveCentralCredentials(
  input: CentralCredentialsInput = {},
): Promise<CentralCredentials> {
  const env = input.env ?? process.env;
  const config = input.config ?? {};
  const aws: AwsSecretOptions = { ...awsFromConfig(config), ...input.aws };
  const options: ResolveSecretOptions = {
    env,
    aws,
    ...(input.isTTY === undefined ? {} : { isTTY: input.isTTY }),
  };
  const found = async (clientId: string, clientSecret: string, source: CentralCredentials["source"]) => ({
    // A client id is not secret: a literal one stays readable in logs; a reference is still resolved.
    clientId: isSecretRef(clientId) ? await resolveSecretValue(clientId, options) : clientId,
    clientSecret: await resolveSecretValue(clientSecret, options),
    source,
  });

  const { clientId: flagId, clientSecret: flagSecret } = input.flags ?? {};
  if (flagId || flagSecret) {
    if (!flagId || !flagSecret)
      throw new SecretError(halfSet("the client id option", "the client secret option", !!flagId));
    return found(flagId, flagSecret, "flags");
  }
  const envId = env.SOPHOS_CLIENT_ID || undefined;
  const envSecret = env.SOPHOS_CLIENT_SECRET || undefined;
  if (envId || envSecret) {
    if (!envId || !envSecret)
      throw new SecretError(halfSet("SOPHOS_CLIENT_ID", "SOPHOS_CLIENT_SECRET", !!envId));
    registerSecret(envSecret);
    return { clientId: envId, clientSecret: envSecret, source: "env" };
  }
  const where = config.source ? `the config file ${config.source}` : "the config file";
  if (config.clientId && config.clientSecret) return found(config.clientId, config.clientSecret, "config");
  if (config.clientSecret && !config.aws?.secretId) {
    throw new SecretError(`${where} sets clientSecret but not clientId. Add clientId next to it.`);
  }
  if (config.aws?.secretId) return fromAws(config, config.aws.secretId, aws, env);
  if (config.clientId) {
    throw new SecretError(`${where} sets clientId but not clientSecret (nor aws.secretId). Add one of them.`);
  }
  if (input.isTTY ?? process.stdin.isTTY === true) {
    const ask = input.prompt ?? ((label, o) => promptSecret(label, o));
    const clientId = await ask("Sophos Central client ID", { hidden: false });
    const clientSecret = await ask("Sophos Central client secret", { hidden: true });
    if (!clientId || !clientSecret)
      throw new SecretError(`Both a client ID and a client secret are needed. ${NONE}`);
    registerSecret(clientSecret);
    return { clientId, clientSecret, source: "prompt" };
  }
  throw new SecretError(NONE);
}

async function fromAws(
  config: Config,
  secretId: string,
  aws: AwsSecretOptions,
  env: NodeJS.ProcessEnv,
): Promise<CentralCredentials> {
  const text = await fetchAwsSecret(secretId, aws, env);
  const region = aws.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const where = `AWS secret '${secretId}'${region ? ` (region ${region})` : ""}`;
  const idKey = config.aws?.clientIdKey ?? "client_id";
  const secretKey = config.aws?.clientSecretKey ?? "client_secret";
  const clientSecret = pickSecretJsonKey(text, secretKey, where);
  registerSecret(clientSecret);
  // A secret that holds only the client secret is fine when the config names the client id.
  const clientId =
    config.clientId && !hasKey(text, idKey) ? config.clientId : pickSecretJsonKey(text, idKey, where);
  return { clientId, clientSecret, source: "aws" };
}

function hasKey(text: string, key: string): boolean {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  return key in parsed;
}

function awsFromConfig(config: Config): AwsSecretOptions {
  const options: AwsSecretOptions = {};
  if (config.aws?.region) options.region = config.aws.region;
  if (config.aws?.endpoint) options.endpoint = config.aws.endpoint;
  return options;
}

function halfSet(first: string, second: string, hasFirst: boolean): string {
  const [present, missing] = hasFirst ? [first, second] : [second, first];
  return `${present} is set but ${missing} is not. Set both, or neither to fall back to the config file.`;
}
