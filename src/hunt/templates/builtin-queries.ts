import { buildIocTemplate, IOC_VARIABLE, type HuntApi } from "./build-ioc-template.js";

/** A query centralctl ships (and the simulator serves as a canned catalogue entry). */
export interface BuiltinQuery {
  name: string;
  description: string;
  api: HuntApi;
  template: string;
  variables: Array<{ name: string; dataType: "text" }>;
}

/** The built-in queries of an API: IOC hunting with exact and with wildcard comparison. */
export function builtinQueries(api: HuntApi): BuiltinQuery[] {
  const variables = [{ name: IOC_VARIABLE[api], dataType: "text" as const }];
  return [
    {
      name: "IOC hunt (exact)",
      description:
        "Rows whose columns equal an indicator of the IOC JSON list (hashes and paths ignore case).",
      api,
      template: buildIocTemplate(api, "exact"),
      variables,
    },
    {
      name: "IOC hunt (wildcard)",
      description: "Rows whose columns match an indicator of the IOC JSON list as a LIKE pattern.",
      api,
      template: buildIocTemplate(api, "wildcard"),
      variables,
    },
  ];
}
