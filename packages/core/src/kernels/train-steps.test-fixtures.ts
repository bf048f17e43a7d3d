// Shared by train-steps.test.ts (cpu backend, Node) and train-steps.browser.test.ts (webgl): the
// fused training kernel (k steps per call, the optimizer's update inside) against the per-step
// autodiff path with core's optimizers and with tf.train's, over 200 steps.
import { describe, expect, it } from 'vitest';
import { createLoss } from '../losses/registry.js';
import { createModel, type ModelSpec } from '../models/create.js';
import type { LayeredModel } from '../models/dense.js';
import { createOptimizer } from '../optimizers/create.js';
import type { Optimizer, OptimizerKind } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';
import { expectClose, makeData, STEP_CASES, type StepCase } from './fused-step.test-fixtures.js';
import {
  type DenseLossStepAttrs,
  denseLossStep,
  hyperparameterVector,
  TRAIN_STEPS,
  type TrainStepsAttrs,
  trainStepsKernel,
} from './index.js';

const mlp = (hidden: 'relu' | 'tanh' | 'sigmoid', output: 'identity' | 'sigmoid' | 'softmax'): ModelSpec => ({
  kind: 'mlp',
  layers: [2, 5, 4, output === 'softmax' ? 3 : 1],
  hidden,
  output,
  init: { seed: 3 },
});

/** The single-layer cases of GdDenseLossStep's suite, and MLPs of each hidden activation and output. */
export const TRAIN_CASES: readonly StepCase[] = [
  ...STEP_CASES,
  { name: 'MLP [2, 5, 4, 1] tanh, MSE', model: mlp('tanh', 'identity'), loss: 'mse', lr: 0.02 },
  { name: 'MLP [2, 5, 4, 1] relu, Huber', model: mlp('relu', 'identity'), loss: 'huber', lr: 0.05 },
  { name: 'MLP [2, 5, 4, 1] sigmoid → sigmoid, BCE', model: mlp('sigmoid', 'sigmoid'), loss: 'bce', lr: 0.2 },
  {
    name: 'MLP [2, 5, 4, 1] tanh → sigmoid, BCE with logits',
    model: mlp('tanh', 'sigmoid'),
    loss: 'bce-logits',
    lr: 0.1,
  },
  { name: 'MLP [2, 5, 4, 3] relu → softmax, CCE', model: mlp('relu', 'softmax'), loss: 'cce', lr: 0.1 },
];

/** Every core optimizer, with hyperparameters off their defaults where that exercises more of the rule. */
export const TRAIN_OPTIMIZERS: readonly [OptimizerKind, Record<string, number | boolean>][] = [
  ['sgd', {}],
  ['momentum', { momentum: 0.8 }],
  ['heavy-ball', { momentum: 0.7 }],
  ['nesterov', { momentum: 0.85 }],
  ['adagrad', { initialAccumulatorValue: 0.2 }],
  ['rmsprop', { decay: 0.8, momentum: 0.5 }],
  ['rmsprop', { centered: true }],
  ['adam', { beta1: 0.85, beta2: 0.99 }],
];

/**
 * An MLP's gradient comes from float64 loops in the kernel and from float32 tensor ops on the
 * autodiff path (~1e-7 apart), and 200 steps carry that along: MLP races hold to 5e-6 (largest
 * seen 1.9e-6, momentum). The adaptive rules divide by the gradient's running size, so at a
 * lesson's rates the difference grows further (measured: Adam up to 1e-1 on a ReLU MLP, as units
 * cross their kink on different steps): MLP races run Adagrad and Adam at a fiftieth of the rate;
 * RMSprop, which steps by about ±α whatever the gradient's size (so ~1e-7 near a zero gradient
 * flips a step), is raced on the single-layer cases only, where the kernel's gradient is
 * GdDenseLossStep's to the bit and the runs are identical. Undefined: not raced.
 */
