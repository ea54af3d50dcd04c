import type { SeededRandom } from "./seeded-random.js";
import type { MispSimAttributeInput, MispSimEventInput } from "./sim-types.js";

const DAY = 86_400;

function ip(rng: SeededRandom, net: "203.0.113" | "198.51.100" | "192.0.2"): string {
  return `${net}.${rng.int(1, 254)}`;
}

function domain(rng: SeededRandom, label: string): string {
  return `${label}-${rng.hex(6)}.example-bad.net`;
}

// One event holding every attribute shape the hunter must handle: plain and composite IOC types,
// file-object paths, unsupported types, warninglisted, deleted and non-IDS attributes.
function showcase(rng: SeededRandom): MispSimAttributeInput[] {
  const c2 = domain(rng, "c2");
  return [
    { type: "ip-dst", value: ip(rng, "203.0.113") },
    { type: "ip-src", value: ip(rng, "198.51.100") },
    { type: "domain", value: c2 },
    { type: "hostname", value: `mail.${c2}` },
    { type: "url", value: `https://${c2}/gate.php?id=7` },
    { type: "sha256", value: rng.digest("sha256"), tags: ["kill-chain:delivery"] },
    { type: "sha1", value: rng.digest("sha1") },
    { type: "md5", value: rng.digest("md5") },
    { type: "filename|sha256", value: `invoice.exe|${rng.digest("sha256")}` },
    { type: "filename|md5", value: `loader.dll|${rng.digest("md5")}` },
    { type: "filename|sha1", value: `svc.exe|${rng.digest("sha1")}` },
    { type: "ip-dst|port", value: `${ip(rng, "198.51.100")}|8443` },
    { type: "hostname|port", value: `relay.${c2}|443` },
    { type: "domain|ip", value: `cdn.${c2}|${ip(rng, "203.0.113")}` },
    { type: "port", value: "4444", toIds: false },
    { type: "filename", value: "C:\\Users\\Public\\evil.exe" },
    { type: "text", value: "C:\\ProgramData\\emotet\\run.exe", objectRelation: "fullpath" },
    { type: "text", value: "C:\\ProgramData\\emotet", objectRelation: "path" },
    { type: "regkey", value: "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\updater" },
    { type: "mutex", value: "Global\\EMOTET_MTX" },
    { type: "sha512", value: rng.hex(128) },
    { type: "link", value: "https://blog.example.org/emotet-analysis", toIds: false },
    { type: "uri", value: "/wp-content/plugins/gate.php" },
    { type: "ip-dst", value: "8.8.8.8", onWarninglist: true },
    { type: "domain", value: "google.com", onWarninglist: true },
    { type: "ip-dst", value: ip(rng, "192.0.2"), deleted: true },
    { type: "domain", value: domain(rng, "context"), toIds: false },
  ];
}

function bulk(rng: SeededRandom, size: number): MispSimAttributeInput[] {
  // Values derive from the index so that all `size` attributes are distinct.
  return Array.from({ length: size }, (_, i): MispSimAttributeInput => {
    switch (i % 5) {
      case 0:
        return { type: "sha256", value: rng.digest("sha256") };
      case 1:
        return { type: "ip-dst", value: `100.${64 + ((i >> 16) & 63)}.${(i >> 8) & 255}.${i & 255}` };
      case 2:
        return { type: "domain", value: `bulk${i}.example-bad.net` };
      case 3:
        return { type: "url", value: `http://bulk${i}.example-bad.net/p/${i}` };
      default:
        return { type: "md5", value: rng.digest("md5") };
    }
  });
}

/** A bulk event (tlp:white, published a day before `nowSec`) with `size` distinct attributes. */
export function generateBulkEvent(rng: SeededRandom, nowSec: number, size: number): MispSimEventInput {
  return {
    info: "Bulk IOC feed dump",
    publishTimestamp: nowSec - DAY,
    tags: ["tlp:white", "feed:bulk"],
    attributes: bulk(rng, size),
  };
}

/**
 * Deterministic events for a seed, relative to `nowSec`: a showcase event (tlp:white, published
 * 2 days ago), a tlp:red event (45 days), an unpublished tlp:green draft and a tlp:clear OSINT
 * event (10 days).
 */
export function generateEvents(rng: SeededRandom, nowSec: number): MispSimEventInput[] {
  return [
    {
      info: "Emotet C2 infrastructure",
      publishTimestamp: nowSec - 2 * DAY,
      tags: ["tlp:white", 'misp-galaxy:malpedia="Emotet"'],
      attributes: showcase(rng),
    },
    {
      info: "Targeted phishing wave (restricted)",
      publishTimestamp: nowSec - 45 * DAY,
      tags: ["tlp:red"],
      attributes: [
        { type: "domain", value: domain(rng, "login") },
        { type: "url", value: `https://${domain(rng, "portal")}/auth` },
        { type: "sha256", value: rng.digest("sha256") },
        { type: "ip-src", value: ip(rng, "192.0.2") },
      ],
    },
    {
      info: "Draft: ransomware notes",
      published: false,
      tags: ["tlp:green"],
      attributes: [
        { type: "sha256", value: rng.digest("sha256") },
        { type: "domain", value: domain(rng, "leak") },
        { type: "ip-dst", value: ip(rng, "203.0.113") },
      ],
    },
    {
      info: "Commodity stealer (OSINT)",
      publishTimestamp: nowSec - 10 * DAY,
      tags: ["tlp:clear", "type:OSINT"],
      attributes: [
        { type: "ip-dst", value: ip(rng, "198.51.100") },
        { type: "sha256", value: rng.digest("sha256") },
        { type: "domain", value: domain(rng, "stealer") },
      ],
    },
  ];
}
