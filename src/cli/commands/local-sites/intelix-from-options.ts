import {
  createIntelixProvider,
  INTELIX_API_URL,
  INTELIX_TOKEN_URL,
  type ReputationProvider,
} from "../../../local-sites/index.js";
import { resolveSecretValue } from "../../../secrets/index.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";

/** The Intelix flags of `local-sites report|clean`. */
export interface IntelixFlags {
  intelixUrl?: string;
  intelixTokenUrl?: string;
  intelixClientId?: string;
  /** A secret reference: `env:NAME`, `file:/path`, `aws:ID#key`. */
  intelixSecret?: string;
}

/**
 * The SophosLabs Intelix provider from flags, falling back to `INTELIX_API_URL`,
 * `INTELIX_TOKEN_URL`, `INTELIX_CLIENT_ID` and `INTELIX_CLIENT_SECRET` (a secret reference).
 */
export async function intelixFromOptions(
  context: CommandContext,
  flags: IntelixFlags,
): Promise<ReputationProvider> {
  const env = context.terminal.env;
  const clientId = flags.intelixClientId ?? env.INTELIX_CLIENT_ID;
  const secretRef = flags.intelixSecret ?? env.INTELIX_CLIENT_SECRET;
  if (!clientId || !secretRef) {
    throw new UsageError(
      "SophosLabs Intelix credentials are missing: set INTELIX_CLIENT_ID and INTELIX_CLIENT_SECRET, or give --intelix-client-id and --intelix-secret env:NAME|file:/path|aws:ID#key",
    );
  }
  const clientSecret = await resolveSecretValue(secretRef, { env, isTTY: context.terminal.stdinIsTTY });
  return createIntelixProvider({
    apiUrl: flags.intelixUrl ?? env.INTELIX_API_URL ?? INTELIX_API_URL,
    tokenUrl: flags.intelixTokenUrl ?? env.INTELIX_TOKEN_URL ?? INTELIX_TOKEN_URL,
    clientId,
    clientSecret,
  });
}