export function raceSettings(
  c: StepCase,
  kind: OptimizerKind,
  hyper: Record<string, number | boolean>,
): { lr: number; hyper: Record<string, number | boolean>; slack: number } | undefined {
  if (c.model.kind !== 'mlp') return { lr: c.lr, hyper, slack: 1 };
  if (kind === 'rmsprop') return undefined;
  return { lr: kind === 'adagrad' || kind === 'adam' ? c.lr / 50 : c.lr, hyper, slack: 5 };
}

function dataKind(c: StepCase): 'regression' | 'binary' | 'classes' {
  const output = c.model.kind === 'mlp' ? c.model.output : undefined;
  if (c.model.kind === 'softmax' || output === 'softmax') return 'classes';
  return c.model.kind === 'logistic' || output === 'sigmoid' || c.loss.startsWith('bce')
    ? 'binary'
    : 'regression';
}

function attrsOf(
  c: StepCase,
  model: LayeredModel,
  optimizer: Optimizer,
  steps: number,
  n: number,
): TrainStepsAttrs {
  const loss = createLoss(c.loss, c.options);
  return {
    loss: c.loss,
    half: loss.options.convention === 'half',
    delta: loss.options.delta,
    beta: loss.options.beta,
    sizes: [model.layers[0]!.inputSize, ...model.layers.map((l) => l.outputSize)],
    activations: model.layers.map((l) => l.activation),
    biases: model.layers.map((l) => (l.bias ? 1 : 0)),
    optimizer: optimizer.kind,
    hyper: hyperparameterVector(optimizer.kind, optimizer.hyperparameters),
    slotCount: optimizer.slotNames.length,
    t0: optimizer.iterations + 1,
    steps,
    predictions: n <= 64,
  };
}

interface Run {
  /** Loss before each update. */
  readonly curve: number[];
  readonly parameters: number[];
  readonly slots: number[];
  /** Per step: the gradient and the predictions (fused runs only: from the kernel's records). */
  readonly gradients: number[][];
  readonly predictions: number[][];
}

