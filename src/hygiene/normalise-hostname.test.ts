import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { normaliseHostname } from "./normalise-hostname.js";

describe("normaliseHostname", () => {
  test("splits an FQDN into an upper-case short name and a lower-case domain", () => {
    assert.deepEqual(normaliseHostname("lab-win10-07.Corp.Example.COM"), {
      short: "LAB-WIN10-07",
      domain: "corp.example.com",
    });
  });

  test("upper-cases a short name and gives no domain", () => {
    assert.deepEqual(normaliseHostname("Lab-Win10-07"), { short: "LAB-WIN10-07" });
  });

  test("ignores surrounding blanks and a trailing root dot", () => {
    assert.deepEqual(normaliseHostname("  pc1.corp.example.com. "), {
      short: "PC1",
      domain: "corp.example.com",
    });
  });

  test("treats macOS mDNS .local as no domain but keeps a multi-label AD domain like corp.local", () => {
    assert.deepEqual(normaliseHostname("Janes-MacBook-Pro.local"), { short: "JANES-MACBOOK-PRO" });
    assert.deepEqual(normaliseHostname("pc1.corp.local"), { short: "PC1", domain: "corp.local" });
  });

  test("keeps an IPv4 literal whole instead of splitting it at dots", () => {
    assert.deepEqual(normaliseHostname("10.20.30.41"), { short: "10.20.30.41" });
  });

  test("gives an empty short name for an empty host name", () => {
    assert.deepEqual(normaliseHostname(""), { short: "" });
  });
});
