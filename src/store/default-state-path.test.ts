import { strict as assert } from "node:assert";
import { test } from "node:test";
import { defaultStatePath } from "./default-state-path.js";

test("the default state file is state.db in the user's data directory for centralctl", () => {
  const saved = process.env.XDG_DATA_HOME;
  process.env.XDG_DATA_HOME = "/data/home";
  try {
    if (process.platform === "linux") assert.equal(defaultStatePath(), "/data/home/centralctl/state.db");
    assert.match(defaultStatePath(), /centralctl[/\\]state\.db$/);
  } finally {
    if (saved === undefined) delete process.env.XDG_DATA_HOME;
    else process.env.XDG_DATA_HOME = saved;
  }
});
