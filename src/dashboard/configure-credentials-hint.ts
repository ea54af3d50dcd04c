import { trusted, type SafeHtml } from "./html.js";

/**
 * What to do when the dashboard has no usable Sophos Central credentials, for the live pages (Estate,
 * Alerts). The names are those of src/secrets/resolve-central-credentials.ts and README "Configuration".
 */
export function configureCredentialsHint(): SafeHtml {
  return trusted(
    "Configure credentials: set <code>SOPHOS_CLIENT_ID</code> and <code>SOPHOS_CLIENT_SECRET</code> in " +
      "the environment of <code>centralctl dashboard</code>; or put <code>clientId</code> and " +
      "<code>clientSecret</code> in the config file, each a value or a reference such as " +
      "<code>env:NAME</code>, <code>file:/path</code> or <code>aws:SECRET_ID#key</code>; or set " +
      "<code>aws.secretId</code> there to read both from AWS Secrets Manager (README, " +
      "&quot;Configuration&quot;). Then fetch again, after restarting the dashboard if you changed " +
      "its environment.",
  );
}
