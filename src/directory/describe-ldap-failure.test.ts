import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import {
  InvalidCredentialsError,
  NoSuchObjectError,
  StrongAuthRequiredError,
  UnavailableError,
} from "ldapts";
import { describeLdapFailure } from "./describe-ldap-failure.js";

const SERVER = "ldaps://dc1.corp.example.com";

describe("describeLdapFailure", () => {
  test("socket errors become 'unreachable' with a port hint that fits the scheme", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const error = describeLdapFailure(refused, SERVER, { stage: "bind", bindDn: "CN=svc" });
    assert.equal(error.kind, "unreachable");
    assert.match(
      error.message,
      /cannot reach LDAP server ldaps:\/\/dc1\.corp\.example\.com \(ECONNREFUSED\): .*636/,
    );
    const timeout = describeLdapFailure(new Error("Connection timeout"), "ldap://dc1", {
      stage: "bind",
      bindDn: "x",
    });
    assert.match(timeout.message, /389 for ldap/);
  });

  test("certificate errors become 'tls' and point at --ldap-ca-file", () => {
    const untrusted = Object.assign(new Error("self-signed certificate"), {
      code: "DEPTH_ZERO_SELF_SIGNED_CERT",
    });
    const error = describeLdapFailure(untrusted, SERVER, { stage: "bind", bindDn: "x" });
    assert.equal(error.kind, "tls");
    assert.match(error.message, /--ldap-ca-file/);
  });

  test("code 49 on bind names the DN; code 32 on search names the base DN", () => {
    const bind = describeLdapFailure(new InvalidCredentialsError("80090308: LdapErr"), SERVER, {
      stage: "bind",
      bindDn: "CN=svc,DC=corp",
    });
    assert.equal(
      bind.message,
      `bind as CN=svc,DC=corp rejected by ${SERVER}: wrong password or DN (LDAP code 49)`,
    );
    assert.equal(bind.ldapCode, 49);
    const base = describeLdapFailure(new NoSuchObjectError(), SERVER, {
      stage: "search",
      baseDn: "OU=X,DC=corp",
    });
    assert.equal(base.kind, "not-found");
    assert.match(base.message, /base DN OU=X,DC=corp not found/);
  });

  test("AD's demand for signing or TLS suggests ldaps:// or StartTLS; a refused StartTLS is a TLS problem", () => {
    const strong = describeLdapFailure(new StrongAuthRequiredError(), "ldap://dc1", {
      stage: "bind",
      bindDn: "x",
    });
    assert.match(strong.message, /requires an encrypted connection .* use ldaps:\/\/ or --ldap-starttls/);
    const starttls = describeLdapFailure(new UnavailableError("no TLS"), "ldap://dc1", { stage: "starttls" });
    assert.equal(starttls.kind, "tls");
  });

  test("anything else keeps the server and stage", () => {
    const error = describeLdapFailure(new Error("boom"), SERVER, { stage: "search", baseDn: "DC=corp" });
    assert.equal(error.kind, "ldap");
    assert.equal(error.message, `LDAP search on ${SERVER} failed: boom`);
  });
});
