import { html, type SafeHtml } from "../html.js";
import { badge } from "./page-fragments.js";
import { formatAge, formatTime } from "./format-time.js";
import { formatBytes } from "./format-quantity.js";
import type { SpoolQueueView } from "./load-delivery.js";

function row(q: SpoolQueueView, now: Date): SafeHtml {
  return html`<tr>
    <td><code>${q.queue}</code> ${q.dead ? badge("error", "dead letters") : badge("warn", "waiting")}</td>
    <td class="num">${q.items}</td>
    <td class="num">
      ${q.records}${q.unreadable > 0 ? html` <span class="muted">(${q.unreadable} unreadable)</span>` : false}
    </td>
    <td class="num">${formatBytes(q.bytes)}</td>
    <td>${formatTime(q.oldestAt)} <span class="muted">${formatAge(q.oldestAt, now)}</span></td>
  </tr>`;
}

/** The Delivery page: what waits in the spool for Splunk, webhooks and other sinks (sizes, never contents). */
export function renderDelivery(queues: readonly SpoolQueueView[], now: Date): SafeHtml {
  if (queues.length === 0) {
    return html`<h1>Delivery</h1>
      <p class="empty">
        Nothing is waiting: every record sent to a sink (Splunk HEC, webhook) was delivered.
      </p>`;
  }
  const dead = queues.some((q) => q.dead);
  return html`<h1>Delivery</h1>
    <p class="note">
      These records were accepted by centralctl but not yet confirmed by their receiver (it was down, slow or
      refused them). The next run of a command that sends to that sink delivers them first, oldest first,
      before anything new. Contents are not shown here: they may hold customer data.
    </p>
    ${
      dead
        ? html`<p class="note">
            A <code>:dead</code> queue holds batches the receiver rejected for good (for example malformed
            data or a wrong index). They are never re-sent by themselves; fix the cause and check the
            receiver's logs.
          </p>`
        : false
    }
    <table class="data">
      <thead>
        <tr>
          <th>Queue</th>
          <th class="num">Items</th>
          <th class="num">Records</th>
          <th class="num">Size</th>
          <th>Oldest</th>
        </tr>
      </thead>
      <tbody>
        ${queues.map((q) => row(q, now))}
      </tbody>
    </table>`;
}
