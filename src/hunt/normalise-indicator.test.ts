import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { normaliseIndicator } from "./normalise-indicator.js";

function ok(type: string, value: string, literal = false): { value: string; match: string; type: string } {
  const r = normaliseIndicator({ type, value, literal });
  assert.ok(r.ok, `expected ${type} ${JSON.stringify(value)} to be valid, got ${r.ok ? "" : r.reason}`);
  return { value: r.value, match: r.match, type: r.type };
}

function bad(type: string, value: string, pattern: RegExp, literal = false): void {
  const r = normaliseIndicator({ type, value, literal });
  assert.equal(r.ok, false, `expected ${type} ${JSON.stringify(value)} to be rejected`);
  if (!r.ok) assert.match(r.reason, pattern);
}

describe("normaliseIndicator: ip", () => {
  test("accepts IPv4 and canonicalises IPv6 (RFC 5952, lower case)", () => {
    assert.equal(ok("ip", " 203.0.113.9 ").value, "203.0.113.9");
    assert.equal(ok("ip", "2001:DB8:0:0:0:0:0:1").value, "2001:db8::1");
    assert.equal(ok("ip", "[2001:db8::1]").value, "2001:db8::1");
    assert.equal(ok("ip", "::ffff:1.2.3.4").value, "::ffff:1.2.3.4");
  });
  test("refangs defanged addresses", () => {
    assert.equal(ok("ip", "203[.]0[.]113(.)9").value, "203.0.113.9");
  });
  test("CIDR: /32 collapses, wider prefixes keep match cidr with host bits cleared, /0 is refused", () => {
    assert.deepEqual(ok("ip", "203.0.113.9/32"), { type: "ip", value: "203.0.113.9", match: "exact" });
    assert.deepEqual(ok("ip", "203.0.113.9/24"), { type: "ip", value: "203.0.113.0/24", match: "cidr" });
    assert.deepEqual(ok("ip", "2001:db8::7/64"), { type: "ip", value: "2001:db8::/64", match: "cidr" });
    bad("ip", "0.0.0.0/0", /every address/);
    bad("ip", "10.0.0.0/33", /prefix \/33/);
  });
  test("rejects bad octets, leading zeros, ip:port and garbage with a reason", () => {
    bad("ip", "1.2.3.999", /octet 999 is above 255/);
    bad("ip", "010.1.1.1", /leading zeros/);
    bad("ip", "1.2.3", /four dot-separated/);
    bad("ip", "1.2.3.4:443", /separate port/);
    bad("ip", "evil.example", /use the domain type/);
    bad("ip", "1.2.3.4.5", /four dot-separated/);
    bad("ip", "2001:db8:::1", /not an IPv4 or IPv6/);
  });
  test("keeps a user's % wildcard and marks it", () => {
    assert.deepEqual(ok("ip", "10.1.%"), { type: "ip", value: "10.1.%", match: "wildcard" });
    bad("ip", "%", /only wildcards/);
  });
});

