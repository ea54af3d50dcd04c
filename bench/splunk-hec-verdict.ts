/**
 * Which side of bench/splunk-hec.ts bounds the throughput, from CPU time per event: 1 s divided by
 * a side's µs per event is what one core can do for it, and the side that can do less is the
 * bottleneck. CPU per event (not wall time) is used because the machine is shared and busy.
 */
export function bottleneckVerdict(senderUs: number, simUs: number, recordUs: number): string {
  const perCore = (us: number): string => Math.round(1e6 / us).toLocaleString("en");
  const collectorBound = simUs >= senderUs;
  const [who, other] = collectorBound
    ? ["the collector (simulator)", "sender"]
    : ["the sender (centralctl)", "collector"];
  const busy = Math.round((Math.min(senderUs, simUs) / Math.max(senderUs, simUs)) * 100);
  return (
    `  bottleneck: ${who}. Per core: collector ${perCore(simUs)} events/s, sender ${perCore(senderUs)} ` +
    `events/s (sink alone, without making the records: ${perCore(senderUs - recordUs)}); ` +
    `bound ${perCore(Math.max(senderUs, simUs))} events/s, at which the ${other} keeps ${busy}% of a core busy.`
  );
}