/** 200 steps through the kernel, `chunk` steps per call, reading the records of every call. */
export function fusedRun(
  c: StepCase,
  kind: OptimizerKind,
  hyper: object,
  steps: number,
  chunk: number,
  lr = c.lr,
): Run {
  const { X, y } = makeData(dataKind(c));
  const model = createModel(c.model) as LayeredModel;
  const optimizer = createOptimizer(kind, { learningRate: lr, ...hyper }) as Optimizer;
  const variables = model.parameters.map((p) => p.variable);
  const sizes = variables.map((v) => v.size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const n = X.shape[0];
  const curve: number[] = [];
  const gradients: number[][] = [];
  const predictions: number[][] = [];
  for (let done = 0; done < steps; done += chunk) {
    const k = Math.min(chunk, steps - done);
    const slots = variables.flatMap((v) => optimizer.slotNames.map((s) => optimizer.stateFor(v)[s]!));
    const r = trainStepsKernel(X, y, variables, slots, attrsOf(c, model, optimizer, k, n));
    variables.forEach((v, q) => {
      v.assign(r.parameters[q]!);
    });
    tf.dispose(r.parameters);
    const state = new Map(
      variables.map((v, q) => [
        v,
        Object.fromEntries(
          optimizer.slotNames.map((s, j) => [s, r.slots[q * optimizer.slotNames.length + j]!]),
        ),
      ]),
    );
    optimizer.adoptState(state, k);
    const records = r.records.dataSync();
    r.records.dispose();
    const length = records.length / k;
    for (let s = 0; s < k; s++) {
      const at = s * length;
      curve.push(records[at]!);
      // The loss after step s is the next step's loss before it (or the final forward pass).
      if (s + 1 < k) expect(records[at + 1]).toBe(records[at + length]);
      gradients.push(Array.from(records.subarray(at + 2, at + 2 + total)));
      predictions.push(
        Array.from(records.subarray(at + 2 + total * (2 + optimizer.slotNames.length), at + length)),
      );
    }
  }
  const result = finish(model, optimizer, curve, gradients, predictions);
  tf.dispose([X, y]);
  return result;
}

/** The per-step path: autodiff (through GdDense) and an optimizer's applyGradients, one step at a time. */
export function stepRun(
  c: StepCase,
  update: (model: LayeredModel, grads: tf.Tensor[]) => void,
  steps: number,
  optimizer?: Optimizer,
): Run {
  const { X, y } = makeData(dataKind(c));
  const model = createModel(c.model) as LayeredModel;
  const loss = createLoss(c.loss, c.options);
  const variables = model.parameters.map((p) => p.variable);
  const curve: number[] = [];
  const gradients: number[][] = [];
  const predictions: number[][] = [];
  for (let s = 0; s < steps; s++) {
    let value: tf.Scalar;
    let ordered: tf.Tensor[];
    if (model.layers.length === 1) {
      // One layer: the per-step fused kernel's gradient, so the race isolates the update rule
      // (GdDenseLossStep is itself raced against autodiff in its own suite).
      const layer = model.layers[0]!;
      const r = denseLossStep(X, y, layer.weight.variable, layer.bias?.variable, {
        loss: c.loss,
        activation: layer.activation as DenseLossStepAttrs['activation'],
        half: loss.options.convention === 'half',
        delta: loss.options.delta,
        beta: loss.options.beta,
      });
      value = r.loss;
      ordered = r.gradB ? [r.gradW, r.gradB] : [r.gradW];
    } else {
      const out = tf.variableGrads(
        () => loss.total(y, loss.input === 'logits' ? model.logits(X) : model.predict(X)),
        variables,
      );
      value = out.value;
      ordered = variables.map((v) => out.grads[v.name]!);
    }
    curve.push(value.dataSync()[0]!);
    gradients.push(ordered.flatMap((g) => Array.from(g.dataSync())));
    const out = model.predict(X);
    predictions.push(Array.from(out.dataSync()));
    update(model, ordered);
    tf.dispose([value, out, ...ordered]);
  }
  const result = finish(model, optimizer, curve, gradients, predictions);
  tf.dispose([X, y]);
  return result;
}

function finish(
  model: LayeredModel,
  optimizer: Optimizer | undefined,
  curve: number[],
  gradients: number[][],
  predictions: number[][],
): Run {
  const parameters = Object.values(model.readSync()).flat();
  const slots = optimizer
    ? model.parameters.flatMap((p) =>
        Object.values(
          (optimizer as unknown as { readSlotsSync(v: tf.Variable): Record<string, number[]> }).readSlotsSync(
            p.variable,
          ),
        ).flat(),
      )
    : [];
  model.dispose();
  optimizer?.dispose();
  return { curve, parameters, slots, gradients, predictions };
}

export const ours = (kind: OptimizerKind, hyper: object, lr: number) => {
  const optimizer = createOptimizer(kind, { learningRate: lr, ...hyper }) as Optimizer;
  return {
    optimizer,
    update: (model: LayeredModel, grads: tf.Tensor[]) =>
      optimizer.applyGradients(
        model.parameters.map((p, i) => ({ variable: p.variable, gradient: grads[i]! })),
      ),
  };
};

/** tf.train's twin of each core optimizer that has one (heavy ball and Nesterov's velocity form have none). */
function trainTwin(
  kind: OptimizerKind,
  hyper: Record<string, number | boolean>,
  lr: number,
): tf.Optimizer | undefined {
  switch (kind) {
    case 'sgd':
      return tf.train.sgd(lr);
    case 'momentum':
      return tf.train.momentum(lr, (hyper.momentum as number) ?? 0.9, false);
    case 'adagrad':
      return tf.train.adagrad(lr, (hyper.initialAccumulatorValue as number) ?? 0.1);
    case 'rmsprop':
      return tf.train.rmsprop(
        lr,
        hyper.decay as number,
        hyper.momentum as number,
        undefined,
        hyper.centered as boolean,
      );
    case 'adam':
      return tf.train.adam(lr, (hyper.beta1 as number) ?? 0.9, (hyper.beta2 as number) ?? 0.999);
    default:
      return undefined;
  }
}

function expectRunsClose(fused: Run, other: Run, tolerance: number, withSlots: boolean) {
  expectClose(fused.curve, other.curve, tolerance);
  expectClose(fused.parameters, other.parameters, tolerance);
  if (withSlots) expectClose(fused.slots, other.slots, tolerance);
  fused.gradients.forEach((g, s) => {
    expectClose(g, other.gradients[s]!, tolerance);
  });
  fused.predictions.forEach((p, s) => {
    expectClose(p, other.predictions[s]!, tolerance);
  });
}

/**
 * `tolerance`: 1e-6 relative (as `max(1, |x|)`) on the cpu backend. On webgl the kernel's loops run
 * on the CPU, but the autodiff path it is raced against is float32 shaders summing rows in another
 * order: the tolerance GdDenseLossStep's webgl suite uses, 2e-5.
 */
export function defineTrainStepsSuite(
  backend: string,
  tolerance = 1e-6,
  cases = TRAIN_CASES,
  optimizers = TRAIN_OPTIMIZERS,
): void {
  describe(`GdTrainSteps on ${backend}`, () => {
    it('is registered for this backend', () => {
      expect(tf.getKernel(TRAIN_STEPS, backend)).toBeDefined();
    });

    describe.each(optimizers)('200 steps with %s %o', (kind, given) => {
      const raced = cases.filter((c) => raceSettings(c, kind, given));
      it.each(raced)('$name: 30 steps per call equal the per-step run, records included', (c) => {
        const { lr, hyper, slack } = raceSettings(c, kind, given)!;
        const before = tf.memory().numTensors;
        const fused = fusedRun(c, kind, hyper, 200, 30, lr);
        const { optimizer, update } = ours(kind, hyper, lr);
        const stepped = stepRun(c, update, 200, optimizer);
        expectRunsClose(fused, stepped, tolerance * slack, true);
        // The run moved.
        const start = fusedRun(c, kind, hyper, 1, 1, lr).parameters;
        expect(Math.max(...fused.parameters.map((p, i) => Math.abs(p - start[i]!)))).toBeGreaterThan(1e-3);
        // The kernel, the optimizer's adopted state and the models leave nothing behind.
        expect(tf.memory().numTensors).toBe(before);
        // tf.train's twin, on the same gradients (single layer): as close as core's optimizers
        // themselves are to it (optimizers/oracle.test.ts: 1e-5; Adam 1e-4, as tfjs forms 1 − β₂ᵗ
        // in float32). Not for centred RMSprop: its variance estimate m_s − m_g² nears 0 at these
        // rates, so tfjs's own rounding against ours exceeds that (measured up to 9e-4); the oracle
        // suite races centred RMSprop at its own, gentler rate.
        const twin = c.model.kind === 'mlp' || hyper.centered ? undefined : trainTwin(kind, hyper, lr);
        if (twin) {
          const reference = stepRun(
            c,
            (model, grads) =>
              twin.applyGradients(
                Object.fromEntries(model.parameters.map((p, i) => [p.variable.name, grads[i]!])),
              ),
            200,
          );
          twin.dispose();
          expectRunsClose(fused, reference, Math.max(tolerance, kind === 'adam' ? 1e-4 : 1e-5), false);
        }
      });
    });

    it('one call of 200 steps equals 200 calls of one step', () => {
      const c = TRAIN_CASES.find((t) => t.model.kind === 'mlp' && t.loss === 'cce')!;
      const one = fusedRun(c, 'adam', {}, 200, 200);
      const many = fusedRun(c, 'adam', {}, 200, 1);
      expect(one.parameters).toEqual(many.parameters);
      expect(one.slots).toEqual(many.slots);
      expect(one.curve).toEqual(many.curve);
    });
  });
}
