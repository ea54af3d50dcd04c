/** The configuration file: location, schema and loading. */
export { loadConfig, type LoadConfigOptions } from "./load-config.js";
export { configSchema, type Config } from "./config-schema.js";
export { ConfigError } from "./config-error.js";
export { defaultConfigPath } from "./default-config-path.js";
