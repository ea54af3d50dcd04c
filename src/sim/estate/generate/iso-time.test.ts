import { strict as assert } from "node:assert";
import { test } from "node:test";
import { isoTime } from "./iso-time.js";

test("isoTime formats exactly like Date#toISOString across the 0000-9999 range", () => {
  const samples = [
    0, 1, 999, 86_399_999, 951_782_400_000, 1_709_251_199_999, 253_402_300_799_999, -62_167_219_200_000,
  ];
  let x = 12345;
  for (let i = 0; i < 2000; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    samples.push(Math.floor((x / 2147483648) * 253_402_300_799_999));
  }
  for (const ms of samples) assert.equal(isoTime(ms), new Date(ms).toISOString(), `ms=${ms}`);
});
