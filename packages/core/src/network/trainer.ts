// NetworkTrainer is one concept (a network's training state and what the views read from it) in
// one class of ~500 lines; its option checks live in trainer-checks.ts.
// The fused kernels register on import (imported directly, not through a barrel a bundler may drop).
import '../kernels/register-network.js';
import { createRandom } from '../data/random.js';
import { isOptimizerKind } from '../optimizers/create.js';
import type { OptimizerKind } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';
import { checkL2, type NetworkConfig, type ResolvedNetworkConfig, resolveNetworkConfig } from './config.js';
import type { NetworkData } from './data.js';
import {
  type NetworkShape,
  OPTIMIZER_CODE,
  OPTIMIZER_SLOTS,
  shapeOf,
  type UpdateHyperparameters,
} from './engine.js';
import { NetworkError } from './errors.js';
import { expandRows, featureCodes } from './features.js';
import { gridOnArrays, NETWORK_GRID, type NetworkGridAttrs, networkGrid } from './grid-kernel.js';
import { RingBuffer } from './history.js';
import { initNetworkParameters } from './init.js';
import { evaluateRows, type NetworkEvaluation } from './metrics.js';
import type * as TensorPath from './tensor-path.js';
import { type ForwardTrace, forwardTrace } from './trace.js';
import { NETWORK_TRAIN, networkTrain } from './train-kernel.js';
import { checkBatchSize, checkData, checkHyperparameters, withDataDefaults } from './trainer-checks.js';

/** The batched-tensor training path once loaded (see {@link loadNetworkTensorPath}). */
let tensorPath: typeof TensorPath | undefined;

/**
 * Loads the batched-tensor training path (tfjs ops and autodiff, so every gradient it needs): used
 * with `path: 'tensor'`, or on a backend without the fused `GdNetworkTrain` kernel (core registers
 * it for cpu and webgl). A chunk of its own, so a page that trains on the fused kernel never
 * downloads autodiff. Await it before training on that path; training there without it throws.
 */
export async function loadNetworkTensorPath(): Promise<void> {
  tensorPath ??= await import('./tensor-path.js');
}

/** Options of {@link NetworkTrainer}. */
export interface NetworkTrainerOptions {
  /**
   * The network. Settings left out that the data decides are taken from it: `inputs`, `classes`
   * (classification), and `output: 'linear'` for regression data.
   */
  readonly config: NetworkConfig;
  readonly data: NetworkData;
  /** Optimizer kind (default `sgd`). */
  readonly optimizer?: OptimizerKind;
  /** Its hyperparameters (defaults: core's optimizer's; `learningRate` 0.3 for every kind if not given: the presets lie within [−1, 1], where TensorFlow Playground's 0.03 on [−6, 6] would crawl). */
  readonly hyperparameters?: Readonly<Record<string, number | boolean>>;
  /** Rows per step: 1 = online, n = full batch (default 10; values above n mean n). */
  readonly batchSize?: number;
  /** Seed of the per-epoch shuffles (default: the config's seed). */
  readonly shuffleSeed?: number | string;
  /** Snapshots kept for {@link NetworkTrainer.stepBack} (default 200). */
  readonly historySize?: number;
  /**
   * `fused` (the `GdNetworkTrain` kernel, registered for cpu and webgl), `tensor` (batched tfjs ops
   * and autodiff, any backend) or `auto` (default: fused where the kernel is registered).
   */
  readonly path?: 'auto' | 'fused' | 'tensor';
}

/** What one training call did. */
export interface TrainReport {
  /** Mean data loss of each step's batch, before its update. */
  readonly losses: Float32Array;
  /** Steps (mini-batches) done in all, after this call. */
  readonly step: number;
  /** Completed epochs, after this call. */
  readonly epoch: number;
}

/** A network's parameters as numbers: `weights[l][j][c]` connects unit j of layer l to unit c of layer l + 1. */
export interface NetworkParameterValues {
  readonly weights: readonly (readonly (readonly number[])[])[];
  readonly biases: readonly (readonly number[])[];
}

/** Every unit's value over the input plane (see `GdNetworkGrid`). */
export interface NetworkGrid {
  /** Cells per side G. */
  readonly size: number;
  /** Cells in all: G² (two inputs) or G (one input). */
  readonly cells: number;
  /** [x₁min, x₁max, x₂min, x₂max], raw units. */
  readonly bounds: readonly number[];
  /** [units × cells]: unit u's heatmap is `values.subarray(u · cells, (u + 1) · cells)`. */
  readonly values: Float32Array;
  /** Where each layer's units start (in units): layer 0 = inputs, last = outputs; one more entry at the end. */
  readonly layerStarts: readonly number[];
}

