import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { compileGlobs } from "./compile-globs.js";

describe("compileGlobs", () => {
  const match = compileGlobs(["LAB-*", "*-test?", "kiosk01", "*.lab.example.com", "a+b(c)*"]);

  test("returns the pattern that matched, case-insensitively", () => {
    assert.equal(match("LAB-WIN10-07"), "LAB-*");
    assert.equal(match("PC-TEST1"), "*-test?");
    assert.equal(match("KIOSK01"), "kiosk01");
    assert.equal(match("PC1.LAB.EXAMPLE.COM"), "*.lab.example.com");
  });

  test("matches whole names only", () => {
    assert.equal(match("XLAB-1"), undefined);
    assert.equal(match("PC-TEST12"), undefined);
    assert.equal(match("KIOSK011"), undefined);
  });

  test("treats regex characters in a pattern literally", () => {
    assert.equal(match("A+B(C)X"), "a+b(c)*");
    assert.equal(match("AAB(C)X"), undefined);
  });

  test("handles several stars, a lone ?, and back-tracking", () => {
    const m = compileGlobs(["*A*B*", "PC??", "*AB", "X*Y*Z"]);
    assert.equal(m("XXAYYBZZ"), "*A*B*");
    assert.equal(m("PC12"), "PC??");
    assert.equal(m("PC123"), undefined);
    assert.equal(m("XAYAZ"), "X*Y*Z");
    assert.equal(m("XAYAQ"), undefined);
    assert.equal(compileGlobs(["*A*B*"])("AAB"), "*A*B*");
    assert.equal(compileGlobs(["*AB"])("AAB"), "*AB");
    assert.equal(compileGlobs(["*"])(""), "*");
    assert.equal(compileGlobs(["A*A"])("A"), undefined);
  });

  test("an empty pattern list matches nothing", () => {
    assert.equal(compileGlobs([])("ANY"), undefined);
  });
});
