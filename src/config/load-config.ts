import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isSecretRef } from "../secrets/secret-ref.js";
import { silentLogger, type Logger } from "../util/logger.js";
import { registerSecret } from "../util/redact.js";
import { ConfigError } from "./config-error.js";
import { CONFIG_KEYS, configSchema, type Config } from "./config-schema.js";
import { defaultConfigPath } from "./default-config-path.js";
import { describeConfigIssues } from "./describe-config-issues.js";
import { parseConfigJson } from "./parse-config-json.js";

/** Options for {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Where `CENTRALCTL_CONFIG` is read from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Receives the warning about a readable file holding a literal secret. */
  logger?: Logger;
}

const AWS_KEYS = ["secretId", "region", "clientIdKey", "clientSecretKey", "endpoint"];

/**
 * Load and validate the configuration file: `path` (from `--config`), else `CENTRALCTL_CONFIG`,
 * else {@link defaultConfigPath}. A missing default file is an empty config; a missing file that
 * was asked for by name is an error. Relative `state` and `caFile` paths are made relative to the
 * file's directory.
 */
export async function loadConfig(path?: string, options: LoadConfigOptions = {}): Promise<Config> {
  const env = options.env ?? process.env;
  const named = path ?? (env.CENTRALCTL_CONFIG ? env.CENTRALCTL_CONFIG : undefined);
  const file = resolve(named ?? defaultConfigPath());
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && named === undefined) return {};
    throw new ConfigError(
      `Cannot read the configuration file ${file} (${code ?? (error as Error).message}). ` +
        "Check the --config path or CENTRALCTL_CONFIG.",
      file,
      undefined,
      { cause: error },
    );
  }
  const parsed = configSchema.safeParse(parseConfigJson(text, file));
  if (!parsed.success) {
    const problems = describeConfigIssues(parsed.error.issues, (at) =>
      at === "aws" ? AWS_KEYS : at === "" ? CONFIG_KEYS : [],
    );
    const first = problems[0];
    const lines = problems.map((p) => `  ${p.key || "(file)"}: ${p.problem}`).join("\n");
    throw new ConfigError(
      `The configuration file ${file} is invalid:\n${lines}\nFix these keys (see README 'Configuration').`,
      file,
      first?.key || undefined,
    );
  }
  const config: Config = { ...parsed.data, source: file };
  if (config.state !== undefined) config.state = resolve(dirname(file), config.state);
  if (config.caFile !== undefined) config.caFile = resolve(dirname(file), config.caFile);
  if (config.clientSecret !== undefined && !isSecretRef(config.clientSecret)) {
    registerSecret(config.clientSecret);
    await warnIfShared(file, options.logger ?? silentLogger);
  }
  return config;
}

/** A literal secret in a file others can read is worth a warning, not a refusal (think of CI images). */
async function warnIfShared(file: string, logger: Logger): Promise<void> {
  if (process.platform === "win32") return;
  const mode = (await stat(file)).mode;
  if ((mode & 0o077) === 0) return;
  logger.warn(
    `${file} holds a literal clientSecret and is readable by other users (mode ${(mode & 0o777).toString(8)}). ` +
      `Run 'chmod 600 ${file}', or replace the value with a reference such as "env:SOPHOS_CLIENT_SECRET".`,
    { file },
  );
}
