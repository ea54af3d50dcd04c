import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { buildQuery, joinUrl, normaliseBaseUrl, pathSegment } from "./join-url.js";

describe("joinUrl", () => {
  test("keeps the base path of simulator-style bases", () => {
    assert.equal(joinUrl("http://127.0.0.1:9/api", "/whoami/v1"), "http://127.0.0.1:9/api/whoami/v1");
    assert.equal(
      joinUrl("http://127.0.0.1:9/region/eu01/", "endpoint/v1/endpoints"),
      "http://127.0.0.1:9/region/eu01/endpoint/v1/endpoints",
    );
  });

  test("normalises trailing slashes on the base", () => {
    assert.equal(
      joinUrl("https://api.central.sophos.com///", "/whoami/v1"),
      "https://api.central.sophos.com/whoami/v1",
    );
    assert.equal(
      normaliseBaseUrl(" https://api-us01.central.sophos.com/ "),
      "https://api-us01.central.sophos.com",
    );
  });

  test("appends the query and percent-encodes opaque keys", () => {
    assert.equal(
      joinUrl("http://h", "/endpoint/v1/endpoints", { pageFromKey: "a+b/c==", view: "full" }),
      "http://h/endpoint/v1/endpoints?pageFromKey=a%2Bb%2Fc%3D%3D&view=full",
    );
  });
});

describe("buildQuery", () => {
  test("joins arrays with commas, formats dates as ISO and drops empty values", () => {
    const q = buildQuery({
      healthStatus: ["bad", "suspicious"],
      lastSeenBefore: new Date("2024-05-01T10:00:00Z"),
      online: false,
      pageSize: 500,
      skipped: undefined,
      none: null,
      empty: [],
    });
    assert.equal(
      q,
      "healthStatus=bad,suspicious&lastSeenBefore=2024-05-01T10%3A00%3A00.000Z&online=false&pageSize=500",
    );
  });

  test("returns an empty string without parameters", () => {
    assert.equal(buildQuery(undefined), "");
    assert.equal(buildQuery({}), "");
  });
});

test("pathSegment stops an id from escaping its path segment", () => {
  assert.equal(pathSegment("../x?y"), "..%2Fx%3Fy");
});
