// About 500 lines, one concept: the training run the element drives (trainer, play loop, history,
// stop conditions, read-backs for the views); parsing, painting and state text live in their own files.
/**
 * The element's side of core's network engine (`NetworkTrainer`, packages/core/src/network): it
 * builds the data and the trainer from the settings, keeps the last good trainer when a setting
 * is refused by core, runs the play loop (`speed` mini-batch steps per animation frame, in ONE
 * fused kernel call), and after each frame reads back what the views draw: one grid evaluation of
 * every neuron, the train/test loss and the test confusion matrix. Everything here is plain
 * numbers afterwards; the only tensors are the trainer's own, freed by `dispose`.
 *
 * Element-side adapter (kept here, not in core): the learner's own points are split into train
 * and test by a per-row seeded coin (so adding, dragging or deleting a point never moves the
 * others between the sets, as core's shuffled split would), and standardised on the training rows.
 */
import {
  createNetworkData,
  loadNetworkTensorPath,
  type NetworkData,
  NetworkError,
  NetworkTrainer,
  type OptimizerKind,
  ready,
  stopReason,
} from '@gd-playground/core';
import type { ReactiveControllerHost } from 'lit';
import type { AttributeProblem } from '../internal/attributes.js';
import { coreProblem } from './core-problem.js';
import type { NetworkRow } from './data-text.js';
import type { NetworkSettledDetail } from './events.js';
import type { ForwardTraceView, GridView, HistoryPoint, NetworkView } from './model-view.js';
import type { NetworkSettings } from './settings.js';
import { encodeTraining, type SavedTraining, trainerStateOf } from './training-text.js';

/** Everything a run is built from: the settings and the `standardize` switch. */
export interface RunConfig extends NetworkSettings {
  readonly standardize: boolean;
}

export interface RunCallbacks {
  /** After training moved (a frame, a step, an epoch): the element emits `gd-step` and redraws. */
  readonly onFrame: () => void;
  readonly onSettled: (detail: NetworkSettledDetail) => void;
  /** Core refused a setting (attribute named): the element shows it; undefined clears `attribute`. */
  readonly onProblem: (attribute: string, problem: AttributeProblem | undefined) => void;
}

/** Cells per side of the grid evaluation (every neuron's heat map and the regions). */
export const GRID_SIZE = 24;
/** History points kept for the loss curves. */
const CURVE_POINTS = 400;
/** Epochs the convergence stop looks back over (`converge-tolerance`). */
const CONVERGE_WINDOW = 10;
/** While playing, training is narrated at most this often. */
const NARRATION_MS = 1500;

type Host = ReactiveControllerHost & HTMLElement;

/** A stable per-row coin in [0, 1) from the row's index and the seed. */
function coin(index: number, seed: number): number {
  const s = Math.sin(index * 12.9898 + seed * 78.233) * 43758.5453;
  return s - Math.floor(s);
}

/** The learner's rows as core's split data (see the file comment). */
export function splitRows(
  rows: readonly NetworkRow[],
  config: RunConfig,
): { data: NetworkData; test: boolean[] } {
  const inputs = (rows[0]?.x.length ?? 2) as 1 | 2;
  const test = rows.map((_, i) => coin(i, config.seed) >= config.trainRatio);
  // At least one training row.
  if (test.every(Boolean)) test[0] = false;
  const pick = (isTest: boolean) => {
    const chosen = rows.filter((_, i) => test[i] === isTest);
    return { points: chosen.map((row) => [...row.x]), targets: chosen.map((row) => row.y) };
  };
  const train = pick(false);
  let standardizer: { mean: number[]; std: number[] } | undefined;
  if (config.standardize) {
    const mean = Array.from(
      { length: inputs },
      (_, d) => train.points.reduce((s, p) => s + (p[d] ?? 0), 0) / train.points.length,
    );
    const std = mean.map((m, d) => {
      const variance = train.points.reduce((s, p) => s + ((p[d] ?? 0) - m) ** 2, 0) / train.points.length;
      return variance > 0 ? Math.sqrt(variance) : 1;
    });
    standardizer = { mean, std };
  }
  const regression = inputs === 1;
  const classes = regression ? 0 : Math.max(2, ...rows.map((row) => row.y + 1));
  return {
    data: {
      inputs,
      task: regression ? 'regression' : 'classification',
      classes,
      train,
      test: pick(true),
      ...(standardizer ? { standardizer } : {}),
    } as NetworkData,
    test,
  };
}

