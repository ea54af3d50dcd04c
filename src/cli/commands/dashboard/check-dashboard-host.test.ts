import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkDashboardHost } from "./check-dashboard-host.js";
import { describeListenError } from "./describe-listen-error.js";

describe("checkDashboardHost", () => {
  test("loopback hosts need no flag and print no warning", () => {
    for (const host of ["127.0.0.1", "localhost", "::1"])
      assert.equal(checkDashboardHost(host, false), undefined);
  });

  test("a non-loopback host without --allow-remote is a usage error naming the flag", () => {
    assert.throws(
      () => checkDashboardHost("0.0.0.0", false),
      (error: Error & { exitCode?: number }) => error.exitCode === 2 && /--allow-remote/.test(error.message),
    );
  });

  test("with --allow-remote it is allowed, with a warning that anyone with the URL can act on the store", () => {
    const warning = checkDashboardHost("10.1.2.3", true);
    assert.match(
      warning ?? "",
      /^centralctl: warning: .*10\.1\.2\.3.*anyone who can reach that port and has the URL/,
    );
  });
});

describe("describeListenError", () => {
  test("a port in use suggests --port 0", () => {
    const error = describeListenError(
      Object.assign(new Error("x"), { code: "EADDRINUSE" }),
      "127.0.0.1",
      7878,
    );
    assert.match(error.message, /port 7878 on 127\.0\.0\.1 is already in use.*--port 0/);
  });

  test("an address not on this machine is a usage error about --host", () => {
    const error = describeListenError(
      Object.assign(new Error("x"), { code: "EADDRNOTAVAIL" }),
      "10.9.9.9",
      1,
    );
    assert.equal((error as Error & { exitCode?: number }).exitCode, 2);
    assert.match(error.message, /--host 10\.9\.9\.9/);
  });
});