/**
 * Everything training has changed, as plain numbers (for a `state` attribute or a URL): with the
 * same config, data and settings, {@link NetworkTrainer.loadState} continues exactly from here.
 */
export interface NetworkTrainerState {
  readonly optimizer: OptimizerKind;
  readonly step: number;
  readonly epoch: number;
  /** Rows of the current epoch already used. */
  readonly cursor: number;
  /** Updates applied by the current optimizer (Adam's t). */
  readonly updates: number;
  readonly params: readonly number[];
  /** Optimizer state, [slots × parameters] (one 0 for plain SGD). */
  readonly slots: readonly number[];
}

interface Snapshot {
  readonly optimizer: OptimizerKind;
  readonly params: Float32Array;
  readonly slots: Float32Array;
  readonly updates: number;
  readonly step: number;
  readonly epoch: number;
  readonly cursor: number;
}

/**
 * Trains a small fully connected network on a playground's data: mini-batches with a seeded shuffle
 * per epoch, every core optimizer, L2, step back through a history of snapshots, metrics, the
 * neuron grid and a point's forward trace. Parameters and optimizer state live in float32 arrays on
 * the host; each training call is one `GdNetworkTrain` kernel call (cpu or webgl backend).
 *
 * @example
 * const data = createNetworkData({ preset: 'xor', size: 500 });
 * const net = new NetworkTrainer({ config: { hidden: [4], activation: 'tanh' }, data });
 * net.epoch();
 * net.evaluate('test').accuracy;
 * net.dispose();
 */
export class NetworkTrainer {
  #spec: ResolvedNetworkConfig;
  #shape: NetworkShape;
  #data!: NetworkData;
  #xTrain!: Float32Array;
  #yTrain!: Float32Array;
  #xTest!: Float32Array;
  #yTest!: Float32Array;
  #xTensor: tf.Tensor2D | undefined;
  #yTensor: tf.Tensor1D | undefined;
  #params: Float32Array;
  #slots: Float32Array;
  #optimizer: OptimizerKind = 'sgd';
  #hyper: Record<string, number | boolean> = {};
  #batchSize: number;
  #updates = 0;
  #step = 0;
  #epoch = 0;
  #cursor = 0;
  #order: Int32Array = new Int32Array(0);
  #orderEpoch = -1;
  readonly #shuffleSeed: string;
  readonly #history: RingBuffer<Snapshot>;
  readonly #path: 'auto' | 'fused' | 'tensor';
  #disposed = false;

  /**
   * @throws NetworkError for a bad config (see `resolveNetworkConfig`), data that does not fit it
   *   (`invalid-data`), a bad batch size, optimizer or hyperparameter.
   */
  constructor(options: NetworkTrainerOptions) {
    this.#spec = resolveNetworkConfig(withDataDefaults(options.config, options.data));
    this.#shape = shapeOf(this.#spec);
    this.#params = initNetworkParameters(this.#spec);
    this.#batchSize = checkBatchSize(options.batchSize ?? 10);
    this.#shuffleSeed = String(options.shuffleSeed ?? this.#spec.seed);
    this.#history = new RingBuffer(options.historySize ?? 200);
    this.#path = options.path ?? 'auto';
    this.#slots = new Float32Array(1);
    this.setOptimizer(options.optimizer ?? 'sgd', options.hyperparameters ?? {});
    this.setData(options.data);
  }

  /** The checked configuration, with the layer layout. */
  get config(): ResolvedNetworkConfig {
    return this.#spec;
  }

  get data(): NetworkData {
    return this.#data;
  }

  /** Steps (mini-batches) done. */
  get step(): number {
    return this.#step;
  }

  /** Completed epochs. */
  get epoch(): number {
    return this.#epoch;
  }

  /** Rows of the current epoch already used. */
  get cursor(): number {
    return this.#cursor;
  }

