/** Public API of the generic JSON webhook sink (tickets, SOAR). */
export { createWebhookSink, type WebhookSink, type WebhookSinkOptions } from "./create-webhook-sink.js";
export {
  parseWebhookSinkSettings,
  webhookSinkSettingsSchema,
  type ResolvedWebhookSinkSettings,
  type WebhookSinkSettings,
} from "./webhook-sink-settings.js";
export { WebhookError } from "./webhook-error.js";
export {
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  signWebhookBody,
  verifyWebhookSignature,
  type SignedRequest,
} from "./webhook-signature.js";
