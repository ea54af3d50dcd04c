import { isLoopbackHost } from "../../../dashboard/server/is-loopback-host.js";
import { UsageError } from "../../cli-error.js";

/**
 * Refuse a `--host` other than loopback unless `--allow-remote` says the user means it, and return
 * the warning to print when they do (undefined for loopback). The session token is the only lock and
 * it travels in plain HTTP, so listening beyond this machine is a deliberate choice.
 */
export function checkDashboardHost(host: string, allowRemote: boolean): string | undefined {
  if (host.trim() === "") throw new UsageError('--host "" is empty: give an address such as 127.0.0.1');
  if (isLoopbackHost(host)) return undefined;
  if (!allowRemote) {
    throw new UsageError(
      `--host ${host} would let other machines reach the dashboard; add --allow-remote if that is intended, or keep the default 127.0.0.1 and use an SSH tunnel (ssh -L 7878:127.0.0.1:7878 host)`,
    );
  }
  return (
    `centralctl: warning: the dashboard listens on ${host}: anyone who can reach that port and has the URL ` +
    "can read the state store and Sophos Central data and act on review tickets (open, approve, reject). " +
    "The traffic is plain HTTP; prefer an SSH tunnel to a loopback dashboard.\n"
  );
}
