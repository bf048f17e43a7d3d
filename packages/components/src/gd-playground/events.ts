/** The `detail` of the events `<gd-playground>` fires (see its class JSDoc for when). */
import type { DivergenceReason, ParameterValues } from '@gd-playground/core';

/** `detail` of `gd-step`: the state after the latest frame of training steps. */
export interface PlaygroundStepDetail {
  readonly step: number;
  /** Loss over the whole data set after the step. */
  readonly loss: number;
  /** Parameters in the data's original units (`w`, `b`; `W`, `b` for softmax). */
  readonly parameters: ParameterValues;
}

/** `detail` of `gd-converged`. */
export interface PlaygroundConvergedDetail {
  readonly step: number;
  readonly loss: number;
}

/** `detail` of `gd-diverged`: training stopped because the loss grew without bound. */
export interface PlaygroundDivergedDetail {
  readonly step: number;
  readonly loss: number;
  /** `loss-exploded` (it grew far beyond its start) or `not-finite` (it overflowed). */
  readonly reason: DivergenceReason;
}

/** `detail` of `gd-reset`: the run went back to `step` (0 after reset or a new start point). */
export interface PlaygroundResetDetail {
  readonly step: number;
}