function hyperparametersOf(config: RunConfig): Record<string, number> {
  const h: Record<string, number> = { learningRate: config.learningRate };
  if (config.optimizer === 'momentum' || config.optimizer === 'nesterov') h['momentum'] = config.momentum;
  if (config.optimizer === 'rmsprop')
    Object.assign(h, { decay: config.decay, momentum: 0, epsilon: config.epsilon });
  if (config.optimizer === 'adam')
    Object.assign(h, { beta1: config.beta1, beta2: config.beta2, epsilon: config.epsilon });
  if (config.optimizer === 'adagrad') h['epsilon'] = config.epsilon;
  return h;
}

export class NetworkRun {
  trainer?: NetworkTrainer;
  view?: NetworkView;
  grid?: GridView;
  history: HistoryPoint[] = [];
  /** The training loss at each epoch boundary seen (for the convergence stop). */
  private epochLosses: number[] = [];
  private lastEpoch = 0;
  confusion?: readonly (readonly number[])[];
  accuracy = Number.NaN;
  playing = false;
  /** Bumped whenever anything the canvases show changed. */
  version = 0;
  /** The points as drawn, with their split. */
  rows: { x: readonly number[]; y: number; test: boolean }[] = [];
  inputs: 1 | 2 = 2;
  bounds: [number, number, number, number] = [-1, 1, -1, 1];
  /** Resolves when the current configuration's trainer exists. */
  ready: Promise<void> = Promise.resolve();
  private config?: RunConfig;
  /** The settings the current trainer was built from, as JSON. */
  private configKey = '';
  private frame = 0;
  private lastNarration = 0;
  private traceCache = new Map<string, ForwardTraceView | undefined>();

  constructor(
    private readonly host: Host,
    private readonly callbacks: RunCallbacks,
  ) {
    host.addController({
      hostDisconnected: () => this.dispose(),
    });
  }

  get canStepBack(): boolean {
    return this.trainer?.canStepBack ?? false;
  }

  stepsPerEpoch(): number {
    return this.trainer?.stepsPerEpoch ?? 1;
  }

  epochOf(step: number): number {
    return step / Math.max(1, this.stepsPerEpoch());
  }

  narrationDue(): boolean {
    const now = performance.now();
    if (this.playing && now - this.lastNarration < NARRATION_MS) return false;
    this.lastNarration = now;
    return true;
  }

  /**
   * Builds data and trainer for `config` (the last good trainer stays if core refuses it), then
   * loads `training` (a state string's trained network) into it. The same settings again keep the
   * trainer as it is, so a state string that only adds weights does not start training afresh.
   */
  configure(config: RunConfig, training?: SavedTraining): Promise<void> {
    const key = JSON.stringify(config);
    const same = this.trainer !== undefined && key === this.configKey;
    this.configKey = key;
    const previous = this.ready;
    this.ready = same
      ? previous.then(() => (training ? this.loadTraining(training) : undefined))
      : this.build(config, training);
    return this.ready;
  }

  /** Continues from a saved training; core refusing it (`invalid-state`) keeps the network as it is. */
  private loadTraining(training: SavedTraining): void {
    const trainer = this.trainer;
    if (!trainer) return;
    try {
      trainer.loadState(trainerStateOf(training, trainer.optimizer, trainer.config.parameterCount));
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      const { attribute, problem } = coreProblem(error);
      this.callbacks.onProblem(attribute, problem);
      return;
    }
    this.history = [];
    this.epochLosses = [];
    this.refresh();
    this.callbacks.onFrame();
  }

  /** The trained network as a state string's `weights` text (none before the first step). */
  savedTraining(): string | undefined {
    const trainer = this.trainer;
    return trainer && trainer.step > 0 ? encodeTraining(trainer.saveState()) : undefined;
  }

