// The curriculum's worked examples as playground states, shared by the playground's tests.
import { DEFAULT_STATE, type PlaygroundState } from './state.js';

const MATRIX_X = [
  [1, 2, 3],
  [4, 5, 6],
];

/** CURRICULUM A.5, matrix form: X = [[1,2,3],[4,5,6]], y = (14, 32), w₀ = (2,2,2), α = 0.01, no bias. */
export const A5_STATE: PlaygroundState = {
  ...DEFAULT_STATE,
  data: { kind: 'points', features: MATRIX_X, targets: [14, 32] },
  bias: false,
  start: { w: [2, 2, 2] },
  standardize: false,
  hyperparameters: { learningRate: 0.01 },
};

/** CURRICULUM A.9: the same X, y = (0, 1), logistic with BCE, α = 0.1, no bias. */
export const A9_STATE: PlaygroundState = {
  ...A5_STATE,
  data: { kind: 'points', features: MATRIX_X, targets: [0, 1] },
  model: 'logistic',
  loss: 'bce-logits',
  hyperparameters: { learningRate: 0.1 },
};
