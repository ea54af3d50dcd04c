import { strict as assert } from "node:assert";
import { after, test } from "node:test";
import { Agent, fetch } from "undici";
import { startSimulator } from "../../src/sim/index.js";
import { makeSelfSigned } from "../support/self-signed.js";

const made = makeSelfSigned();
const pair = "skip" in made ? undefined : made;
after(() => pair?.cleanup());

test(
  "with a PEM pair the simulator serves HTTPS that a client trusting that CA can use",
  { skip: "skip" in made ? made.skip : false },
  async () => {
    const sim = await startSimulator({
      seed: 91,
      tenants: 1,
      endpointsPerTenant: 3,
      tls: { key: pair!.key, cert: pair!.cert },
    });
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
