import { resolveSecretValue } from "../../../secrets/index.js";
import type { DirectorySource } from "../../../hygiene/apply/load-directory.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";

/** The directory flags of `hygiene plan`. */
export interface DirectoryFlags {
  directoryFile?: string;
  directoryTimeZone?: string;
  ldapUrl?: string;
  ldapBindDn?: string;
  ldapPasswordRef?: string;
  ldapBaseDn?: string[];
  ldapStarttls?: boolean;
  ldapCaFile?: string;
  netbiosDomain?: string[];
  vipUsers?: string;
  vipGroup?: string;
}

/**
 * Checks the directory flags together (one source at most; LDAP needs all its parts) and resolves
 * the bind password reference (env:, file:, aws:, prompt:) without ever printing it.
 */
export async function directorySourceFrom(
  context: CommandContext,
  flags: DirectoryFlags,
): Promise<DirectorySource> {
  const source: DirectorySource = { logger: context.logger };
  if (flags.directoryFile !== undefined && flags.ldapUrl !== undefined) {
    throw new UsageError("give --directory-file or --ldap-url, not both");
  }
  if (flags.directoryFile !== undefined) source.file = flags.directoryFile;
  if (flags.directoryTimeZone !== undefined) source.timeZone = flags.directoryTimeZone;
  if (flags.ldapUrl !== undefined) {
    const missing = [
      flags.ldapBindDn === undefined ? "--ldap-bind-dn" : "",
      flags.ldapPasswordRef === undefined ? "--ldap-password-ref" : "",
      (flags.ldapBaseDn ?? []).length === 0 ? "--ldap-base-dn" : "",
    ].filter(Boolean);
    if (missing.length > 0)
      throw new UsageError(`--ldap-url ${flags.ldapUrl} also needs ${missing.join(", ")}`);
    const password = await resolveSecretValue(flags.ldapPasswordRef as string, {
      env: context.terminal.env,
      isTTY: context.terminal.stdinIsTTY,
    });
    source.ldap = {
      url: flags.ldapUrl,
      bindDn: flags.ldapBindDn as string,
      password,
      baseDns: flags.ldapBaseDn ?? [],
      ...(flags.ldapStarttls === true ? { startTls: true } : {}),
      ...(flags.ldapCaFile === undefined ? {} : { caFile: flags.ldapCaFile }),
    };
  }
  if (flags.vipGroup !== undefined && source.ldap === undefined) {
    throw new UsageError("--vip-group is read over LDAP: give --ldap-url too, or use --vip-users FILE");
  }
  if (flags.vipUsers !== undefined) source.vipFile = flags.vipUsers;
  if (flags.vipGroup !== undefined) source.vipGroup = flags.vipGroup;
  const pairs = flags.netbiosDomain ?? [];
  if (pairs.length > 0) source.netbiosDomains = Object.fromEntries(pairs.map(parsePair));
  return source;
}

function parsePair(pair: string): [string, string] {
  const match = /^([^=\s]+)=([^=\s]+)$/.exec(pair);
  if (match === null) throw new UsageError(`--netbios-domain "${pair}" must look like CORP=corp.example.com`);
  return [(match[1] as string).toUpperCase(), (match[2] as string).toLowerCase()];
}
