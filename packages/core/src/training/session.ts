// The fused kernels register themselves on import; imported here directly (not only through the
// kernels/ index) so a bundler that skips a side-effect-free barrel still keeps the registration.
import '../kernels/register-steps.js';
import { onBackendChange } from '../backend/ready.js';
import { Batcher, type BatchMode } from '../batching/batcher.js';
import type { Dataset } from '../data/dataset.js';
import { type DatasetTensors, datasetToTensors, disposeDatasetTensors } from '../data/tensors.js';
import { type DenseLossStepAttrs, denseLossStep, fusableStep } from '../kernels/dense-loss-step.js';
import { hyperparameterVector } from '../kernels/optimizer-math.js';
import { TRAIN_STEPS, type TrainStepsAttrs, trainable, trainStepsKernel } from '../kernels/train-steps.js';
import { validateLossOptions } from '../losses/base.js';
import type { Loss, LossId, LossOptions } from '../losses/loss.js';
import { createLoss, LOSS_INFO } from '../losses/registry.js';
import { createModel, type ModelSpec } from '../models/create.js';
import { isLayeredModel, type LayeredModel } from '../models/dense.js';
import { MlpModel } from '../models/mlp.js';
import type { Model, ParameterValues } from '../models/model.js';
import { createOptimizer } from '../optimizers/create.js';
import type { Optimizer, OptimizerKind, SlotValues } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';
import '../tf-gradients.js';
import { SessionError } from './errors.js';
import { type DivergenceReason, type MonitorOptions, RunMonitor } from './monitor.js';
import {
  joinSteps,
  packStepBody,
  type RecordLayout,
  recordLayout,
  type StepInfo,
  type StepRecord,
  unpackStep,
} from './record.js';

/** Everything a session needs; all of it plain data, so a widget can build one from attributes. */
export interface SessionOptions {
  readonly dataset: Dataset;
  readonly model: ModelSpec;
  readonly loss: LossId;
  readonly lossOptions?: LossOptions;
  readonly optimizer: OptimizerKind;
  /** Initial hyperparameters; change them later through `session.optimizer.hyperparameters`. */
  readonly hyperparameters?: Readonly<Record<string, number>>;
  /** Default: full batch. */
  readonly batching?: { readonly mode: BatchMode; readonly batchSize?: number; readonly shuffle?: boolean };
  /** Seeds the batch order (default 0). The model's own `init` seeds its starting weights. */
  readonly seed?: number | string;
  readonly monitor?: MonitorOptions;
  /** How many steps of history to keep for tables and rewinding (default 10,000; older ones are dropped). */
  readonly historyLimit?: number;
  /** Record the batch's predictions when the batch has at most this many rows (default 64). */
  readonly recordPredictionsUpTo?: number;
  /**
   * Use core's fused kernel (forward pass, loss and gradient in one kernel) when the model is a
   * single dense layer (linear, logistic, softmax) and the loss suits it (default true). `false`
   * takes the autodiff path: same numbers to float32 rounding, ~30 small kernels per step instead
   * of one (the benchmark compares the two).
   */
  readonly fused?: boolean;
}

/** `detail` of the session's events. */
export interface SessionEventMap {
  step: { readonly records: readonly StepRecord[] };
  converged: { readonly step: number; readonly loss: number };
  diverged: { readonly step: number; readonly reason: DivergenceReason; readonly loss: number };
  reset: { readonly step: number };
}

export type SessionStatus = 'running' | 'converged' | 'diverged';

/**
 * Model + loss + optimizer + batching + data: one gradient-descent run that a widget can play,
 * step, rewind and reset.
 *
 * - `step(k)` runs k updates with no GPU read-back between them, then reads all k records back at once.
 * - The history holds plain numbers per step (loss, parameters, gradient, optimizer state, batch),
 *   so tables and scrubbing never touch tensors, and `rewind(step)` restores any kept step exactly
 *   (parameters, optimizer state and the batch order that follows).
 * - Convergence and divergence are reported as `converged` and `diverged` events; a diverged run
 *   stops stepping until it is rewound or reset.
 * - If the WebGL context is lost, the session rebuilds its tensors on the CPU backend from its last
 *   record, so the learner loses nothing.
 *
 * Ownership: the session owns its model, optimizer and data tensors; `dispose()` frees them all.
 *
 * @example
 * const session = await TrainingSession.create({
 *   dataset: createPreset('house-prices'), model: { kind: 'linear', features: 1, init: 'zeros' },
 *   loss: 'mse', optimizer: 'sgd', hyperparameters: { learningRate: 1e-4 },
 * });
 * const [first] = await session.step(1);
 * session.dispose();
 */
