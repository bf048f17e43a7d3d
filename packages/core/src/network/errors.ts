import { CodedError } from '../coded-error.js';

/**
 * Machine-readable reasons the network engine refuses its input. A widget translates by `code` and
 * finds the attribute to blame in `details.field` (`layers`, `activation`, `output`, `classes`,
 * `init`, `seed`, `features`, `l2`, `batch-size`, `optimizer`, `data`, `point`, `grid`, …).
 */
export type NetworkErrorCode =
  | 'invalid-input-count'
  | 'invalid-feature'
  | 'invalid-layer-count'
  | 'invalid-layer-size'
  | 'invalid-activation'
  | 'invalid-output'
  | 'invalid-class-count'
  | 'invalid-init'
  | 'invalid-seed'
  | 'invalid-l2'
  | 'invalid-batch-size'
  | 'invalid-optimizer'
  | 'invalid-hyperparameter'
  | 'invalid-data'
  | 'invalid-point'
  | 'invalid-grid'
  | 'invalid-parameters'
  | 'invalid-steps'
  | 'network-disposed';

/** Thrown by `network/` for bad input; `details.field` names the setting at fault. */
export class NetworkError extends CodedError<NetworkErrorCode> {
  override readonly name = 'NetworkError';

  constructor(code: NetworkErrorCode, message: string, details: Record<string, unknown> & { field: string }) {
    super(code, message, details);
  }

  /** The setting (attribute name) at fault. */
  get field(): string {
    return this.details.field as string;
  }
}
