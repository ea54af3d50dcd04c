import type { HuntRun } from "../../store/index.js";

// Safe characters stay bare; anything else is single-quoted, so a hostile hunt name pastes as text.
const quote = (s: string): string => (/^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * The `centralctl hunt` command that runs the same hunt again, or undefined when the source is not
 * known (inline IOC JSON is not kept). The MISP URL and key are not part of it: they come from
 * MISP_URL and MISP_API_KEY (or `--misp-url`) as before.
 *
 * @example rerunCommand(run) // "centralctl hunt --misp-event 42 --api both --name weekly"
 */
export function rerunCommand(
  run: Pick<HuntRun, "source" | "api" | "name" | "from" | "to" | "tenantFilter">,
): string | undefined {
  const { source } = run;
  if (source.kind === "inline") return undefined;
  const args =
    source.kind === "file"
      ? ["--iocs", quote(source.path)]
      : [
          ...source.events.flatMap((e) => ["--misp-event", quote(e)]),
          ...source.tags.flatMap((t) => ["--misp-tag", quote(t)]),
        ];
  if (args.length === 0) return undefined;
  return [
    "centralctl hunt",
    ...args,
    "--api",
    run.api,
    ...(run.from === undefined ? [] : ["--from", quote(run.from)]),
    ...(run.to === undefined ? [] : ["--to", quote(run.to)]),
    ...run.tenantFilter.flatMap((t) => ["--tenant", quote(t)]),
    "--name",
    quote(run.name),
  ].join(" ");
}
