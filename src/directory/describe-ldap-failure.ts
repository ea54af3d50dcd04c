import { LdapError } from "./ldap-error.js";

/** What we were doing when an LDAP call failed, so the message can say what to check. */
export type LdapStage =
  | { stage: "connect" }
  | { stage: "starttls" }
  | { stage: "bind"; bindDn: string }
  | { stage: "search"; baseDn: string }
  | { stage: "read"; dn: string };

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNRESET",
  "EPIPE",
]);
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS|ERR_SSL|HOSTNAME|ALTNAME/;

/**
 * Turn whatever ldapts or the socket threw into an {@link LdapError} that says which server, what
 * failed and what to try. Pure: no I/O, so every branch is tested with plain values.
 */
export function describeLdapFailure(error: unknown, server: string, context: LdapStage): LdapError {
  if (error instanceof LdapError) return error;
  const err = error as { code?: unknown; message?: unknown; name?: unknown };
  const message = typeof err.message === "string" ? err.message : String(error);
  const code = err.code;
  if (typeof code === "string" && TLS_CODE.test(code)) {
    return new LdapError(
      "tls",
      server,
      `TLS with ${server} failed (${code}: ${message}): the server certificate is not trusted or does not ` +
        "match the host name; pass the issuing CA with --ldap-ca-file and connect by the name on the certificate",
      { cause: error },
    );
  }
  if (
    (typeof code === "string" && NETWORK_CODES.has(code)) ||
    /Connection timeout|socket disconnected|Socket error|ECONNRESET/i.test(message)
  ) {
    // ldapts connects lazily on the first operation, so a refused connection surfaces at bind.
    const during = context.stage === "search" || context.stage === "read" ? ` during ${context.stage}` : "";
    const hint = /^ldaps:/i.test(server)
      ? "check the host name, the port (636 for ldaps://), any firewall in between, and that the server speaks TLS on that port"
      : "check the host name, the port (389 for ldap://) and any firewall in between";
    return new LdapError(
      "unreachable",
      server,
      `cannot reach LDAP server ${server}${during} (${typeof code === "string" ? code : message}): ${hint}`,
      { cause: error },
    );
  }
  if (typeof code === "number") return describeResultCode(code, message, server, context, error);
  return new LdapError("ldap", server, `LDAP ${context.stage} on ${server} failed: ${message}`, {
    cause: error,
  });
}

function describeResultCode(
  code: number,
  message: string,
  server: string,
  context: LdapStage,
  cause: unknown,
): LdapError {
  const options = { cause, ldapCode: code };
  if (code === 49 && context.stage === "bind") {
    return new LdapError(
      "bind",
      server,
      `bind as ${context.bindDn} rejected by ${server}: wrong password or DN (LDAP code 49)`,
      options,
    );
  }
  if (code === 32 && context.stage === "search") {
    return new LdapError(
      "not-found",
      server,
      `base DN ${context.baseDn} not found on ${server} (LDAP code 32): check --ldap-base for typos and the domain`,
      options,
    );
  }
  if (code === 32 && context.stage === "read") {
    return new LdapError("not-found", server, `${context.dn} not found on ${server} (LDAP code 32)`, options);
  }
  if (code === 8 || code === 13) {
    return new LdapError(
      "ldap",
      server,
      `${server} requires an encrypted connection (LDAP code ${code}): use ldaps:// or --ldap-starttls`,
      options,
    );
  }
  if (context.stage === "starttls") {
    return new LdapError(
      "tls",
      server,
      `${server} refused StartTLS (LDAP code ${code}: ${message}): the server may not have a certificate; try ldaps://`,
      options,
    );
  }
  if (code === 50) {
    return new LdapError(
      "ldap",
      server,
      `${server}: the bind account may not read this (LDAP code 50: insufficient access)`,
      options,
    );
  }
  return new LdapError(
    "ldap",
    server,
    `LDAP ${context.stage} on ${server} failed with code ${code}: ${message}`,
    options,
  );
}
