/** The `detail` of each event `<gd-sigmoid-boundary>` fires. */

/** `detail` of `gd-step`: the model after the latest training step. */
export interface SigmoidStepDetail {
  readonly step: number;
  readonly weights: readonly number[];
  readonly bias: number;
  /** Mean BCE over the whole data set after the step. */
  readonly loss: number;
}

/** `detail` of `gd-threshold-change`. */
export interface SigmoidThresholdDetail {
  readonly threshold: number;
}

/** `detail` of `gd-probe`: where the probe is and what the model says there. */
export interface SigmoidProbeDetail {
  readonly x: readonly number[];
  readonly z: number;
  readonly probability: number;
  /** Predicted class at the current threshold. */
  readonly label: 0 | 1;
}

/** `detail` of `gd-converged`. */
export interface SigmoidConvergedDetail {
  readonly step: number;
  readonly loss: number;
}

/** `detail` of `gd-diverged`. */
export interface SigmoidDivergedDetail {
  readonly step: number;
  readonly loss: number;
  readonly reason: string;
}
