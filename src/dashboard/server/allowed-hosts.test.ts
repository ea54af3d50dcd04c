import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { allowedHostHeaders, isAllowedHost } from "./allowed-hosts.js";
import { hostForUrl, isLoopbackHost, isWildcardHost } from "./is-loopback-host.js";

describe("allowed Host headers", () => {
  test("bound to 127.0.0.1, the loopback spellings with the port are accepted and nothing else", () => {
    const allowed = allowedHostHeaders({ host: "127.0.0.1", port: 7878 });
    for (const ok of ["127.0.0.1:7878", "localhost:7878", "[::1]:7878", "LOCALHOST:7878"])
      assert.equal(isAllowedHost(allowed, ok), true, ok);
    for (const bad of ["evil.example:7878", "127.0.0.1:7879", "127.0.0.1", "localhost", undefined])
      assert.equal(isAllowedHost(allowed, bad), false, String(bad));
  });

  test("bound to a LAN address, only that address is accepted", () => {
    const allowed = allowedHostHeaders({ host: "10.0.0.5", port: 8080 });
    assert.deepEqual([...allowed], ["10.0.0.5:8080"]);
  });

  test("bound to every interface, the local addresses and host name are accepted, not other names", () => {
    const allowed = allowedHostHeaders({
      host: "0.0.0.0",
      port: 9000,
      localAddresses: ["10.0.0.5", "fe80::1"],
      hostname: "jump01",
    });
    for (const ok of ["10.0.0.5:9000", "[fe80::1]:9000", "jump01:9000", "localhost:9000"])
      assert.equal(isAllowedHost(allowed, ok), true, ok);
    assert.equal(isAllowedHost(allowed, "rebound.example:9000"), false);
  });

  test("on port 80 the Host header may leave the port out", () => {
    assert.equal(isAllowedHost(allowedHostHeaders({ host: "127.0.0.1", port: 80 }), "localhost"), true);
  });
});

describe("loopback and wildcard hosts", () => {
  test("loopback names and addresses are recognised", () => {
    for (const host of ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1"])
      assert.equal(isLoopbackHost(host), true, host);
    for (const host of ["0.0.0.0", "10.0.0.1", "::", "example.com", "127.0.0.1.example.com"])
      assert.equal(isLoopbackHost(host), false, host);
  });

  test("wildcards are recognised and IPv6 literals are bracketed for URLs", () => {
    assert.equal(isWildcardHost("0.0.0.0"), true);
    assert.equal(isWildcardHost("[::]"), true);
    assert.equal(isWildcardHost("127.0.0.1"), false);
    assert.equal(hostForUrl("::1"), "[::1]");
    assert.equal(hostForUrl("[::1]"), "[::1]");
    assert.equal(hostForUrl("127.0.0.1"), "127.0.0.1");
  });
});