  private async build(config: RunConfig, training?: SavedTraining): Promise<void> {
    await ready();
    if (!this.host.isConnected) {
      this.configKey = '';
      return;
    }
    const wasPlaying = this.playing;
    this.pause();
    let data: NetworkData;
    let testFlags: boolean[] | undefined;
    let trainer: NetworkTrainer;
    try {
      if (config.data) {
        const split = splitRows(config.data, config);
        data = split.data;
        testFlags = split.test;
      } else {
        data = createNetworkData({
          preset: config.preset === 'regression' ? 'curve' : config.preset,
          size: config.size,
          ...(config.noise === undefined ? {} : { noise: config.noise }),
          classes: config.classes,
          seed: config.seed,
          trainRatio: config.trainRatio,
          standardize: config.standardize,
        });
      }
      const regression = data.task === 'regression';
      const output = regression
        ? 'linear'
        : config.output === 'auto' || config.output === 'linear'
          ? 'softmax'
          : config.output;
      if (config.output === 'sigmoid' && data.classes !== 2 && !regression)
        this.callbacks.onProblem('output', { code: 'sigmoid-classes', params: { classes: data.classes } });
      else this.callbacks.onProblem('output', undefined);
      trainer = new NetworkTrainer({
        config: {
          inputs: data.inputs,
          features: data.inputs === 2 ? config.features : [],
          hidden: config.layers,
          activation:
            config.activation.length === 1
              ? config.activation[0]
              : config.activation.slice(0, config.layers.length),
          output: output === 'sigmoid' && data.classes !== 2 ? 'softmax' : output,
          classes: Math.max(2, data.classes),
          init: config.init,
          seed: config.seed,
          l2: config.l2,
        },
        data,
        optimizer: config.optimizer as OptimizerKind,
        hyperparameters: hyperparametersOf(config),
        batchSize: config.batchSize === 0 ? Number.MAX_SAFE_INTEGER : config.batchSize,
      });
    } catch (error) {
      if (error instanceof NetworkError) {
        const { attribute, problem } = coreProblem(error);
        this.callbacks.onProblem(attribute, problem);
        this.configKey = this.config ? JSON.stringify(this.config) : '';
        return;
      }
      throw error;
    }
    // Core's cpu and webgl backends train on the fused kernel; another backend needs the tensor path
    // (autodiff), a chunk fetched only then.
    if (trainer.activePath === 'tensor') {
      await loadNetworkTensorPath();
      if (!this.host.isConnected) {
        trainer.dispose();
        this.configKey = '';
        return;
      }
    }
    this.trainer?.dispose();
    this.trainer = trainer;
    this.config = config;
    this.inputs = data.inputs;
    this.rows = this.rowsOf(data, config.data, testFlags);
    this.bounds = this.boundsOf();
    this.history = [];
    this.epochLosses = [];
    this.refresh();
    if (training) this.loadTraining(training);
    if (wasPlaying) this.play();
  }

  private rowsOf(data: NetworkData, given: readonly NetworkRow[] | undefined, test: boolean[] | undefined) {
    if (given && test) return given.map((row, i) => ({ x: row.x, y: row.y, test: test[i] ?? false }));
    const rows = (
      set: { points: readonly (readonly number[])[]; targets: readonly number[] },
      isTest: boolean,
    ) => set.points.map((x, i) => ({ x, y: set.targets[i] ?? 0, test: isTest }));
    return [...rows(data.train, false), ...rows(data.test, true)];
  }

  /** The plane shown: a square around every point (regression: x and y ranges), padded 10 %. */
  private boundsOf(): [number, number, number, number] {
    if (this.inputs === 1) {
      const xs = this.rows.map((r) => r.x[0] ?? 0);
      const ys = this.rows.map((r) => r.y);
      const pad = (lo: number, hi: number): [number, number] => {
        const span = hi - lo || 1;
        return [lo - 0.1 * span, hi + 0.1 * span];
      };
      return [...pad(Math.min(...xs), Math.max(...xs)), ...pad(Math.min(...ys), Math.max(...ys))] as [
        number,
        number,
        number,
        number,
      ];
    }
    let m = 1e-9;
    for (const r of this.rows) m = Math.max(m, Math.abs(r.x[0] ?? 0), Math.abs(r.x[1] ?? 0));
    m *= 1.1;
    return [-m, m, -m, m];
  }

  /** Settings that need no new trainer: optimizer, its hyperparameters, batch size, L2. */
  setHyperparameters(config: RunConfig): void {
    const trainer = this.trainer;
    if (!trainer || !this.config) return;
    try {
      if (config.optimizer !== trainer.optimizer)
        trainer.setOptimizer(config.optimizer as OptimizerKind, hyperparametersOf(config));
      else trainer.setHyperparameters(hyperparametersOf(config));
      trainer.batchSize = config.batchSize === 0 ? Number.MAX_SAFE_INTEGER : config.batchSize;
      if (trainer.l2 !== config.l2) trainer.l2 = config.l2;
      this.config = config;
      this.configKey = JSON.stringify(config);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      const { attribute, problem } = coreProblem(error);
      this.callbacks.onProblem(attribute, problem);
    }
  }

