import { strict as assert } from "node:assert";
import { test } from "node:test";
import { buildMispSearchBody, checkMispTimeFilter } from "./build-misp-search-body.js";

test("defaults: JSON, event tags, IDS-only, warninglists enforced, paging", () => {
  assert.deepEqual(buildMispSearchBody({ url: "u", apiKey: "k", eventIds: [12] }, 3), {
    returnFormat: "json",
    includeEventTags: true,
    includeEventUuid: true,
    enforceWarninglist: true,
    limit: 1000,
    page: 3,
    eventid: { OR: ["12"] },
    to_ids: 1,
  });
});

test("tags with NOT and AND, types, published and the window are passed through", () => {
  const body = buildMispSearchBody(
    {
      url: "u",
      apiKey: "k",
      tags: ["tlp:%"],
      excludeTags: ["tlp:red"],
      requireTags: ["osint"],
      types: ["ip-dst"],
      toIds: "any",
      published: true,
      publishedWithin: ["30d", "1d"],
      enforceWarninglist: false,
      pageSize: 50,
    },
    1,
  );
  assert.deepEqual(body["tags"], { OR: ["tlp:%"], NOT: ["tlp:red"], AND: ["osint"] });
  assert.deepEqual(body["type"], { OR: ["ip-dst"] });
  assert.equal("to_ids" in body, false);
  assert.equal(body["published"], true);
  assert.deepEqual(body["publish_timestamp"], ["30d", "1d"]);
  assert.equal(body["enforceWarninglist"], false);
  assert.equal(body["limit"], 50);
});

test("time filters are checked before sending", () => {
  assert.equal(checkMispTimeFilter("30d"), undefined);
  assert.equal(checkMispTimeFilter(1700000000), undefined);
  assert.match(checkMispTimeFilter("last month") ?? "", /30d, 12h/);
  assert.match(checkMispTimeFilter(["1d", "soon"]) ?? "", /30d/);
});
