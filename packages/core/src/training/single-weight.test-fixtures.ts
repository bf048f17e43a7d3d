// CURRICULUM A.5's single-weight problem as session options, shared by the session tests.
import { datasetFromArrays } from '../data/create.js';
import type { SessionOptions } from './session.js';

/**
 * One weight, target y = 2x at the single point x = 1, the ½(y − ŷ)² convention, no bias: plain
 * gradient descent with α = 0.1 unless `overrides` says otherwise (w ← w − α(w − 2)).
 */
export function singleWeight(w0: number, overrides: Partial<SessionOptions> = {}): SessionOptions {
  return {
    dataset: datasetFromArrays({ features: [[1]], targets: [2] }),
    model: { kind: 'linear', features: 1, bias: false, init: { w: [w0] } },
    loss: 'mse',
    lossOptions: { convention: 'half' },
    optimizer: 'sgd',
    hyperparameters: { learningRate: 0.1 },
    ...overrides,
  };
}
