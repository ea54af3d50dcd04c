import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Action, Plan } from "../../../hygiene/index.js";
import type { RunningSimulator, SimCredential } from "../../../sim/index.js";
import { renderTable } from "../../output/render-table.js";
import { runCapturedCli, type CapturedRun } from "../../run-captured-cli.js";

/** What the hygiene section did, for the demo's exit code and its test. */
export interface HygieneDemoResult {
  totals: Record<Action, number>;
  deleted: number;
  goneFromSimulator: number;
  journalVerified: boolean;
}

const ACTIONS: Action[] = ["delete", "review", "keep", "skip"];
const MAX_DELETES = 3;

// The demo's policy: retire what AD moved to "Disabled Computers", never touch domain controllers.
const POLICY_TEXT = "computers in Disabled Computers are retired; domain controllers are off limits";
const policy = (retiredOus: string[]): object => ({
  description: `centralctl demo: ${POLICY_TEXT}`,
  retiredOus,
  exclusions: { groups: ["Domain Controllers"] },
});

/**
 * Section 6: the hygiene flow, through the real commands against the simulator: write the estate's
 * directory as an AD export, `hygiene plan`, a dry-run `hygiene apply`, an `--apply` limited to a
 * few deletions with a throw-away escrow key, the deletions checked in the simulator, `audit
 * --verify`, and the review queue. Everything happens in `folder` (the state store is `state.db`
 * there), which the caller creates and removes.
 */
export async function demoHygiene(
  out: (text?: string) => void,
  sim: RunningSimulator,
  credential: SimCredential,
  folder: string,
): Promise<HygieneDemoResult | undefined> {
  const { writeDirectoryExport } = await import("../../../sim/estate/directory/write-directory-export.js");
  const written = await writeDirectoryExport(
    sim.estate,
    join(folder, "ad-computers.csv"),
    join(folder, "vip-users.txt"),
  );
  if (written === undefined) return undefined;
  await writeFile(join(folder, "config.json"), "{}\n");
  await writeFile(join(folder, "policy.json"), `${JSON.stringify(policy(written.retiredOus), null, 2)}\n`);
  const env = {
    CENTRALCTL_ID_URL: sim.idUrl,
    CENTRALCTL_API_URL: sim.apiUrl,
    SOPHOS_CLIENT_ID: credential.clientId,
    SOPHOS_CLIENT_SECRET: credential.clientSecret,
    CENTRALCTL_ESCROW_KEY: randomBytes(32).toString("base64"),
  };
  const cli = async (args: string[]): Promise<CapturedRun> => {
    const base = ["--quiet", "--state", join(folder, "state.db"), "--config", join(folder, "config.json")];
    const run = await runCapturedCli([...base, ...args], env);
    // Partial (some tenants failed) is shown as it is; anything else stops the section.
    if (run.code !== 0 && run.code !== 3)
      throw new Error(`centralctl ${args.slice(0, 2).join(" ")} failed: ${run.stderr.trim()}`);
    return run;
  };

  out(
    `6. Hygiene: the estate's Active Directory (${written.computers} computers in ${written.netbiosDomains.length} domains, ` +
      `${written.vipUsers} VIP users) exported as a Get-ADComputer CSV and run through the real commands`,
  );
  await cli([
    "hygiene",
    "plan",
    "--directory-file",
    written.directoryFile,
    "--vip-users",
    written.vipUsersFile,
    ...written.netbiosDomains.flatMap((pair) => ["--netbios-domain", pair]),
    "--policy",
    join(folder, "policy.json"),
    "--plan-file",
    join(folder, "plan.json"),
  ]);
  const plan = JSON.parse(await readFile(join(folder, "plan.json"), "utf8")) as Plan;
  const totals = Object.fromEntries(ACTIONS.map((a) => [a, plan.summary.totals[a] ?? 0])) as Record<
    Action,
    number
  >;
  out(`   hygiene plan: ${ACTIONS.map((a) => `${a} ${totals[a]}`).join(", ")} (policy: ${POLICY_TEXT})`);
  out(renderTable(["action", "devices", "decided most often by"], reasonRows(plan)));

  const dryRun = await cli(["hygiene", "apply", plan.id]);
  out(`   hygiene apply (dry run): ${firstLine(dryRun.stderr)}`);
  const applied = await cli([
    "hygiene",
    "apply",
    plan.id,
    "--apply",
    "--max-deletes",
    String(MAX_DELETES),
    "--rate",
    "0",
    "-o",
    "ndjson",
  ]);
  const deleted = ndjson(applied.stdout).filter((r) => r["outcome"] === "deleted");
  const live = new Set(sim.estate.tenants.flatMap((t) => t.endpoints.map((e) => e.id)));
  const gone = deleted.filter((r) => !live.has(String(r["endpointId"]))).length;
  out(`   hygiene apply --apply --max-deletes ${MAX_DELETES}: ${firstLine(applied.stderr)}`);
  out(
    `   deleted ${deleted.map((r) => String(r["hostname"])).join(", ")} (tamper-protection passwords escrowed ` +
      `under a throw-away key): ${gone} of ${deleted.length} gone from the simulator`,
  );
  const verify = await cli(["audit", "--verify"]);
  const verdict = /intact: (\d+) entries/.exec(verify.stdout);
  out(
    `   audit --verify: ${verdict ? `journal intact, ${verdict[1]} entries, hash chain verified` : verify.stderr.trim()}`,
  );

  const review = ndjson((await cli(["hygiene", "review", "-o", "ndjson"])).stdout);
  out(`   hygiene review: ${review.length} devices wait for a human; the first five:`);
  out(
    renderTable(
      ["hostname", "reasons"],
      review.slice(0, 5).map((r) => [String(r["hostname"]), String(r["reasons"])]),
    ),
  );
  return { totals, deleted: deleted.length, goneFromSimulator: gone, journalVerified: verdict !== null };
}

/** Per action: how many devices, and the two reasons that most often decided it (the first reason). */
function reasonRows(plan: Plan): string[][] {
  return ACTIONS.map((action) => {
    const counts = new Map<string, number>();
    const decisions = plan.decisions.filter((d) => d.action === action);
    for (const d of decisions) {
      const decisive = d.reasons[0];
      if (decisive !== undefined) counts.set(decisive, (counts.get(decisive) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2);
    return [action, String(decisions.length), top.map(([code, n]) => `${code} ${n}`).join(", ")];
  });
}

function ndjson(text: string): Array<Record<string, unknown>> {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
