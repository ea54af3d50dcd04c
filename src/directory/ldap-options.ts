import { z } from "zod";
import type { Logger } from "../util/logger.js";
import { LdapError } from "./ldap-error.js";

const connectionShape = {
  /** `ldaps://dc1.corp.example.com` (port 636) or `ldap://...` (389; add `startTls`). */
  url: z
    .string()
    .regex(/^ldaps?:\/\/[^/\s?#]+\/?$/i, "must be ldap://host[:port] or ldaps://host[:port] with no path"),
  /** Upgrade an `ldap://` connection with StartTLS (`--ldap-starttls`) before binding. */
  startTls: z.boolean().optional(),
  /** PEM file of the CA that signed the DC's certificate (`--ldap-ca-file`). */
  caFile: z.string().min(1).optional(),
  /** Verify the server certificate (default true). Turning this off exposes the bind password. */
  rejectUnauthorized: z.boolean().optional(),
  /** DN (or UPN, which AD also accepts) to bind as. */
  bindDn: z.string().min(1, "is required"),
  /** Bind password, resolved by the secrets layer; never logged or put into errors. */
  password: z.string().min(1, "is required"),
  /** Per-operation timeout in ms (default 60000). */
  timeoutMs: z.number().int().positive().optional(),
  /** TCP connect timeout in ms (default 10000). */
  connectTimeoutMs: z.number().int().positive().optional(),
};

const computersShape = {
  ...connectionShape,
  /** Where to search (`--ldap-base`, repeatable), e.g. `OU=Workstations,DC=corp,DC=example,DC=com`. */
  baseDns: z.array(z.string().min(1)).min(1, "needs at least one base DN"),
  /** LDAP filter for computer objects (default `(objectClass=computer)`). */
  filter: z.string().min(3).optional(),
  /** Entries per page (default 500; AD's MaxPageSize is 1000). */
  pageSize: z.number().int().min(1).max(1000).optional(),
  /** NetBIOS names by DNS domain, used before (and instead of) the crossRef lookup. */
  netbiosDomains: z.record(z.string(), z.string()).optional(),
};

const vipGroupShape = {
  ...connectionShape,
  /** The VIP group: its DN, or its sAMAccountName / cn looked up under `baseDns`. */
  group: z.string().min(1, "is required"),
  /** Where to look the group up by name and where the in-chain search looks for users (default: the group's domain). */
  baseDns: z.array(z.string().min(1)).optional(),
  /** How nested membership is resolved; `auto` tries AD's in-chain rule and falls back to client-side. */
  strategy: z.enum(["auto", "in-chain", "client-side"]).optional(),
};

/** How to reach and authenticate to a directory server. */
export type LdapConnectionOptions = z.input<z.ZodObject<typeof connectionShape>> & { logger?: Logger };

/** Options of {@link readLdapComputers}: the connection plus what to search. */
export type LdapComputerOptions = z.input<z.ZodObject<typeof computersShape>> & { logger?: Logger };

/** Options of {@link readVipGroup}: the connection plus which group and how to expand it. */
export type LdapVipGroupOptions = z.input<z.ZodObject<typeof vipGroupShape>> & { logger?: Logger };

/** The LDAP option schemas, exported for config files that embed them. */
export const ldapOptionSchemas = {
  connection: z.object(connectionShape),
  computers: z.object(computersShape),
  vipGroup: z.object(vipGroupShape),
};

/**
 * Validate options at the boundary, turning schema issues into one {@link LdapError} of kind
 * `options` that lists every bad field. The password value never appears in the message.
 */
export function parseLdapOptions<S extends z.ZodObject>(schema: S, options: unknown): z.output<S> {
  const result = schema.safeParse(options);
  if (result.success) {
    const parsed = result.data as { url: string; startTls?: boolean };
    if (parsed.startTls && /^ldaps:/i.test(parsed.url)) {
      throw new LdapError(
        "options",
        parsed.url,
        `${parsed.url}: StartTLS is for ldap:// URLs; ldaps:// is already encrypted`,
      );
    }
    return result.data;
  }
  const server =
    typeof (options as { url?: unknown })?.url === "string" ? (options as { url: string }).url : "";
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join(".") || "options"} ${issue.message}`,
  );
  throw new LdapError("options", server, `invalid LDAP options: ${problems.join("; ")}`);
}
