import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { Agent, fetch } from "undici";
import { startSimulator } from "../../src/sim/index.js";

function selfSignedPair(): { key: string; cert: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), "centralctl-tls-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return {
      key: readFileSync(join(dir, "key.pem"), "utf8"),
      cert: readFileSync(join(dir, "cert.pem"), "utf8"),
    };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pair = selfSignedPair();

test(
  "with a PEM pair the simulator serves HTTPS that a client trusting that CA can use",
  { skip: pair ? false : "openssl is not installed" },
  async () => {
    const sim = await startSimulator({ seed: 91, tenants: 1, endpointsPerTenant: 3, tls: pair! });
    const trusting = new Agent({ connect: { ca: pair!.cert } });
    try {
      assert.match(sim.idUrl, /^https:\/\/127\.0\.0\.1:\d+\/id$/);
      const partner = sim.credentials.find((c) => c.kind === "partner")!;
      const token = await fetch(`${sim.idUrl}/api/v2/oauth2/token`, {
        method: "POST",
        dispatcher: trusting,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: partner.clientId,
          client_secret: partner.clientSecret,
          scope: "token",
        }).toString(),
      });
      assert.equal(token.status, 200);
      await assert.rejects(
        fetch(`${sim.apiUrl}/whoami/v1`),
        "a client without the CA refuses the certificate",
      );
    } finally {
      await trusting.close();
      await sim.close();
    }
  },
);
