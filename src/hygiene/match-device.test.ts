import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { buildDirectoryIndex } from "./build-directory-index.js";
import { correlate } from "./correlate.js";
import { computer, endpoint } from "./internal/test-fixtures.js";
import { matchDevice } from "./match-device.js";

const corpPc = computer({ name: "PC1", domain: "corp.example.com" });
const labPc = computer({ name: "PC1", domain: "lab.example.com" });
const corpOnly = computer({ name: "SOLO", domain: "corp.example.com" });
const index = buildDirectoryIndex([corpPc, labPc, corpOnly]);

describe("matchDevice", () => {
  test("matches a short name case-insensitively when it is unique in the directory", () => {
    const m = matchDevice(endpoint({ hostname: "solo", associatedPerson: {} }), index);
    assert.equal(m.kind, "matched");
    assert.equal(m.kind === "matched" && m.computer, corpOnly);
    assert.equal(m.kind === "matched" && m.basis, "unique_hostname");
  });

  test("matches an FQDN on short name and domain", () => {
    const m = matchDevice(endpoint({ hostname: "PC1.Lab.Example.com" }), index);
    assert.equal(m.kind === "matched" && m.computer, labPc);
    assert.equal(m.domainVia, "fqdn");
  });

  test("an FQDN in a domain where the directory has no such computer is not found, even if the name exists elsewhere", () => {
    const m = matchDevice(endpoint({ hostname: "solo.lab.example.com" }), index);
    assert.equal(m.kind, "not_found");
    assert.equal(m.domain, "lab.example.com");
  });

  test("one name in two domains is ambiguous when the domain cannot be told", () => {
    const m = matchDevice(endpoint({ hostname: "pc1", associatedPerson: { viaLogin: "jdoe" } }), index);
    assert.equal(m.kind, "ambiguous");
    assert.equal(m.kind === "ambiguous" && m.candidates.length, 2);
  });

  test("the NetBIOS domain of the login resolves one name in two domains", () => {
    const m = matchDevice(endpoint({ hostname: "pc1", associatedPerson: { viaLogin: "LAB\\jdoe" } }), index);
    assert.equal(m.kind === "matched" && m.computer, labPc);
    assert.equal(m.domainVia, "viaLogin");
    assert.equal(m.domain, "lab.example.com");
  });

  test("a login from another domain falls back to the unique-hostname rule", () => {
    const m = matchDevice(endpoint({ hostname: "SOLO", associatedPerson: { viaLogin: "LAB\\jdoe" } }), index);
    assert.equal(m.kind === "matched" && m.computer, corpOnly);
    assert.equal(m.kind === "matched" && m.basis, "unique_hostname");
  });

  test("an unknown NetBIOS name leaves the domain unknown", () => {
    const m = matchDevice(
      endpoint({ hostname: "pc1", associatedPerson: { viaLogin: "OTHER\\jdoe" } }),
      index,
    );
    assert.equal(m.kind, "ambiguous");
    assert.equal(m.domainVia, "none");
  });

  test("a NetBIOS name the directory pairs with two DNS domains is not used", () => {
    const conflicted = buildDirectoryIndex([
      computer({ name: "PC1", domain: "corp.example.com", netbiosDomain: "CORP" }),
      computer({ name: "PC1", domain: "corp2.example.com", netbiosDomain: "CORP" }),
    ]);
    assert.equal(conflicted.conflictingNetbios.has("CORP"), true);
    const m = matchDevice(
      endpoint({ hostname: "pc1", associatedPerson: { viaLogin: "CORP\\jdoe" } }),
      conflicted,
    );
    assert.equal(m.kind, "ambiguous");
  });

  test("NetBIOS pairs given as options fill in for exports without them", () => {
    const withoutNetbios = computer({ name: "PC1", domain: "corp.example.com", netbiosDomain: undefined });
    const plain = buildDirectoryIndex([withoutNetbios, labPc], {
      netbiosDomains: { corp: "CORP.example.com" },
    });
    const m = matchDevice(endpoint({ hostname: "pc1", associatedPerson: { viaLogin: "corp\\jdoe" } }), plain);
    assert.equal(m.kind === "matched" && m.computer.domain, "corp.example.com");
  });

  test("two directory objects with the same name in the same domain are ambiguous even with an FQDN", () => {
    const dup = buildDirectoryIndex([
      corpPc,
      computer({ name: "PC1", domain: "corp.example.com", source: "b.csv:9" }),
    ]);
    assert.equal(matchDevice(endpoint({ hostname: "pc1.corp.example.com" }), dup).kind, "ambiguous");
  });

  test("a name the directory does not know is not found", () => {
    assert.equal(matchDevice(endpoint({ hostname: "GHOST" }), index).kind, "not_found");
  });

  test("without a directory every device is no_directory, keeping the FQDN domain", () => {
    const m = matchDevice(endpoint({ hostname: "pc9.corp.example.com" }), undefined);
    assert.deepEqual(m, {
      short: "PC9",
      domain: "corp.example.com",
      domainVia: "fqdn",
      kind: "no_directory",
    });
  });

  test("a computer of unknown domain matches an FQDN device of the same unique name", () => {
    const bare = buildDirectoryIndex([
      { name: "KIOSK", distinguishedName: "", enabled: true, source: "export.csv:2" },
    ]);
    assert.equal(matchDevice(endpoint({ hostname: "kiosk.corp.example.com" }), bare).kind, "matched");
  });

  test("correlate pairs every endpoint with its match", () => {
    const out = correlate(
      [endpoint({ hostname: "solo" }), endpoint({ id: "ep-2", hostname: "nope" })],
      index,
    );
    assert.deepEqual(
      out.map((d) => d.match.kind),
      ["matched", "not_found"],
    );
  });
});
