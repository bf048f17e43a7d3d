/**
 * The engine of `<gd-network>`: a small fully connected network (TensorFlow Playground's, answered
 * with more), trained by ONE fused tfjs kernel call per frame.
 *
 * API overview:
 * - Config: {@link NetworkConfig} → `resolveNetworkConfig(config)` checks it (0–6 hidden layers of 1–8,
 *   activation per layer `relu|tanh|sigmoid|linear`, output `softmax|sigmoid|linear`, init
 *   `zeros|random|xavier|he` seeded, L2 λ, extra features `x1^2, x2^2, x1x2, sin(x1), sin(x2)`);
 *   the resolved config carries the flat parameter layout (`sizes`, `weightOffsets`, `biasOffsets`).
 *   Bad input throws {@link NetworkError} with a stable `code` and `details.field` (the attribute).
 * - Data: `createNetworkData({ preset, size, noise, classes, seed, trainRatio, standardize })`
 *   (`xor|circles|moons|spiral|blobs|curve`), or `splitNetworkData(dataset, options)` for the
 *   learner's points / a CSV (`datasetFromCsv`, `datasetFromArrays` from data/).
 * - Training: `new NetworkTrainer({ config, data, optimizer, hyperparameters, batchSize })`;
 *   `train(k)` (k mini-batches in one kernel call), `stepOnce()`, `trainEpoch()`, `stepBack()`,
 *   `reset()`; `batchSize`, `l2`, `setOptimizer(kind, h)`, `setHyperparameters(h)`, `setData(d)`;
 *   `step`, `epoch`, `stepsPerEpoch`; `saveState()` / `loadState(s)` for a `state` attribute.
 * - Views: `evaluate('train' | 'test')` → loss, accuracy, confusion matrix; `grid(G, bounds)` →
 *   every unit's value over a G × G grid (one kernel call); `trace(point)` → the forward pass in
 *   float64 (z, a per layer, logits, probabilities, predicted class); `parameters()`;
 *   `stopReason(losses, accuracy, { targetAccuracy, tolerance })`.
 * - Kernels: `GdNetworkTrain` and `GdNetworkGrid`, registered in kernels/register.ts for cpu and
 *   webgl; both run plain loops on the host (a playground batch is far too small for a shader, and
 *   the trainer's input tensors never leave the CPU). On any other backend the trainer takes the
 *   batched-tensor path (tensor-path.ts) and the grid runs the same loops directly.
 */

export {
  MAX_CLASSES,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_SIZE,
  NETWORK_ACTIVATIONS,
  NETWORK_INITS,
  NETWORK_OUTPUTS,
  type NetworkConfig,
  type NetworkInit,
  type NetworkLayerActivation,
  type NetworkOutput,
  type ResolvedNetworkConfig,
  resolveNetworkConfig,
} from './config.js';
export {
  createNetworkData,
  NETWORK_PRESETS,
  type NetworkData,
  type NetworkDataOptions,
  type NetworkPreset,
  type NetworkSamples,
  type NetworkSplitOptions,
  splitNetworkData,
} from './data.js';
export { NetworkError, type NetworkErrorCode } from './errors.js';
export { EXTRA_FEATURES, type ExtraFeature } from './features.js';
export { NETWORK_GRID, type NetworkGridAttrs } from './grid-kernel.js';
export { RingBuffer } from './history.js';
export { initNetworkParameters } from './init.js';
export { type NetworkEvaluation, type StopCondition, type StopReason, stopReason } from './metrics.js';
export { networkLogitsTensor, networkLossTensor } from './tensor-path.js';
export { type ForwardTrace, forwardTrace, type TraceLayer } from './trace.js';
export { NETWORK_TRAIN, type NetworkTrainAttrs } from './train-kernel.js';
export {
  loadNetworkTensorPath,
  type NetworkGrid,
  type NetworkParameterValues,
  NetworkTrainer,
  type NetworkTrainerOptions,
  type NetworkTrainerState,
  type TrainReport,
} from './trainer.js';
