/**
 * A small, fast, seedable PRNG (sfc32) with the helpers the estate generator needs. Determinism is the
 * point: the same seed must give the same estate on every machine, so nothing here may use
 * `Math.random` or the clock.
 */

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const HEX_CODES: number[] = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

// Reused character-code buffers: building flat strings with String.fromCharCode allocates nothing else.
const UUID_SCRATCH: number[] = new Array<number>(36).fill(0);
const SCRATCH = new Map<number, number[]>();
function scratch(length: number): number[] {
  let buffer = SCRATCH.get(length);
  if (!buffer) {
    buffer = new Array<number>(length).fill(0);
    SCRATCH.set(length, buffer);
  }
  return buffer;
}

/** A deterministic random source; `next()` returns a float in [0, 1). */
export interface Rng {
  next(): number;
  /** Unsigned 32-bit integer. */
  u32(): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick by weight: `[[value, weight], ...]`. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T;
  /** A random (version 4 layout) UUID string. */
  uuid(): string;
  /** `length` random characters from `alphabet`. */
  chars(alphabet: string, length: number): string;
}

/** Mix a seed and any number of stream labels into one 32-bit value (so sub-streams are independent). */
function mixSeed(seed: number, ...labels: Array<number | string>): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const label of labels) {
    const text = String(label);
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b) >>> 0;
      h = (h ^ (h >>> 13)) >>> 0;
    }
    h = Math.imul(h ^ 0x2f, 0xc2b2ae35) >>> 0;
  }
  return h >>> 0;
}

/** Create an sfc32 generator from a seed (and optional stream labels). */
export function createRng(seed: number, ...labels: Array<number | string>): Rng {
  let a = mixSeed(seed, "a", ...labels);
  let b = mixSeed(seed, "b", ...labels);
  let c = mixSeed(seed, "c", ...labels);
  let d = 1;
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();
  const next = (): number => u32() / 4294967296;
  const rng: Rng = {
    next,
    u32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (choices) => {
      let total = 0;
      for (const [, weight] of choices) total += weight;
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = choices[choices.length - 1];
      if (!last) throw new Error("weighted pick from an empty list");
      return last[0];
    },
    uuid: () => {
      const codes = UUID_SCRATCH;
      let at = 0;
      for (let word = 0; word < 4; word++) {
        const bits = u32();
        for (let shift = 28; shift >= 0; shift -= 4) {
          if (at === 8 || at === 13 || at === 18 || at === 23) codes[at++] = 45; // "-"
          codes[at++] = HEX_CODES[(bits >>> shift) & 15]!;
        }
      }
      codes[14] = 52; // version 4
      codes[19] = HEX_CODES[8 + (codes[19]! % 4)]!; // variant 10xx
      return String.fromCharCode.apply(null, codes);
    },
    chars: (alphabet, length) => {
      // Several characters per 32-bit draw (as many as fit), instead of one draw per character.
      const codes = scratch(length);
      const base = alphabet.length;
      const perDraw = Math.max(1, Math.floor(32 / Math.log2(base)));
      let bits = 0;
      for (let i = 0; i < length; i++) {
        if (i % perDraw === 0) bits = u32();
        codes[i] = alphabet.charCodeAt(bits % base);
        bits = Math.floor(bits / base);
      }
      return String.fromCharCode.apply(null, codes);
    },
  };
  return rng;
}

/** Two-digit upper-case hex of a byte, e.g. `0A`. */
export function hexByte(value: number): string {
  return HEX[value & 255]!.toUpperCase();
}

/**
 * A flat copy of `text`. Strings built by concatenation are rope ("cons") strings in V8, several
 * times larger than the characters they hold; a million stored endpoints make that matter.
 */
export function flat(text: string): string {
  if (text.length < 13) return text; // V8 copies short concatenations flat already
  const codes = scratch(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return String.fromCharCode.apply(null, codes);
}
