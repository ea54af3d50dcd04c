import { strict as assert } from "node:assert";
import { test } from "node:test";
import { mispAttributeToEntries } from "./misp-attribute-to-entries.js";

const map = (type: string, value: string, object_relation?: string): unknown =>
  mispAttributeToEntries({ type, value, object_relation });
const e = (type: string, value: string, literal = true): unknown => ({ type, value, literal });

test("maps plain MISP types per the reference table", () => {
  assert.deepEqual(map("ip-src", "203.0.113.9"), { entries: [e("ip", "203.0.113.9")] });
  assert.deepEqual(map("hostname", "a.evil.example"), { entries: [e("domain", "a.evil.example")] });
  assert.deepEqual(map("uri", "https://evil.example/x"), { entries: [e("url", "https://evil.example/x")] });
  assert.deepEqual(map("md5", "d41d8cd98f00b204e9800998ecf8427e"), {
    entries: [e("md5", "d41d8cd98f00b204e9800998ecf8427e")],
  });
});

test("splits composite types into both parts", () => {
  assert.deepEqual(map("ip-dst|port", "2001:db8::1|443"), {
    entries: [e("ip", "2001:db8::1"), e("port", "443")],
  });
  assert.deepEqual(map("hostname|port", "c2.example|8443"), {
    entries: [e("domain", "c2.example"), e("port", "8443")],
  });
  assert.deepEqual(map("domain|ip", "c2.example|203.0.113.9"), {
    entries: [e("domain", "c2.example"), e("ip", "203.0.113.9")],
  });
  assert.deepEqual(map("filename|sha1", "a.exe|" + "b".repeat(40)), {
    entries: [e("filename", "a.exe"), e("sha1", "b".repeat(40))],
  });
  assert.deepEqual(map("filename|sha256", "C:\\x\\a.exe|" + "c".repeat(64)), {
    entries: [e("file_path", "C:\\x\\a.exe"), e("sha256", "c".repeat(64))],
  });
  assert.ok("malformed" in (mispAttributeToEntries({ type: "ip-dst|port", value: "1.2.3.4" }) as object));
});

test("filenames with separators become paths; file-object fullpath/path become file_path/pathname", () => {
  assert.deepEqual(map("filename", "C:\\Users\\Public\\evil.exe"), {
    entries: [e("file_path", "C:\\Users\\Public\\evil.exe")],
  });
  assert.deepEqual(map("filename", "Roaming\\evil.exe"), { entries: [e("pathname", "Roaming\\evil.exe")] });
  assert.deepEqual(map("text", "C:\\ProgramData\\x\\run.exe", "fullpath"), {
    entries: [e("file_path", "C:\\ProgramData\\x\\run.exe")],
  });
  assert.deepEqual(map("text", "C:\\ProgramData\\x", "path"), {
    entries: [e("pathname", "C:\\ProgramData\\x")],
  });
});

test("unsupported types are skipped with a reason", () => {
  for (const [type, reason] of [
    ["regkey", /no equivalent indicator type/],
    ["text", /no equivalent indicator type/],
    ["sha512", /hash types hunted: md5, sha1, sha256/],
    ["filename|imphash", /hash types hunted/],
    ["link", /reference link/],
  ] as const) {
    const r = mispAttributeToEntries({ type, value: "x" });
    assert.ok("skip" in r, type);
    if ("skip" in r) assert.match(r.skip, reason);
  }
});

test("path-only uris are skipped unless asked for, then hunted as a leading wildcard", () => {
  assert.ok("skip" in mispAttributeToEntries({ type: "uri", value: "/gate.php" }));
  assert.deepEqual(
    mispAttributeToEntries({ type: "uri", value: "/gate.php" }, { includePathOnlyUris: true }),
    { entries: [e("url", "%/gate.php", false)] },
  );
});
