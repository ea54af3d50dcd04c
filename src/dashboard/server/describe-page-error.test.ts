import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { z } from "zod";
import { AuthenticationError } from "../../central/index.js";
import { StoreError } from "../../store/index.js";
import { registerSecret } from "../../util/redact.js";
import { describePageError } from "./describe-page-error.js";

describe("describePageError", () => {
  test("a store error shows its own message as a 500", () => {
    const view = describePageError(new StoreError("no plan abc in /tmp/state.db; run hygiene plan"));
    assert.deepEqual(view, {
      status: 500,
      message: "no plan abc in /tmp/state.db; run hygiene plan",
      expected: true,
    });
  });

  test("an error carrying exit code 2 (a usage error) is bad input: 400", () => {
    const usage = Object.assign(new Error("--state must be a file"), { exitCode: 2 });
    assert.equal(describePageError(usage).status, 400);
  });

  test("invalid input caught by a schema is a 400 with the schema's readable message", () => {
    const result = z.object({ page: z.number() }).safeParse({ page: "x" });
    const view = describePageError(result.error);
    assert.equal(view.status, 400);
    assert.match(view.message, /page/);
  });

  test("a credential error from Central shows its message", () => {
    const view = describePageError(new AuthenticationError("Sophos Central refused the client id"));
    assert.equal(view.message, "Sophos Central refused the client id");
    assert.equal(view.expected, true);
  });

  test("a bug shows its message with a pointer to the log, and a registered secret never appears", () => {
    registerSecret("s3cr3t-value-123");
    const view = describePageError(new TypeError("cannot read x of s3cr3t-value-123"));
    assert.equal(view.status, 500);
    assert.equal(view.expected, false);
    assert.ok(!view.message.includes("s3cr3t-value-123"));
    assert.match(view.message, /--verbose/);
  });
});
