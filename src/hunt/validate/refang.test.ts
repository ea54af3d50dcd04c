import { strict as assert } from "node:assert";
import { test } from "node:test";
import { refang } from "./refang.js";

test("refang restores every common defang form and trims", () => {
  assert.equal(refang("  hxxp://evil[.]example/a  "), "http://evil.example/a");
  assert.equal(refang("HXXPS://evil(.)example"), "https://evil.example");
  assert.equal(refang("hxxps[:]//evil{.}example[:]8443"), "https://evil.example:8443");
  assert.equal(refang("https[://]evil[dot]example"), "https://evil.example");
  assert.equal(refang("user[@]evil[.]example"), "user@evil.example");
});

test("refang leaves clean values unchanged", () => {
  assert.equal(refang("https://evil.example/x?a=[1]"), "https://evil.example/x?a=[1]");
});
