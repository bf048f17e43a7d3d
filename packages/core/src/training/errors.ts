/** Stable codes for a session's errors; widgets translate them. */
export type SessionErrorCode =
  | 'incompatible-loss'
  | 'no-classes'
  | 'bad-step-count'
  | 'step-not-in-history'
  | 'disposed';

/** A training session was asked for something it cannot do. */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  constructor(
    readonly code: SessionErrorCode,
    message: string,
  ) {
    super(message);
  }
}
