import { MAC_OUI } from "./names-catalogue.js";
import { flat, hexByte, type Rng } from "./prng.js";

/** The hardware vendor of a generated device; it decides the MAC prefix and serial-number style. */
export type Vendor = keyof typeof MAC_OUI;

const UPPER_ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const HEX_LOWER = "0123456789abcdef";

const HEX_UPPER = "0123456789ABCDEF";
const HEX_LOWER_CODES = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/** A MAC address with the vendor's OUI, upper case and colon separated (as Central reports it). */
export function macAddress(rng: Rng, vendor: Vendor): string {
  const tail = rng.u32();
  return flat(`${MAC_OUI[vendor]}:${hexByte(tail >>> 16)}:${hexByte(tail >>> 8)}:${hexByte(tail)}`);
}

/** The IPv6 link-local address (modified EUI-64, leading zeros dropped) that goes with a MAC address. */
export function linkLocalIpv6(mac: string): string {
  const byte = (i: number): number =>
    (HEX_UPPER.indexOf(mac[i * 3]!) << 4) | HEX_UPPER.indexOf(mac[i * 3 + 1]!);
  const words = [
    ((byte(0) ^ 2) << 8) | byte(1),
    (byte(2) << 8) | 0xff,
    0xfe00 | byte(3),
    (byte(4) << 8) | byte(5),
  ];
  const codes = [102, 101, 56, 48, 58, 58]; // "fe80::"
  words.forEach((word, w) => {
    if (w > 0) codes.push(58);
    let started = false;
    for (let shift = 12; shift >= 0; shift -= 4) {
      const digit = (word >>> shift) & 15;
      if (digit === 0 && !started && shift > 0) continue;
      started = true;
      codes.push(HEX_LOWER_CODES[digit]!);
    }
  });
  return String.fromCharCode.apply(null, codes);
}

/** A private IPv4 address, unique per (index) within a tenant: clients on 10/8, servers on 172.16/12. */
export function ipv4Address(index: number, server: boolean): string {
  const n = index + 1;
  if (server) return flat(`172.${16 + ((n >>> 16) & 15)}.${(n >>> 8) & 255}.${n & 255 || 1}`);
  return flat(`10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255 || 1}`);
}

/** A serial number in the style of the vendor (Dell service tag, HP, Lenovo, Apple, VMware). */
export function serialNumber(rng: Rng, vendor: Vendor): string {
  switch (vendor) {
    case "dell":
      return rng.chars(UPPER_ALNUM, 7);
    case "hp":
      return `5CG${rng.chars(UPPER_ALNUM, 7)}`;
    case "lenovo":
      return `PF${rng.chars(UPPER_ALNUM, 6)}`;
    case "apple":
      return `C02${rng.chars(UPPER_ALNUM, 9)}`;
    case "vmware":
    case "hyperv": {
      const hex = rng.chars(HEX_LOWER, 32);
      const pairs = hex.match(/../g)!;
      return flat(`VMware-${pairs.slice(0, 8).join(" ")}-${pairs.slice(8, 16).join(" ")}`);
    }
  }
}

/** A tamper-protection password as Central generates them: 16 upper-case letters and digits. */
export function tamperPassword(rng: Rng): string {
  return rng.chars(UPPER_ALNUM, 16);
}
