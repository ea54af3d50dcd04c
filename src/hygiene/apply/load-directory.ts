import {
  loadVipUsers,
  readDirectoryFile,
  readLdapComputers,
  readVipGroup,
  type DirectoryComputer,
  type LdapConnectionOptions,
  type VipUsers,
} from "../../directory/index.js";
import type { Logger } from "../../util/logger.js";
import { buildDirectoryIndex, type DirectoryIndex } from "../build-directory-index.js";

/** Where the directory comes from: an export file or LDAP (at most one), and where VIPs come from. */
export interface DirectorySource {
  file?: string;
  /** Time zone of export dates written without an offset (default: this machine's). */
  timeZone?: string;
  ldap?: LdapConnectionOptions & { baseDns: string[] };
  /** NetBIOS → DNS domain pairs exports cannot carry, e.g. `{ CORP: "corp.example.com" }`. */
  netbiosDomains?: Record<string, string>;
  vipFile?: string;
  /** A group name or DN, expanded over `ldap` (nested groups included). */
  vipGroup?: string;
  logger?: Logger;
}

/** The loaded directory: undefined index for the simple flow without a directory. */
export interface LoadedDirectory {
  index: DirectoryIndex | undefined;
  vips: VipUsers | undefined;
  /** `file.csv` or `ldap://dc1` and how many computers it gave, for the summary line. */
  description: string | undefined;
}

/**
 * Reads the directory (whole export checked before use; LDAP paged) and the VIP list. Errors are the
 * readers' own `DirectoryFileError` / `LdapError`, which name the file:line or the server.
 * @example const { index, vips } = await loadDirectory({ file: "ad.csv", vipFile: "vips.txt" });
 */
export async function loadDirectory(source: DirectorySource): Promise<LoadedDirectory> {
  const logger = source.logger;
  let computers: AsyncIterable<DirectoryComputer> | undefined;
  let where: string | undefined;
  if (source.file !== undefined) {
    where = source.file;
    const byDns = invert(source.netbiosDomains);
    computers = readDirectoryFile(source.file, {
      ...(source.timeZone === undefined ? {} : { timeZone: source.timeZone }),
      ...(byDns === undefined ? {} : { netbiosDomains: byDns }),
    });
  } else if (source.ldap !== undefined) {
    where = source.ldap.url;
    computers = readLdapComputers({ ...source.ldap, ...(logger === undefined ? {} : { logger }) });
  }
  let index: DirectoryIndex | undefined;
  if (computers !== undefined) {
    const list: DirectoryComputer[] = [];
    for await (const computer of computers) list.push(computer);
    index = buildDirectoryIndex(
      list,
      source.netbiosDomains === undefined ? {} : { netbiosDomains: source.netbiosDomains },
    );
  }
  let vips: VipUsers | undefined;
  if (source.vipFile !== undefined) vips = await loadVipUsers(source.vipFile);
  else if (source.vipGroup !== undefined && source.ldap !== undefined) {
    vips = await readVipGroup({
      ...source.ldap,
      group: source.vipGroup,
      ...(logger === undefined ? {} : { logger }),
    });
  }
  const description = index === undefined ? undefined : `${where} (${index.size} computers)`;
  return { index, vips, description };
}

function invert(pairs: Record<string, string> | undefined): Record<string, string> | undefined {
  if (pairs === undefined) return undefined;
  return Object.fromEntries(Object.entries(pairs).map(([netbios, dns]) => [dns, netbios]));
}
