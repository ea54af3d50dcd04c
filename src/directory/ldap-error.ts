import { redactSecrets } from "../util/redact.js";

/**
 * What kind of LDAP failure happened, so a caller can choose an exit code or a retry without parsing
 * the message: `options` (our configuration), `unreachable` (TCP), `tls` (handshake or certificate),
 * `bind` (credentials), `not-found` (a base DN or group), `ldap` (any other result code).
 */
export type LdapFailureKind = "options" | "unreachable" | "tls" | "bind" | "not-found" | "ldap";

/**
 * An LDAP failure a person can act on: it names the server and says what to check next. It never
 * carries the bind password (messages pass through the redactor as a second line of defence).
 */
export class LdapError extends Error {
  readonly kind: LdapFailureKind;
  /** The configured server URL, e.g. `ldaps://dc1.corp.example.com`. */
  readonly server: string;
  /** The LDAP result code when the server answered with one (49 wrong credentials, 32 no such object). */
  readonly ldapCode: number | undefined;

  constructor(
    kind: LdapFailureKind,
    server: string,
    message: string,
    options?: { cause?: unknown; ldapCode?: number },
  ) {
    super(redactSecrets(message), options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "LdapError";
    this.kind = kind;
    this.server = server;
    this.ldapCode = options?.ldapCode;
  }
}
