import { z } from "zod";
import { ipCategoryRisk } from "./ip-category-risk.js";
import { ReputationError } from "./reputation-error.js";
import { RISK_LEVELS, type SiteReputation } from "./site-reputation.js";

const urlReply = z.looseObject({
  requestId: z.string().optional(),
  productivityCategory: z.string().optional(),
  securityCategory: z.string().optional(),
  // Unknown or missing levels count as unclassified, so they are never deleted.
  riskLevel: z.string().optional(),
});

// The public Python client reads `requestID` for IP lookups and `requestId` for URLs (U); take either.
// `category` is a list in the MISP module and may be a single string in the reference connector.
const ipReply = z.looseObject({
  requestId: z.string().optional(),
  requestID: z.string().optional(),
  category: z.union([z.array(z.string()), z.string()]).optional(),
});

/**
 * Turn one Intelix lookup answer into a reputation. 404 means Intelix holds no record (U: observed
 * by third-party clients, not documented here), which is unclassified; other non-200 answers and
 * unreadable bodies are errors, so the site is reported unclassified with the reason and kept.
 */
export function readIntelixReply(kind: "url" | "ip", status: number, text: string): SiteReputation {
  if (status === 404) return { risk: "UNCLASSIFIED", lookup: kind, categories: [] };
  if (status === 400)
    throw new ReputationError(
      `SophosLabs Intelix rejected this ${kind === "ip" ? "IP address" : "URL"} (HTTP 400)`,
      "rejected",
      { status },
    );
  if (status !== 200)
    throw new ReputationError(`SophosLabs Intelix answered HTTP ${status}`, "bad-reply", { status });
  const body = safeJson(text);
  if (kind === "ip") {
    const parsed = ipReply.safeParse(body);
    if (!parsed.success) throw unreadable(status);
    const raw = parsed.data.category ?? [];
    const categories = typeof raw === "string" ? [raw] : raw;
    const requestId = parsed.data.requestId ?? parsed.data.requestID;
    return {
      risk: ipCategoryRisk(categories),
      lookup: "ip",
      categories,
      ...(requestId ? { requestId } : {}),
    };
  }
  const parsed = urlReply.safeParse(body);
  if (!parsed.success) throw unreadable(status);
  const reply = parsed.data;
  const level = (reply.riskLevel ?? "").toUpperCase();
  return {
    risk: RISK_LEVELS.find((known) => known === level) ?? "UNCLASSIFIED",
    lookup: "url",
    categories: [reply.productivityCategory, reply.securityCategory].filter(
      (category): category is string => typeof category === "string" && category !== "",
    ),
    ...(reply.productivityCategory ? { productivityCategory: reply.productivityCategory } : {}),
    ...(reply.securityCategory ? { securityCategory: reply.securityCategory } : {}),
    ...(reply.requestId ? { requestId: reply.requestId } : {}),
  };
}

function unreadable(status: number): ReputationError {
  return new ReputationError(
    `SophosLabs Intelix answered HTTP ${status} with a body that is not a lookup result`,
    "bad-reply",
    { status },
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