  /** Reads back what the views draw (one grid call, two evaluations). */
  private refresh(): void {
    const trainer = this.trainer;
    if (!trainer) return;
    const spec = trainer.config;
    const params = trainer.parameterVector();
    this.view = {
      sizes: spec.sizes,
      activations: spec.activations as NetworkView['activations'],
      output: spec.output,
      inputNames: spec.inputNames,
      classes: spec.classes,
      params,
      weightOffsets: spec.weightOffsets,
      biasOffsets: spec.biasOffsets,
    };
    const bounds = this.inputs === 1 ? [this.bounds[0], this.bounds[1]] : this.bounds;
    const grid = trainer.grid(GRID_SIZE, bounds);
    this.grid = { size: grid.size, cells: grid.cells, bounds: this.bounds, values: grid.values };
    const train = trainer.evaluate('train');
    const test = trainer.evaluate('test');
    this.confusion = test.confusion;
    this.accuracy = test.accuracy;
    const point = { step: trainer.step, trainLoss: train.loss, testLoss: test.loss };
    if (trainer.epoch !== this.lastEpoch) {
      // A step back or reset moves the epoch down: the losses past it no longer belong to this run.
      if (trainer.epoch < this.lastEpoch) this.epochLosses = [];
      else this.epochLosses.push(train.loss);
      this.lastEpoch = trainer.epoch;
    }
    while (this.history.length > 0 && (this.history.at(-1)?.step ?? 0) >= point.step) this.history.pop();
    this.history.push(point);
    if (this.history.length > CURVE_POINTS)
      this.history = this.history.filter((_, i) => i % 2 === 0 || i === this.history.length - 1);
    this.traceCache.clear();
    this.version++;
  }

  /** The forward pass of a point (float64, cached until the parameters change). */
  trace(point: readonly number[]): ForwardTraceView | undefined {
    const trainer = this.trainer;
    if (!trainer || point.length !== this.inputs) return undefined;
    const key = point.join(',');
    if (!this.traceCache.has(key)) {
      let trace: ForwardTraceView | undefined;
      try {
        trace = trainer.trace(point);
      } catch {
        trace = undefined;
      }
      this.traceCache.set(key, trace);
    }
    return this.traceCache.get(key);
  }

  /** Runs `count` steps in one kernel call and reads back the results. */
  async steps(count: number): Promise<void> {
    await this.ready;
    const trainer = this.trainer;
    if (!trainer || count < 1) return;
    trainer.train(Math.round(count));
    this.refresh();
    this.callbacks.onFrame();
    this.checkStop();
  }

  /** The rest of the current epoch (a whole one at its start), in one kernel call. */
  async epoch(): Promise<void> {
    await this.ready;
    const trainer = this.trainer;
    if (!trainer) return;
    trainer.trainEpoch();
    this.refresh();
    this.callbacks.onFrame();
    this.checkStop();
  }

  async stepBack(): Promise<void> {
    this.pause();
    if (this.trainer?.stepBack()) {
      this.refresh();
      this.callbacks.onFrame();
    }
  }

  async reset(): Promise<void> {
    await this.ready;
    if (!this.trainer) return;
    this.trainer.reset();
    this.history = [];
    this.epochLosses = [];
    this.refresh();
  }

  play(): void {
    if (this.playing) return;
    this.playing = true;
    this.schedule();
    this.host.requestUpdate();
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host.requestUpdate();
  }

  private schedule(): void {
    if (!this.playing || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.playing || !this.trainer) return;
      this.trainer.train(Math.max(1, Math.round(this.config?.speed ?? 1)));
      this.refresh();
      this.callbacks.onFrame();
      this.checkStop();
      this.schedule();
    });
  }

  private checkStop(): void {
    const last = this.history.at(-1);
    if (!last) return;
    const target = this.config?.targetAccuracy;
    const tolerance = this.config?.convergeTolerance;
    if (!Number.isFinite(last.trainLoss)) {
      this.pause();
      this.callbacks.onSettled({ reason: 'diverged', step: last.step, accuracy: this.accuracy });
    } else if (target !== undefined && this.accuracy >= target && this.playing) {
      this.pause();
      this.callbacks.onSettled({ reason: 'target', step: last.step, accuracy: this.accuracy });
    } else if (
      tolerance !== undefined &&
      this.playing &&
      stopReason(this.epochLosses, this.accuracy, { tolerance, window: CONVERGE_WINDOW }) === 'converged'
    ) {
      this.pause();
      this.callbacks.onSettled({ reason: 'converged', step: last.step, accuracy: this.accuracy });
    }
  }

  /** Overwrites the parameters (a teacher's chosen weights); false when core refuses them. */
  setParameters(values: readonly number[]): boolean {
    const trainer = this.trainer;
    if (!trainer) return false;
    try {
      trainer.setParameterVector(values);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      console.warn(`<${this.host.localName}>: ${error.message} The parameters are kept.`);
      return false;
    }
    this.refresh();
    return true;
  }

  /** Shows moved points while a drag is in progress (the data is set when it ends). */
  previewRows(rows: readonly NetworkRow[]): void {
    this.rows = rows.map((row, i) => ({ x: row.x, y: row.y, test: this.rows[i]?.test ?? false }));
  }

  dispose(): void {
    this.pause();
    this.trainer?.dispose();
    this.trainer = undefined;
    this.view = undefined;
    this.grid = undefined;
    this.config = undefined;
    this.configKey = '';
  }
}