export class TrainingSession extends EventTarget {
  readonly options: SessionOptions;
  readonly loss: Loss;
  readonly batcher: Batcher;
  private modelInstance: Model;
  private optimizerInstance: Optimizer;
  private data: DatasetTensors;
  private layout: RecordLayout;
  private records: StepRecord[] = [];
  private monitor: RunMonitor;
  private runStatus: SessionStatus = 'running';
  private stopWatchingBackend: () => void;
  private disposed = false;
  private rowsCache?: readonly number[];
  /** Bumped by every reset, rewind and rebuild, so an in-flight step's results are dropped. */
  private generation = 0;
  /** {@link TrainingSession.trainShape}'s answer for the current model. */
  private shapeCache?: { readonly model: Model; readonly shape: TrainShape | undefined };
  /** The backend the training kernel was last looked up for, and whether it has it. */
  private kernelBackend = '';
  private kernelRegistered = false;
  /** Hyperparameters each optimizer had when it was swapped out, for rewinding back into its steps. */
  private readonly lastHyperparameters = new Map<OptimizerKind, Record<string, number>>();

  private constructor(options: SessionOptions) {
    super();
    checkCompatibility(options);
    this.options = options;
    this.loss = createLoss(options.loss, options.lossOptions);
    this.batcher = new Batcher({
      size: options.dataset.targets.length,
      mode: options.batching?.mode ?? 'full',
      batchSize: options.batching?.batchSize,
      shuffle: options.batching?.shuffle,
      seed: options.seed ?? 0,
    });
    this.data = datasetToTensors(options.dataset);
    this.modelInstance = createModel(options.model);
    this.optimizerInstance = createOptimizer(options.optimizer, { ...options.hyperparameters }) as Optimizer;
    this.layout = this.makeLayout();
    this.monitor = new RunMonitor(options.monitor);
    this.stopWatchingBackend = onBackendChange(() => this.rebuildAfterBackendChange());
  }

  /** Creates a session and records its starting point (step 0). */
  static async create(options: SessionOptions): Promise<TrainingSession> {
    const session = new TrainingSession(options);
    await session.recordStart();
    return session;
  }

  /** The model being trained (owned by the session). */
  get model(): Model {
    return this.modelInstance;
  }

  /** The optimizer; set `optimizer.hyperparameters.learningRate` (etc.) to change it from the next step. */
  get optimizer(): Optimizer {
    return this.optimizerInstance;
  }

  /** Every kept step, oldest first; the last one is the current state. */
  get history(): readonly StepRecord[] {
    return this.records;
  }

  /** The current state: the last record. */
  get current(): StepRecord {
    return this.records[this.records.length - 1]!;
  }

  get status(): SessionStatus {
    return this.runStatus;
  }

