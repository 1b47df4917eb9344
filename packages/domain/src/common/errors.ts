/**
 * An error of a domain rule. `code` is stable (e.g. `REGISTRATION.DEADLINE_PASSED`) and becomes the
 * `code` of the API's problem document; `message` is for developers, not for display.
 */
export class DomainError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
