import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { RunningSimulator } from "../../src/sim/index.js";

/** Ids of the alerts the simulated estate holds that were raised in the last `days` days. */
export function alertIdsWithin(sim: RunningSimulator, days: number): string[] {
  const since = Date.now() - days * 86_400_000;
  return sim.estate.tenants.flatMap((tenant) =>
    tenant.alerts.filter((alert) => Date.parse(alert.raisedAt) >= since).map((alert) => alert.id),
  );
}

/** Write a secret into the workspace and return its `file:` reference (so no token is on the command line). */
export function secretFile(workspace: string, name: string, value: string): string {
  const path = join(workspace, name);
  writeFileSync(path, value, { mode: 0o600 });
  return `file:${path}`;
}

/** A webhook receiver that answers `status()` and keeps the JSON bodies it accepted. */
export async function startWebhookReceiver(): Promise<{
  url: string;
  accepted: Array<Record<string, unknown>>;
  /** Raw bodies and signature headers of every accepted request. */
  requests: Array<{ body: string; signature: string | undefined; timestamp: string | undefined }>;
  setStatus(status: number): void;
  close(): Promise<void>;
}> {
  const accepted: Array<Record<string, unknown>> = [];
  const requests: Array<{ body: string; signature: string | undefined; timestamp: string | undefined }> = [];
  let status = 200;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (status < 300) {
        const raw = Buffer.concat(chunks).toString("utf8");
        const header = (name: string) => request.headers[name] as string | undefined;
        requests.push({
          body: raw,
          signature: header("x-centralctl-signature"),
          timestamp: header("x-centralctl-timestamp"),
        });
        const body = JSON.parse(raw) as unknown;
        accepted.push(...(Array.isArray(body) ? body : [body]));
      }
      response.writeHead(status, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/centralctl`,
    accepted,
    requests,
    setStatus: (next) => (status = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The flags that point `local-sites` at an Intelix simulator, its secret in a workspace file. */
export function intelixFlags(
  intelix: { url: string; tokenUrl: string; clientId: string; clientSecret: string },
  workspace: string,
  overrides: { url?: string; tokenUrl?: string; secret?: string } = {},
): string[] {
  return [
    "--intelix-url",
    overrides.url ?? intelix.url,
    "--intelix-token-url",
    overrides.tokenUrl ?? intelix.tokenUrl,
    "--intelix-client-id",
    intelix.clientId,
    "--intelix-secret",
    secretFile(workspace, "intelix", overrides.secret ?? intelix.clientSecret),
  ];
}
