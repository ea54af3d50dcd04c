// Defanging conventions seen in advisories and MISP/OpenCTI exports. Only network indicators are
// refanged: a bracket in a file name or path is more likely real than a defang.
const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^hxxps\[?:\]?\/\//i, "https://"],
  [/^hxxp\[?:\]?\/\//i, "http://"],
  [/^fxp:\/\//i, "ftp://"],
  [/\[:\/\/\]/g, "://"],
  [/\[:\]/g, ":"],
  [/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, "."],
  [/\[\/\]/g, "/"],
  [/\[@\]|\[at\]/gi, "@"],
];

/**
 * Undo common defanging (`hxxp://`, `hxxps://`, `[.]`, `(.)`, `[:]`, `[://]`, ...) and trim.
 * @example refang("hxxps://evil[.]com[:]8443/x") === "https://evil.com:8443/x"
 */
export function refang(value: string): string {
  let out = value.trim();
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}
