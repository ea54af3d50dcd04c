import type { Logger } from "../../util/logger.js";

// The suffix DeliveryEngine.fail() appends to the error it stops on (src/sinks/splunk/delivery-engine.ts).
const STOP_SUFFIX = "are sent first on the next run.";

/**
 * The logger handed to a sink run by the CLI: everything passes except the engine's own "stopped"
 * line, because the command ends with that same error as its one-line message (no double report).
 */
export function sinkLogger(logger: Logger): Logger {
  return {
    debug: (message, fields) => logger.debug(message, fields),
    info: (message, fields) => logger.info(message, fields),
    warn: (message, fields) => logger.warn(message, fields),
    error: (message, fields) => {
      if (!message.endsWith(STOP_SUFFIX)) logger.error(message, fields);
    },
  };
}
