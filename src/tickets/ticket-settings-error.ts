/** Ticket settings (flags or config) are wrong: exit code 2, like every usage error. */
export class TicketSettingsError extends Error {
  readonly exitCode = 2;

  constructor(message: string) {
    super(message);
    this.name = "TicketSettingsError";
  }
}
