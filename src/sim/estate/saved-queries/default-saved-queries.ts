import { buildIocTemplate } from "../../../hunt/templates/build-ioc-template.js";
import type { EstateSavedQuery } from "./estate-saved-query-types.js";
import { savedQueryId } from "./saved-query-id.js";

/**
 * The name admins give the reference connector's IOC hunting query when they create it in each
 * tenant's console. The connector finds the query by whatever name it is given (`--search_input`);
 * the reference does not fix one, so this is our choice, after its `ioc_hunter` scripts.
 */
export const IOC_HUNTER_QUERY = "IOC Hunter";

// The reference's Live Discover query searches N hours forward from "Start Search From".
const START = "CAST(strftime('%s', '$$Start Search From$$') AS INTEGER)";
const LD_WINDOW = {
  from: START,
  to: `${START} + 3600 * CAST('$$Number of Hours of activity to search$$' AS INTEGER)`,
};

/**
 * The saved queries every generated estate has: the reference connector's IOC hunting queries with
 * its variable names (LD: "Number of Hours of activity to search", "IOC JSON", "Start Search
 * From"; XDR: "IOC_JSON"), so `centralctl hunt run --query "IOC Hunter"` works against the
 * simulator as it does against a tenant prepared for the connector. Indicators are SQL `LIKE`
 * patterns, as the connector sends them (`%evil.example%`).
 */
export function defaultSavedQueries(): EstateSavedQuery[] {
  const category = "IOC hunting";
  return [
    {
      id: savedQueryId("ld", IOC_HUNTER_QUERY),
      api: "ld",
      name: IOC_HUNTER_QUERY,
      description:
        "Activity matching the IOC JSON list (LIKE patterns) in the given hours from a start time.",
      template: buildIocTemplate("ld", "wildcard", { ldWindow: LD_WINDOW }),
      variables: [
        { name: "Number of Hours of activity to search", dataType: "integer" },
        { name: "IOC JSON", dataType: "text" },
        { name: "Start Search From", dataType: "dateTime" },
      ],
      category,
    },
    {
      id: savedQueryId("xdr", IOC_HUNTER_QUERY),
      api: "xdr",
      name: IOC_HUNTER_QUERY,
      description: "Data Lake rows matching the IOC JSON list (LIKE patterns).",
      template: buildIocTemplate("xdr", "wildcard"),
      variables: [{ name: "IOC_JSON", dataType: "text" }],
      category,
    },
  ];
}