  /** Steps in one epoch at the current batch size: ⌈n / batch size⌉. */
  get stepsPerEpoch(): number {
    const n = this.#yTrain.length;
    return Math.ceil(n / Math.min(this.#batchSize, n));
  }

  get batchSize(): number {
    return this.#batchSize;
  }

  /** Rows per step (1 = online; values above the training set's size mean full batch). Takes effect at the next step. */
  set batchSize(value: number) {
    this.#batchSize = checkBatchSize(value);
  }

  get l2(): number {
    return this.#spec.l2;
  }

  /** L2 strength λ ≥ 0, from the next step on. */
  set l2(value: number) {
    this.#spec = Object.freeze({ ...this.#spec, l2: checkL2(value) });
  }

  get optimizer(): OptimizerKind {
    return this.#optimizer;
  }

  /** The optimizer's full hyperparameters (defaults filled in). */
  get hyperparameters(): Readonly<Record<string, number | boolean>> {
    return { ...this.#hyper };
  }

  /** Whether {@link stepBack} can undo something. */
  get canStepBack(): boolean {
    return this.#history.length > 0;
  }

  /** Which path trains: `fused` (the kernel) or `tensor` (batched tfjs ops). */
  get activePath(): 'fused' | 'tensor' {
    if (this.#path !== 'auto') return this.#path;
    return tf.getKernel(NETWORK_TRAIN, tf.getBackend()) ? 'fused' : 'tensor';
  }

  /**
   * Switches the optimizer; its state starts afresh (the parameters stay).
   * @throws NetworkError `invalid-optimizer` (field `optimizer`), `invalid-hyperparameter` (field:
   *   the hyperparameter's name as core's optimizers spell it, e.g. `learningRate`).
   */
  setOptimizer(kind: OptimizerKind, hyperparameters: Readonly<Record<string, number | boolean>> = {}): void {
    if (!isOptimizerKind(kind)) {
      throw new NetworkError('invalid-optimizer', `Unknown optimizer '${String(kind)}'.`, {
        field: 'optimizer',
        value: kind,
      });
    }
    this.#hyper = checkHyperparameters(kind, { learningRate: 0.3, ...hyperparameters });
    this.#optimizer = kind;
    this.#resetSlots();
  }

  /** Changes some hyperparameters of the current optimizer, keeping its state. */
  setHyperparameters(hyperparameters: Readonly<Record<string, number | boolean>>): void {
    this.#hyper = checkHyperparameters(this.#optimizer, { ...this.#hyper, ...hyperparameters });
  }

  /**
   * New data (same number of inputs and classes as the config): parameters and optimizer state stay,
   * the epoch restarts, history is cleared.
   * @throws NetworkError `invalid-data`.
   */
  setData(data: NetworkData): void {
    this.#checkAlive();
    const spec = this.#spec;
    checkData(spec, data);
    const std = data.standardizer;
    const scale = (rows: readonly (readonly number[])[]) =>
      std ? rows.map((r) => r.map((v, d) => (v - (std.mean[d] as number)) / (std.std[d] as number))) : rows;
    this.#data = data;
    this.#xTrain = expandRows(scale(data.train.points), spec.inputs, spec.features);
    this.#yTrain = Float32Array.from(data.train.targets);
    this.#xTest = expandRows(scale(data.test.points), spec.inputs, spec.features);
    this.#yTest = Float32Array.from(data.test.targets);
    tf.dispose([this.#xTensor, this.#yTensor].filter((t) => t !== undefined));
    this.#xTensor = tf.tensor2d(this.#xTrain, [this.#yTrain.length, spec.sizes[0]!]);
    this.#yTensor = tf.tensor1d(this.#yTrain);
    this.#cursor = 0;
    this.#orderEpoch = -1;
    this.#history.clear();
  }

  /**
   * Runs `steps` mini-batch steps (crossing epoch ends as needed) in one kernel call.
   * @throws NetworkError `invalid-steps` unless a positive integer; `network-disposed`.
   */
  train(steps: number): TrainReport {
    this.#checkAlive();
    if (!Number.isInteger(steps) || steps < 1) {
      throw new NetworkError('invalid-steps', `Steps must be a positive integer, got ${String(steps)}.`, {
        field: 'steps',
        value: steps,
      });
    }
    this.#history.push({
      optimizer: this.#optimizer,
      params: this.#params.slice(),
      slots: this.#slots.slice(),
      updates: this.#updates,
      step: this.#step,
      epoch: this.#epoch,
      cursor: this.#cursor,
    });
    const n = this.#yTrain.length;
    const batch = Math.min(this.#batchSize, n);
    const indices = new Int32Array(steps * batch);
    let filled = 0;
    const ends: number[] = [];
    let epoch = this.#epoch;
    let cursor = this.#cursor;
    for (let s = 0; s < steps; s++) {
      const order = this.#orderFor(epoch);
      const end = Math.min(cursor + batch, n);
      for (let r = cursor; r < end; r++) indices[filled++] = order[r] as number;
      ends.push(filled);
      cursor = end;
      if (cursor === n) {
        cursor = 0;
        epoch++;
      }
    }
    const rows = indices.subarray(0, filled);
    const losses =
      this.activePath === 'fused' ? this.#trainFused(rows, ends) : this.#trainTensor(Array.from(rows), ends);
    this.#updates += steps;
    this.#step += steps;
    this.#epoch = epoch;
    this.#cursor = cursor;
    return { losses, step: this.#step, epoch: this.#epoch };
  }

  /** One mini-batch step. */
  stepOnce(): TrainReport {
    return this.train(1);
  }

  /** The steps left in the current epoch (a whole epoch when at its start), in one call. */
  trainEpoch(): TrainReport {
    const n = this.#yTrain.length;
    const batch = Math.min(this.#batchSize, n);
    return this.train(Math.ceil((n - this.#cursor) / batch));
  }

  /**
   * Undoes the last training call (parameters, optimizer state, position). False when the history
   * is empty. After an optimizer switch, the current optimizer's state starts afresh instead.
   */
  stepBack(): boolean {
    const snapshot = this.#history.pop();
    if (!snapshot) return false;
    this.#params = snapshot.params;
    // State of another optimizer (switched since) means nothing to this one: it starts afresh.
    const same = snapshot.optimizer === this.#optimizer;
    this.#slots = same ? snapshot.slots : this.#freshSlots();
    this.#updates = same ? snapshot.updates : 0;
    this.#step = snapshot.step;
    this.#epoch = snapshot.epoch;
    this.#cursor = snapshot.cursor;
    return true;
  }

  /** Back to the initial parameters (same seed), fresh optimizer state, step 0, empty history. */
  reset(): void {
    this.#checkAlive();
    this.#params = initNetworkParameters(this.#spec);
    this.#resetSlots();
    this.#step = 0;
    this.#epoch = 0;
    this.#cursor = 0;
    this.#history.clear();
  }

  /** The flat float32 parameter vector (a copy; layout in `config`). */
  parameterVector(): Float32Array {
    return this.#params.slice();
  }

  /** The optimizer state, [slots × parameters] (a copy). */
  optimizerState(): Float32Array {
    return this.#slots.slice();
  }

  /**
   * Overwrites the parameters (e.g. from a saved state); the optimizer state stays.
   * @throws NetworkError `invalid-parameters` for a wrong length or a non-finite value.
   */
  setParameterVector(values: ArrayLike<number>): void {
    if (values.length !== this.#spec.parameterCount) {
      throw new NetworkError(
        'invalid-parameters',
        `This network has ${this.#spec.parameterCount} parameters, got ${values.length}.`,
        { field: 'parameters', expected: this.#spec.parameterCount, actual: values.length },
      );
    }
    for (let q = 0; q < values.length; q++) {
      if (!Number.isFinite(values[q] as number)) {
        throw new NetworkError('invalid-parameters', `Parameter ${q} is not a finite number.`, {
          field: 'parameters',
          index: q,
        });
      }
    }
    this.#params = Float32Array.from(values as ArrayLike<number>);
  }

  /** A plain-number copy of the training state (parameters, optimizer state, position). */
  saveState(): NetworkTrainerState {
    return {
      optimizer: this.#optimizer,
      step: this.#step,
      epoch: this.#epoch,
      cursor: this.#cursor,
      updates: this.#updates,
      params: Array.from(this.#params),
      slots: Array.from(this.#slots),
    };
  }

  /**
   * Continues from a saved state; the history is cleared. Checked whole before anything changes.
   * @throws NetworkError `invalid-state` (field `state`): another optimizer, wrong lengths,
   *   non-finite numbers, or a position that does not fit the data.
   */
  loadState(state: NetworkTrainerState): void {
    this.#checkAlive();
    const fresh = this.#freshSlots();
    const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
    const finite = (values: unknown, length: number) =>
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'number' && Number.isFinite(v));
    const problem =
      state?.optimizer !== this.#optimizer
        ? `the state is for the optimizer '${String(state?.optimizer)}', not '${this.#optimizer}'`
        : !(count(state.step) && count(state.epoch) && count(state.updates) && count(state.cursor))
          ? 'step, epoch, cursor and updates must be whole numbers ≥ 0'
          : state.cursor >= this.#yTrain.length
            ? `the cursor ${state.cursor} lies beyond the ${this.#yTrain.length} training rows`
            : !finite(state.params, this.#spec.parameterCount)
              ? `it needs ${this.#spec.parameterCount} finite parameters`
              : !finite(state.slots, fresh.length)
                ? `it needs ${fresh.length} finite optimizer-state numbers`
                : undefined;
    if (problem)
      throw new NetworkError('invalid-state', `Cannot load this training state: ${problem}.`, {
        field: 'state',
      });
    this.#params = Float32Array.from(state.params);
    this.#slots = Float32Array.from(state.slots);
    this.#step = state.step;
    this.#epoch = state.epoch;
    this.#cursor = state.cursor;
    this.#updates = state.updates;
    this.#history.clear();
  }

  /** Weights and biases per layer, as numbers. */
  parameters(): NetworkParameterValues {
    const s = this.#spec;
    const p = this.#params;
    const weights: number[][][] = [];
    const biases: number[][] = [];
    for (let l = 0; l + 1 < s.sizes.length; l++) {
      const nIn = s.sizes[l]!;
      const nOut = s.sizes[l + 1]!;
      const w = s.weightOffsets[l]!;
      weights.push(
        Array.from({ length: nIn }, (_, j) => Array.from(p.subarray(w + j * nOut, w + (j + 1) * nOut))),
      );
      biases.push(Array.from(p.subarray(s.biasOffsets[l]!, s.biasOffsets[l]! + nOut)));
    }
    return { weights, biases };
  }

  /** Loss, accuracy and confusion matrix on the training or the test rows (float64). */
  evaluate(which: 'train' | 'test'): NetworkEvaluation {
    this.#checkAlive();
    const { sizes, activations, output } = this.#shape;
    const x = which === 'train' ? this.#xTrain : this.#xTest;
    const y = which === 'train' ? this.#yTrain : this.#yTest;
    return evaluateRows(sizes, activations, output, this.#spec.classes, this.#params, x, y);
  }

  /** A point's forward pass in float64 (raw units: standardisation and features are applied here). */
  trace(point: readonly number[]): ForwardTrace {
    this.#checkAlive();
    if (
      point.length !== this.#spec.inputs ||
      point.some((v) => typeof v !== 'number' || !Number.isFinite(v))
    ) {
      throw new NetworkError('invalid-point', `A point needs ${this.#spec.inputs} finite numbers.`, {
        field: 'point',
        value: point,
      });
    }
    return forwardTrace(this.#spec, this.#params, point, this.#data.standardizer);
  }

  /**
   * Every unit's value over a G × G grid of the input plane (G cells along x₁ with one input), in
   * one `GdNetworkGrid` kernel call (plain loops on a backend without it).
   * @param bounds [x₁min, x₁max, x₂min, x₂max] in raw units.
   * @throws NetworkError `invalid-grid` for G outside 1 … 512 or empty bounds.
   */
  grid(size: number, bounds: readonly number[]): NetworkGrid {
    this.#checkAlive();
    const spec = this.#spec;
    const need = spec.inputs === 1 ? 2 : 4;
    if (
      !Number.isInteger(size) ||
      size < 1 ||
      size > 512 ||
      bounds.length < need ||
      bounds.some((v) => !Number.isFinite(v)) ||
      !((bounds[1] as number) > (bounds[0] as number)) ||
      (need === 4 && !((bounds[3] as number) > (bounds[2] as number)))
    ) {
      throw new NetworkError(
        'invalid-grid',
        'The grid needs 1 to 512 cells per side and increasing finite bounds.',
        {
          field: 'grid',
          size,
          bounds,
        },
      );
    }
    const std = this.#data.standardizer;
    const attrs: NetworkGridAttrs = {
      ...this.#shape,
      inputs: spec.inputs,
      features: featureCodes(spec.features),
      mean: std ? [...std.mean] : [],
      std: std ? [...std.std] : [],
      bounds: [...bounds],
      size,
    };
    let values: Float32Array;
    if (tf.getKernel(NETWORK_GRID, tf.getBackend())) {
      const p = tf.tensor1d(this.#params);
      const out = networkGrid(p, attrs);
      values = out.dataSync() as Float32Array;
      tf.dispose([p, out]);
    } else {
      values = gridOnArrays(attrs, this.#params);
    }
    const layerStarts = [0];
    for (const width of spec.sizes) layerStarts.push((layerStarts[layerStarts.length - 1] as number) + width);
    return { size, cells: spec.inputs === 1 ? size : size * size, bounds: [...bounds], values, layerStarts };
  }

  /** Frees the training tensors. Harmless twice; the trainer is unusable afterwards. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    tf.dispose([this.#xTensor, this.#yTensor].filter((t) => t !== undefined));
    this.#xTensor = undefined;
    this.#yTensor = undefined;
    this.#history.clear();
  }

  get isDisposed(): boolean {
    return this.#disposed;
  }

  #updateAttrs(): UpdateHyperparameters & { optimizer: number } {
    const h = this.#hyper;
    const num = (name: string, fallback: number) =>
      typeof h[name] === 'number' ? (h[name] as number) : fallback;
    return {
      optimizer: OPTIMIZER_CODE[this.#optimizer],
      learningRate: num('learningRate', 0.3),
      momentum: num('momentum', 0),
      beta1: num('beta1', 0.9),
      beta2: num('beta2', 0.999),
      epsilon: num('epsilon', 1e-7),
      decay: num('decay', 0.9),
      centered: h.centered === true ? 1 : 0,
    };
  }

  #trainFused(indices: Int32Array, ends: number[]): Float32Array {
    const params = tf.tensor1d(this.#params);
    const slots = tf.tensor1d(this.#slots);
    const rows = tf.tensor1d(indices, 'int32');
    const out = networkTrain(params, slots, this.#xTensor!, this.#yTensor!, rows, {
      ...this.#shape,
      ...this.#updateAttrs(),
      l2: this.#spec.l2,
      iteration: this.#updates,
      batchEnds: ends,
    });
    // The kernel made these arrays on the host; dataSync hands them back without a GPU read.
    this.#params = out.params.dataSync() as Float32Array;
    this.#slots = out.slots.dataSync() as Float32Array;
    const losses = out.losses.dataSync() as Float32Array;
    tf.dispose([params, slots, rows, out.params, out.slots, out.losses]);
    return losses;
  }

  #trainTensor(indices: number[], ends: number[]): Float32Array {
    const a = this.#updateAttrs();
    const params = tf.tensor1d(this.#params);
    const slots = tf.tensor1d(this.#slots);
    if (!tensorPath)
      throw new Error('The tensor path is not loaded: await loadNetworkTensorPath() before training on it.');
    const out = tensorPath.trainStepsTensor(
      this.#spec,
      a.optimizer,
      OPTIMIZER_SLOTS[a.optimizer]!.length,
      a,
      this.#updates,
      params,
      slots,
      this.#xTensor!,
      this.#yTensor!,
      indices,
      ends,
      this.#spec.l2,
    );
    this.#params = out.params.dataSync() as Float32Array;
    this.#slots = out.slots.dataSync() as Float32Array;
    tf.dispose([params, slots, out.params, out.slots]);
    return Float32Array.from(out.losses);
  }

  #orderFor(epoch: number): Int32Array {
    if (this.#orderEpoch !== epoch) {
      const n = this.#yTrain.length;
      // Epoch e's order depends only on (seed, e), so stepping back replays the same batches.
      const rng = createRandom(this.#shuffleSeed).fork(`epoch ${epoch}`);
      const order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng.next() * (i + 1));
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
      }
      this.#order = order;
      this.#orderEpoch = epoch;
    }
    return this.#order;
  }

  #freshSlots(): Float32Array {
    const code = OPTIMIZER_CODE[this.#optimizer];
    const count = OPTIMIZER_SLOTS[code]!.length;
    const slots = new Float32Array(Math.max(1, count * this.#spec.parameterCount));
    if (this.#optimizer === 'adagrad') slots.fill(Number(this.#hyper.initialAccumulatorValue ?? 0.1));
    return slots;
  }

  #resetSlots(): void {
    this.#slots = this.#freshSlots();
    this.#updates = 0;
  }

  #checkAlive(): void {
    if (this.#disposed)
      throw new NetworkError('network-disposed', 'This network has been disposed.', { field: 'network' });
  }
}
