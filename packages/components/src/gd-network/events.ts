/** `detail` of the events `<gd-network>` fires. */

/** After each frame of training (and each step, epoch, step back or reset). */
export interface NetworkStepDetail {
  /** Mini-batch steps taken since the start. */
  readonly step: number;
  /** Whole passes over the training set (fractional while inside one). */
  readonly epoch: number;
  readonly trainLoss: number;
  /** NaN when there are no test points. */
  readonly testLoss: number;
  /** Test-set accuracy in [0, 1] (NaN for regression or without test points). */
  readonly accuracy: number;
}

/** The learner ran a point through the network (click or typed). */
export interface NetworkProbeDetail {
  readonly point: readonly number[];
  /** Output probabilities, or the prediction for regression. */
  readonly probabilities: readonly number[];
  readonly predicted: number;
}

/** The learner asked for this example's backward pass (for a `<gd-backprop>` on the page). */
export interface NetworkBackpropDetail {
  /** The same network's state string (settings), the point and its label. */
  readonly state: string;
  readonly point: readonly number[];
  readonly label: number;
}

/**
 * Training stopped: the target accuracy was reached, the training loss settled (moved less than
 * `converge-tolerance` of its value over the last 10 epochs), or the loss stopped being finite.
 */
export interface NetworkSettledDetail {
  readonly reason: 'target' | 'converged' | 'diverged';
  readonly step: number;
  readonly accuracy: number;
}
