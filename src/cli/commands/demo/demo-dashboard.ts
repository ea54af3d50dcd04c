import type { CentralClient } from "../../../central/index.js";
import { openStore } from "../../../store/index.js";
import type { CommandContext } from "../../context.js";
import { startDashboard } from "../dashboard/start-dashboard.js";
import { waitForStopSignal } from "../dashboard/wait-for-stop-signal.js";

/**
 * `demo --dashboard`: after the walkthrough, serve the dashboard over the demo's own state store
 * (its plan, journal and review queue) with the estate page reading the still-running simulator,
 * until Ctrl-C. The quickest way to see the dashboard with real data in it.
 */
export async function demoDashboard(
  context: CommandContext,
  out: (text?: string) => void,
  options: { stateFile: string; client: CentralClient; port: number },
): Promise<void> {
  const store = openStore(options.stateFile);
  try {
    const dashboard = await startDashboard({
      context: {
        store,
        actor: "dashboard:demo",
        now: () => new Date(),
        central: async () => options.client,
      },
      host: "127.0.0.1",
      port: options.port,
      logger: context.logger,
    });
    out(`7. Dashboard over the demo's state store and the simulator (Ctrl-C stops both):`);
    out(`centralctl dashboard: open ${dashboard.url}`);
    await waitForStopSignal();
    await dashboard.close();
  } finally {
    store.close();
  }
}
