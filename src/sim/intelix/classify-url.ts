import { createHash } from "node:crypto";

/** SophosLabs risk levels as the URL lookup returns them (reference connector `intelix_report_info`). */
export type IntelixRiskLevel = "HIGH" | "MEDIUM" | "LOW" | "TRUSTED" | "UNCLASSIFIED";

/** The body of `GET /lookup/urls/v1/{url}` (fields the reference connector reads). */
export interface IntelixUrlReply {
  requestId: string;
  productivityCategory?: string;
  securityCategory?: string;
  riskLevel: IntelixRiskLevel;
}

const CLASSES: Array<Omit<IntelixUrlReply, "requestId">> = [
  {
    riskLevel: "HIGH",
    securityCategory: "MALWARE_REPOSITORY",
    productivityCategory: "PROD_SPYWARE_AND_MALWARE",
  },
  { riskLevel: "HIGH", securityCategory: "PHISHING", productivityCategory: "PROD_PHISHING_AND_FRAUD" },
  {
    riskLevel: "MEDIUM",
    securityCategory: "SEC_SUSPICIOUS",
    productivityCategory: "PROD_PROXIES_AND_TRANSLATORS",
  },
  { riskLevel: "LOW", securityCategory: "SEC_LOW_RISK", productivityCategory: "PROD_FILE_DOWNLOADS" },
  { riskLevel: "TRUSTED", securityCategory: "SEC_TRUSTED", productivityCategory: "PROD_BUSINESS" },
  {
    riskLevel: "TRUSTED",
    securityCategory: "SEC_TRUSTED",
    productivityCategory: "PROD_COMPUTERS_AND_INTERNET",
  },
  { riskLevel: "UNCLASSIFIED" },
];

/**
 * A deterministic reputation for any URL: the same host always gets the same class, so tests and
 * demos are repeatable. Explicit entries (`known`) win; intranet-style hosts are never classified.
 */
export function classifyUrl(
  url: string,
  known: ReadonlyMap<string, IntelixRiskLevel>,
): Omit<IntelixUrlReply, "requestId"> {
  const explicit = known.get(url);
  if (explicit) return CLASSES.find((c) => c.riskLevel === explicit) ?? { riskLevel: explicit };
  const host = hostOf(url);
  if (host === "" || /\.(local|lan|internal|corp)$/.test(host) || !host.includes("."))
    return { riskLevel: "UNCLASSIFIED" };
  const pick = createHash("sha256").update(host).digest()[0]! % CLASSES.length;
  return CLASSES[pick]!;
}

function hostOf(url: string): string {
  try {
    return new URL(/^[a-z]+:\/\//i.test(url) ? url : `http://${url}`).hostname.toLowerCase();
  } catch {
    return "";
  }
}
