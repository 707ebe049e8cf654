/** The error of one input record: a code, where the record was read, and what is wrong. */

/** An input that cannot be coded: the message names the record. */
export class RecordError extends Error {
  constructor(readonly code: string, readonly origin: string, readonly detail: string) {
    super(`[${code}] ${origin}: ${detail}`);
  }
}