  /**
   * Runs up to `count` updates without reading anything back in between, then reads back all their
   * records in one go. Returns the new records (fewer than `count` if the run diverged; none if it
   * had already diverged, or if a reset or rewind happened meanwhile).
   */
  async step(count = 1): Promise<StepRecord[]> {
    this.assertUsable();
    if (!Number.isInteger(count) || count < 1) {
      throw new SessionError('bad-step-count', `step() takes a whole number of steps ≥ 1, got ${count}.`);
    }
    if (this.runStatus === 'diverged') return [];
    const generation = this.generation;
    const fullBatch = this.batcher.mode === 'full';
    const train = fullBatch ? this.trainAttrs(count) : undefined;
    const { joined, pending } = train ? this.runFused(count, train) : this.runSteps(count, fullBatch);
    const values = (await joined.data()) as Float32Array;
    joined.dispose();
    if (generation !== this.generation || this.disposed) return [];

    const added: StepRecord[] = [];
    const layout = this.layout;
    const predictionWidth = this.outputWidth();
    let offset = 0;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i]!;
      const rows = p.batch.length;
      const length = layout.fixedLength + (this.recordsPredictions(rows) ? rows * predictionWidth : 0);
      const record = unpackStep(values, offset, offset + length, layout, p);
      offset += length;
      added.push(record);
      this.records.push(record);
      const verdict = this.monitor.observe(record);
      if (verdict.kind === 'diverged') {
        this.runStatus = 'diverged';
        this.trimHistory();
        this.emit('diverged', { step: verdict.step, reason: verdict.reason, loss: verdict.loss });
        // Steps queued after the divergence never happened as far as the learner is concerned.
        this.restoreTo(record);
        break;
      }
      if (verdict.kind === 'converged' && this.runStatus === 'running') {
        this.runStatus = 'converged';
        this.trimHistory();
        this.emit('converged', { step: verdict.step, loss: verdict.loss });
      }
    }
    this.trimHistory();
    this.emit('step', { records: added });
    return added;
  }

  /**
   * Steps until the run converges or diverges, or `maxSteps` have run, `chunk` steps per read-back.
   * Resolves with the status reached.
   */
  async stepUntilSettled(maxSteps = 10_000, chunk = 100): Promise<SessionStatus> {
    let remaining = maxSteps;
    while (remaining > 0 && this.runStatus === 'running') {
      const taken = await this.step(Math.min(chunk, remaining));
      if (taken.length === 0) break;
      remaining -= taken.length;
    }
    return this.runStatus;
  }

  /** Goes back to a kept step: parameters, optimizer state and batch order as they were then. Later steps are dropped. */
  rewind(step: number): void {
    this.assertUsable();
    const index = this.records.findIndex((record) => record.step === step);
    if (index < 0) {
      const kept = `${this.records[0]!.step}–${this.current.step}`;
      throw new SessionError('step-not-in-history', `Step ${step} is not in the kept history (${kept}).`);
    }
    this.records.length = index + 1;
    this.restoreTo(this.records[index]!);
    this.runStatus = 'running';
    this.monitor.start(this.records[index]!, this.records[0]!.loss);
    this.emit('reset', { step });
  }

  /** Starts the run over with the same seed: the same initial weights and the same batches. */
  async reset(): Promise<void> {
    this.assertUsable();
    this.generation++;
    this.modelInstance.dispose();
    this.modelInstance = createModel(this.options.model);
    this.optimizerInstance.reset();
    this.batcher.reset();
    this.records = [];
    await this.recordStart();
    this.emit('reset', { step: 0 });
  }

  /** Starts the run over from chosen parameters (a learner clicking a start point in parameter space). */
  async restartFrom(values: Partial<ParameterValues>): Promise<void> {
    this.assertUsable();
    this.generation++;
    this.modelInstance.assign(values);
    if (this.modelInstance instanceof MlpModel) this.modelInstance.resetRunningStatistics();
    this.optimizerInstance.reset();
    this.batcher.reset();
    this.records = [];
    await this.recordStart();
    this.emit('reset', { step: 0 });
  }

  /**
   * Swaps the optimizer mid-run: parameters and history are kept, the new optimizer's state starts
   * from zero (its own step count t from 1). Rewinding to a step made by an earlier optimizer brings
   * that optimizer back, with the hyperparameters it last had.
   */
  setOptimizer(kind: OptimizerKind, hyperparameters: Readonly<Record<string, number>> = {}): void {
    this.assertUsable();
    const next = createOptimizer(kind, { ...hyperparameters }) as Optimizer;
    this.replaceOptimizer(next);
  }

  private replaceOptimizer(next: Optimizer): void {
    const previous = this.optimizerInstance;
    this.lastHyperparameters.set(previous.kind, { ...previous.hyperparameters });
    previous.dispose();
    this.optimizerInstance = next;
    this.layout = this.makeLayout();
  }

  /** Frees the model, the optimizer's state and the data tensors. The session cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.generation++;
    this.stopWatchingBackend();
    this.modelInstance.dispose();
    this.optimizerInstance.dispose();
    disposeDatasetTensors(this.data);
  }

  // --- a frame's steps ----------------------------------------------------------------------

  /**
   * `count` steps one kernel call at a time (mini-batches, MLPs with normalisation, `fused: false`):
   * returns every step's record numbers joined in one tensor (caller disposes) and what each step
   * was. No read-back in between.
   */
  private runSteps(count: number, fullBatch: boolean): { joined: tf.Tensor1D; pending: PendingStep[] } {
    const pending: (StepTensors & PendingStep)[] = [];
    const firstStep = this.current.step + 1;
    for (let i = 0; i < count; i++) {
      const batch = this.batcher.next();
      pending.push({
        ...this.update(batch.indices, fullBatch),
        step: firstStep + i,
        epoch: batch.epoch,
        batch: batch.indices,
        optimizer: this.optimizerInstance.kind,
        optimizerStep: this.optimizerInstance.iterations,
      });
    }
    // The loss curve wants the whole-data loss after each update. In full batch that is exactly the
    // next step's batch loss (same rows, same parameters), so only the last step pays a forward pass.
    const lastLoss = fullBatch ? this.wholeDataLoss() : undefined;
    const joined = joinSteps(
      pending.map((p, i) => ({
        batchLoss: p.batchLoss,
        loss: fullBatch ? (pending[i + 1]?.batchLoss ?? lastLoss!) : p.loss!,
        body: p.body,
      })),
    );
    tf.dispose([
      ...(lastLoss ? [lastLoss] : []),
      ...pending.flatMap((p) => [p.batchLoss, p.body, ...(p.loss ? [p.loss] : [])]),
    ]);
    return { joined, pending };
  }

  /**
   * `count` full-batch steps in one `GdTrainSteps` kernel call: forward pass, loss, gradient, the
   * optimizer's update and the records, for every step; the parameters and the optimizer's state
   * are then taken over from the kernel's outputs. Returns the records (caller disposes).
   */
  private runFused(count: number, attrs: TrainStepsAttrs): { joined: tf.Tensor1D; pending: PendingStep[] } {
    const optimizer = this.optimizerInstance;
    const parameters = this.modelInstance.parameters;
    const slotNames = optimizer.slotNames;
    // Plain loops: this runs once per frame, and at k = 1 its closures and spreads showed.
    const variables: tf.Variable[] = [];
    const slots: tf.Tensor[] = [];
    for (let q = 0; q < parameters.length; q++) {
      const v = parameters[q]!.variable;
      variables.push(v);
      if (slotNames.length === 0) continue;
      const own = optimizer.stateFor(v);
      for (let j = 0; j < slotNames.length; j++) slots.push(own[slotNames[j]!]!);
    }
    const firstStep = this.current.step + 1;
    const firstUpdate = attrs.t0;
    const result = trainStepsKernel(this.data.X, this.targets(), variables, slots, attrs);
    const state = new Map<tf.Variable, Record<string, tf.Tensor>>();
    for (let q = 0; q < variables.length; q++) {
      const v = variables[q]!;
      const next = result.parameters[q] as tf.Tensor;
      v.assign(next);
      // One by one: tf.dispose(list) walks the list as a tensor container, ~3 % of a k = 1 step.
      next.dispose();
      const own: Record<string, tf.Tensor> = {};
      for (let j = 0; j < slotNames.length; j++) {
        own[slotNames[j]!] = result.slots[q * slotNames.length + j] as tf.Tensor;
      }
      state.set(v, own);
    }
    optimizer.adoptState(state, count);
    // Full batch: every step is one epoch over every row, in order. One frozen list of the rows
    // serves every record (a fresh 1,000-number array per step was most of the garbage).
    const drawn = this.batcher.iteration;
    this.batcher.seek(drawn + count);
    const rows = this.allRows();
    const pending: PendingStep[] = [];
    for (let i = 0; i < count; i++) {
      pending.push({
        step: firstStep + i,
        epoch: drawn + i,
        batch: rows,
        optimizer: optimizer.kind,
        optimizerStep: firstUpdate + i,
      });
    }
    return { joined: result.records, pending };
  }

  /** 0 … n−1, frozen, shared by every full-batch record. */
  private allRows(): readonly number[] {
    const n = this.options.dataset.targets.length;
    if (this.rowsCache?.length !== n) {
      this.rowsCache = Object.freeze(Array.from({ length: n }, (_, i) => i));
    }
    return this.rowsCache;
  }

  /**
   * The training kernel's attributes when it can run a frame's steps (a stack of dense layers
   * without normalisation, a loss it knows, a backend it is registered for), else undefined. Read
   * at every call: the loss's options and the hyperparameters may have changed.
   */
  private trainAttrs(count: number): TrainStepsAttrs | undefined {
    const model = this.modelInstance;
    if (this.options.fused === false) return undefined;
    const shape = this.trainShape(model);
    if (!shape) return undefined;
    const backend = tf.getBackend();
    if (backend !== this.kernelBackend) {
      this.kernelBackend = backend;
      this.kernelRegistered = tf.getKernel(TRAIN_STEPS, backend) !== undefined;
    }
    if (!this.kernelRegistered) return undefined;
    const options = this.loss.options;
    // As on the per-step paths: the loss's options and the hyperparameters are checked every call.
    validateLossOptions(options);
    const optimizer = this.optimizerInstance;
    optimizer.validate();
    return {
      loss: this.loss.id,
      half: options.convention === 'half',
      delta: options.delta,
      beta: options.beta,
      sizes: shape.sizes,
      activations: shape.activations,
      biases: shape.biases,
      optimizer: optimizer.kind,
      hyper: hyperparameterVector(optimizer.kind, optimizer.hyperparameters),
      slotCount: optimizer.slotNames.length,
      t0: optimizer.iterations + 1,
      steps: count,
      predictions: this.recordsPredictions(this.data.X.shape[0]),
    };
  }

  /**
   * The training kernel's layer attributes for this model, or undefined when the kernel cannot train
   * it. Built once per model instance (its layers never change; a reset makes a new model).
   */
  private trainShape(model: Model): TrainShape | undefined {
    if (this.shapeCache?.model === model) return this.shapeCache.shape;
    let shape: TrainShape | undefined;
    if (isLayeredModel(model)) {
      const activations = model.layers.map((layer) => layer.activation);
      if (trainable(this.loss.id, activations, model.outputSize)) {
        shape = {
          sizes: [model.layers[0]!.inputSize, ...model.layers.map((layer) => layer.outputSize)],
          activations,
          biases: model.layers.map((layer) => (layer.bias ? 1 : 0)),
        };
      }
    }
    this.shapeCache = { model, shape };
    return shape;
  }

  // --- one update ---------------------------------------------------------------------------

  /**
   * One gradient step on a batch. Returns its record's tensors (caller disposes): the batch loss, the
   * packed body, and, unless `fullBatch` (where the caller derives it), the whole-data loss after
   * the update.
   */
  private update(indices: number[], fullBatch: boolean): StepTensors {
    const model = this.modelInstance;
    const variables = model.parameters.map((p) => p.variable);
    const recordPredictions = this.recordsPredictions(indices.length);
    const fused = this.fusedAttrs();
    const { batchLoss, gradients, predictions } = tf.tidy(() => {
      // Full batch uses every row in order: no gather needed.
      const rows = fullBatch ? undefined : tf.tensor1d(indices, 'int32');
      const X = rows ? (tf.gather(this.data.X, rows) as tf.Tensor2D) : this.data.X;
      const y = rows ? tf.gather(this.targets(), rows) : this.targets();
      let value: tf.Scalar;
      let grads: tf.Tensor[];
      if (fused) {
        const step = this.fusedStep(X, y, fused);
        value = step.loss;
        grads = step.gradB ? [step.gradW, step.gradB] : [step.gradW];
      } else {
        const result = tf.variableGrads(() => this.loss.total(y, this.output(model, X)), variables);
        value = result.value;
        grads = variables.map((v) => result.grads[v.name]!);
        // Batch norm's running statistics take this batch, before the update (PyTorch's order).
        if (model instanceof MlpModel) model.updateRunningStatistics(X);
      }
      return {
        batchLoss: value,
        gradients: grads,
        predictions: recordPredictions ? model.predict(X) : undefined,
      };
    });
    this.optimizerInstance.applyGradients(
      variables.map((variable, i) => ({ variable, gradient: gradients[i]! })),
    );
    const body = tf.tidy(() => {
      const slots = variables.flatMap((v) => {
        const live = this.optimizerInstance.slots(v);
        return this.layout.slotNames.map((name) => live?.[name] ?? tf.zerosLike(v));
      });
      return packStepBody(gradients, variables, slots, predictions);
    });
    tf.dispose([...gradients, ...(predictions ? [predictions] : [])]);
    return { batchLoss, body, loss: fullBatch ? undefined : this.wholeDataLoss() };
  }

  /** The loss on the whole data set at the current parameters (caller disposes). */
  private wholeDataLoss(): tf.Scalar {
    const fused = this.fusedAttrs();
    return tf.tidy(() =>
      fused
        ? this.fusedStep(this.data.X, this.targets(), fused).loss
        : this.loss.total(this.targets(), this.output(this.modelInstance, this.data.X)),
    );
  }

  /**
   * The fused kernel's attributes when it can stand in for autodiff (a single dense layer and a
   * loss it knows; read at every step, since δ, β and the convention may change), else undefined.
   */
  private fusedAttrs(): DenseLossStepAttrs | undefined {
    const model = this.modelInstance;
    if (this.options.fused === false || !isLayeredModel(model) || model.layers.length !== 1) return undefined;
    const layer = model.layers[0]!;
    if (!fusableStep(this.loss.id, layer.activation, layer.outputSize)) return undefined;
    const options = this.loss.options;
    // The unfused loss validates its options at every evaluation: so does the fused path.
    validateLossOptions(options);
    return {
      loss: this.loss.id,
      activation: layer.activation as DenseLossStepAttrs['activation'],
      half: options.convention === 'half',
      delta: options.delta,
      beta: options.beta,
    };
  }

  /** Loss and gradients (weight, then bias) of the single-layer model in one kernel. Call inside a tidy. */
  private fusedStep(X: tf.Tensor2D, y: tf.Tensor, attrs: DenseLossStepAttrs) {
    const layer = (this.modelInstance as LayeredModel).layers[0]!;
    return denseLossStep(X, y, layer.weight.variable, layer.bias?.variable, attrs);
  }

  private output(model: Model, X: tf.Tensor2D): tf.Tensor {
    return this.loss.input === 'logits' ? model.logits(X) : model.predict(X);
  }

  /** One-hot rows for categorical losses, the target column otherwise. */
  private targets(): tf.Tensor {
    return this.options.loss === 'cce' || this.options.loss === 'cce-logits'
      ? this.data.oneHot!
      : this.data.y;
  }

  private outputWidth(): number {
    return this.modelInstance.outputSize;
  }

  private recordsPredictions(batchSize: number): boolean {
    return batchSize <= (this.options.recordPredictionsUpTo ?? 64);
  }

  private makeLayout(): RecordLayout {
    return recordLayout(
      this.modelInstance.parameters.map((p) => ({ name: p.name, size: p.shape.reduce((a, b) => a * b, 1) })),
      this.optimizerInstance.slotNames,
    );
  }

  // --- history ------------------------------------------------------------------------------

  private async recordStart(): Promise<void> {
    const generation = this.generation;
    const lossTensor = this.wholeDataLoss();
    const parametersList = this.modelInstance.parameters;
    const [parameters, lossValues, ...slotValues] = await Promise.all([
      this.modelInstance.read(),
      lossTensor.data(),
      // Before the first step these are the optimizer's starting values (zeros, or Adagrad's 0.1).
      ...parametersList.map((p) => this.optimizerInstance.readSlots(p.variable)),
    ]);
    lossTensor.dispose();
    if (generation !== this.generation) return;
    const optimizerState: Record<string, SlotValues> = {};
    parametersList.forEach((p, i) => {
      optimizerState[p.name] = slotValues[i] as SlotValues;
    });
    const start: StepRecord = {
      step: 0,
      epoch: 0,
      batch: [],
      predictions: [],
      batchLoss: Number.NaN,
      gradient: {},
      parameters,
      optimizer: this.optimizerInstance.kind,
      optimizerStep: 0,
      optimizerState,
      loss: lossValues[0] ?? Number.NaN,
    };
    this.records = [start];
    this.runStatus = 'running';
    this.monitor.start(start);
  }

  /** Drops the oldest records beyond the history limit (once per frame, not per record). */
  private trimHistory(): void {
    const limit = this.options.historyLimit ?? 10_000;
    const excess = this.records.length - limit - 1;
    // One record over (k = 1 at the limit): shift() drops it without the array splice() returns.
    if (excess === 1) this.records.shift();
    else if (excess > 1) this.records.splice(0, excess);
  }

  /** Puts parameters, optimizer state and batch position back to a record's. */
  private restoreTo(record: StepRecord): void {
    this.generation++;
    if (record.optimizer !== this.optimizerInstance.kind) {
      const hyperparameters = this.lastHyperparameters.get(record.optimizer) ?? {};
      this.replaceOptimizer(createOptimizer(record.optimizer, { ...hyperparameters }) as Optimizer);
    }
    this.modelInstance.assign(record.parameters);
    const state = new Map<tf.Variable, SlotValues>();
    for (const p of this.modelInstance.parameters) {
      const slots = record.optimizerState[p.name];
      if (slots && Object.keys(slots).length > 0) state.set(p.variable, slots);
    }
    this.optimizerInstance.restore(record.optimizerStep, state);
    this.batcher.seek(record.step);
  }

  private rebuildAfterBackendChange(): void {
    if (this.disposed) return;
    // The old tensors lived in the lost context: drop our references without reading them.
    const last = this.current;
    try {
      this.modelInstance.dispose();
      this.optimizerInstance.dispose();
      disposeDatasetTensors(this.data);
    } catch {
      // Disposing textures of a lost context may throw; they are gone either way.
    }
    this.data = datasetToTensors(this.options.dataset);
    this.modelInstance = createModel(this.options.model);
    const hyperparameters = { ...this.optimizerInstance.hyperparameters } as Record<string, number>;
    this.optimizerInstance = createOptimizer(this.optimizerInstance.kind, hyperparameters) as Optimizer;
    this.layout = this.makeLayout();
    this.restoreTo(last);
  }

  private emit<K extends keyof SessionEventMap>(type: K, detail: SessionEventMap[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  private assertUsable(): void {
    if (this.disposed) throw new SessionError('disposed', 'This training session has been disposed.');
  }
}

/** What a step was, beside its numbers: the record's plain fields. */
type PendingStep = StepInfo;

/** The layer attributes of the training kernel for one model. */
interface TrainShape {
  readonly sizes: readonly number[];
  readonly activations: readonly string[];
  readonly biases: readonly number[];
}

/** The tensors one update leaves for its record (see `TrainingSession.update`). */
interface StepTensors {
  readonly batchLoss: tf.Scalar;
  readonly body: tf.Tensor1D;
  readonly loss?: tf.Scalar;
}

/** Refuses combinations whose numbers would mean nothing (e.g. BCE on a model that outputs any real number). */
function checkCompatibility(options: SessionOptions): void {
  const info = LOSS_INFO[options.loss];
  const kind = options.model.kind;
  const outputsProbabilities =
    kind === 'logistic' ||
    kind === 'softmax' ||
    (kind === 'mlp' && options.model.output !== undefined && options.model.output !== 'identity');
  if (info.input === 'prediction' && info.requires.includes('probabilities') && !outputsProbabilities) {
    throw new SessionError(
      'incompatible-loss',
      `The ${options.loss} loss needs probabilities, but a ${kind} model outputs any real number.`,
    );
  }
  if (info.task === 'multiclass-classification' && !options.dataset.classes) {
    throw new SessionError('no-classes', `The ${options.loss} loss needs a data set with class labels.`);
  }
}
