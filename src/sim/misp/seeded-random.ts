import { createHash } from "node:crypto";

/** A small deterministic random source (mulberry32), so generated data is the same for a seed. */
export class SeededRandom {
  private state: number;
  private counter = 0;

  constructor(private readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** `length` lower-case hex digits. */
  hex(length: number): string {
    let out = "";
    while (out.length < length) out += this.int(0, 0xffff).toString(16).padStart(4, "0");
    return out.slice(0, length);
  }

  /** A version-4-shaped UUID. */
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** A hash value unique within this source (the digest of seed and a counter), for realistic IOCs. */
  digest(algorithm: "md5" | "sha1" | "sha256"): string {
    return createHash(algorithm).update(`${this.seed}:${this.counter++}`).digest("hex");
  }
}