describe("normaliseIndicator: domain and url", () => {
  test("lower-cases, refangs, drops the root dot and converts IDNs to punycode", () => {
    assert.equal(ok("domain", "Evil[.]Example(.)COM.").value, "evil.example.com");
    assert.equal(ok("domain", "bücher.example").value, "xn--bcher-kva.example");
    assert.equal(ok("hostname", "_dmarc.evil.example").type, "domain");
    assert.deepEqual(ok("domain", "*.evil.example"), {
      type: "domain",
      value: "%.evil.example",
      match: "wildcard",
    });
  });
  test("rejects malformed domains naming the problem", () => {
    bad("domain", "http://evil.example/x", /looks like a URL/);
    bad("domain", "1.2.3.4", /IP address/);
    bad("domain", "localhost", /single label/);
    bad("domain", "a..example", /empty label/);
    bad("domain", "-bad.example", /invalid label/);
    bad("domain", `${"a".repeat(64)}.example`, /label of 64/);
    bad("domain", "evil example.com", /not a valid domain|invalid label/);
  });
  test("restores hxxp, hxxps, [:] and [://]; keeps path case; lower-cases scheme and host", () => {
    assert.equal(ok("url", "hxxp://Evil[.]Example/Gate.PHP").value, "http://evil.example/Gate.PHP");
    assert.equal(ok("url", "hXXps://evil[.]example[:]8443/a").value, "https://evil.example:8443/a");
    assert.equal(ok("url", "https[://]evil.example/x").value, "https://evil.example/x");
    assert.equal(ok("url", "evil.example/gate.php").value, "evil.example/gate.php");
  });
  test("treats %XX in a URL as percent-encoding, and % at either end as a wildcard", () => {
    assert.equal(ok("url", "http://evil.example/a%20b").match, "exact");
    assert.equal(ok("url", "%evil.example/gate.php").match, "wildcard");
    assert.equal(ok("url", "http://evil.example/%").match, "wildcard");
  });
  test("rejects URLs without a host, with bad hosts, ports or whitespace", () => {
    bad("url", "/gate.php", /no host/);
    bad("url", "http://bad_host..example/", /invalid host/);
    bad("url", "http://evil.example:99999/", /invalid port/);
    bad("url", "http://evil.example/a b", /whitespace/);
    bad("url", "gate", /no scheme/);
  });
});

describe("normaliseIndicator: port and hashes", () => {
  test("ports are 1-65535 without leading zeros", () => {
    assert.equal(ok("port", "0443").value, "443");
    bad("port", "0", /out of range/);
    bad("port", "65536", /out of range/);
    bad("port", "http", /not a whole number/);
  });
  test("hashes are lower-cased hex of the right length, with a hint on the wrong type", () => {
    assert.equal(ok("sha256", "A".repeat(64)).value, "a".repeat(64));
    assert.equal(ok("sha1", "b".repeat(40)).value, "b".repeat(40));
    assert.equal(ok("md5", "C".repeat(32)).value, "c".repeat(32));
    bad("md5", "a".repeat(64), /64 is the length of a sha256/);
    bad("sha256", `${"a".repeat(63)}g`, /contains "g"/);
    bad("sha1", "abc", /has 3 hex digits/);
    assert.equal(ok("sha256", "abc%").match, "wildcard");
  });
});

describe("normaliseIndicator: files and paths", () => {
  test("filename must be a bare name", () => {
    assert.equal(ok("filename", "invoice.exe").value, "invoice.exe");
    bad("filename", "C:\\x\\invoice.exe", /path separator/);
    bad("filename", "a\u0000b", /control character/);
    bad("filename", "x".repeat(256), /at most 255/);
  });
  test("file_path and file_path_name need an absolute Windows, UNC or POSIX path", () => {
    assert.equal(ok("file_path", "C:/Users/Public/evil.exe").value, "C:\\Users\\Public\\evil.exe");
    assert.equal(ok("file_path_name", "\\\\srv\\share\\evil.exe").value, "\\\\srv\\share\\evil.exe");
    assert.equal(ok("filepath", "/tmp/.x/evil").type, "file_path");
    assert.equal(ok("file_path", "%\\AppData\\Roaming\\evil.exe").match, "wildcard");
    bad("file_path", "AppData\\evil.exe", /not an absolute path/);
    bad("file_path", "C:\\Temp\\", /names a directory/);
  });
  test("pathname takes directories and partial paths", () => {
    assert.equal(ok("pathname", "AppData\\Roaming\\").value, "AppData\\Roaming\\");
    assert.equal(ok("pathname", "c:/temp").value, "c:\\temp");
  });
  test("a literal % is kept as data, not a wildcard", () => {
    assert.equal(ok("filename", "100%.exe", true).match, "exact");
  });
});

describe("normaliseIndicator: types", () => {
  test("unknown types name the accepted ones; empty values are rejected", () => {
    const r = normaliseIndicator({ type: "hash", value: "x" });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.field, "type");
      assert.match(r.reason, /unknown indicator type "hash"; use one of ip, url/);
    }
    bad("domain", "   ", /empty domain value/);
  });
});
