// Shared by dense-loss-step.test.ts (cpu backend, Node) and dense-loss-step.browser.test.ts (webgl):
// the fused step against the autodiff step and against tf.train.*, case by case.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import type { LossId, LossOptions } from '../losses/loss.js';
import { createLoss } from '../losses/registry.js';
import { createModel, type ModelSpec } from '../models/create.js';
import type { LayeredModel } from '../models/dense.js';
import { Adam } from '../optimizers/adam.js';
import { Momentum } from '../optimizers/momentum.js';
import type { Optimizer } from '../optimizers/optimizer.js';
import { SGD } from '../optimizers/sgd.js';
import { tf } from '../tf.js';
import { type DenseLossStepAttrs, denseLossStep } from './index.js';

export interface StepCase {
  readonly name: string;
  readonly model: ModelSpec;
  readonly loss: LossId;
  readonly options?: LossOptions;
  /** Learning rate for the 200-step races (small enough not to converge or diverge in 200 steps). */
  readonly lr: number;
}

const N = 48;

/** Seeded data: 2 features; targets for regression, 0/1 labels, or 3 classes (one-hot). */
export function makeData(kind: 'regression' | 'binary' | 'classes') {
  const random = createRandom(`fused-${kind}`);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < N; i++) {
    const a = random.normal(0, 1.5);
    const b = random.normal(0.5, 1);
    X.push([a, b]);
    const noise = random.normal(0, 0.8);
    if (kind === 'regression') y.push(1.7 * a - 0.6 * b + 2 + noise + (i % 11 === 0 ? 6 : 0));
    else if (kind === 'binary') y.push(a - b + noise > 0 ? 1 : 0);
    else y.push(a + noise > 1 ? 2 : b + noise > 0.5 ? 1 : 0);
  }
  return tf.tidy(() => ({
    X: tf.tensor2d(X) as tf.Tensor2D,
    y: kind === 'classes' ? tf.cast(tf.oneHot(tf.tensor1d(y, 'int32'), 3), 'float32') : tf.tensor1d(y),
  }));
}

const linear = (init: ModelSpec['init'] = { w: [0.3, -0.2], b: [0.1] }): ModelSpec => ({
  kind: 'linear',
  features: 2,
  init,
});
const logistic: ModelSpec = { kind: 'logistic', features: 2, init: { w: [0.2, 0.1], b: [-0.3] } };
const softmax: ModelSpec = {
  kind: 'softmax',
  features: 2,
  classes: 3,
  init: { W: [0.1, -0.2, 0.05, 0.3, 0, -0.1], b: [0.2, 0, -0.2] },
};

export const STEP_CASES: readonly StepCase[] = [
  { name: 'linear, MSE (mean)', model: linear(), loss: 'mse', lr: 0.02 },
  { name: 'linear, MSE (half)', model: linear(), loss: 'mse', options: { convention: 'half' }, lr: 0.04 },
  {
    name: 'linear without bias, MSE',
    model: { kind: 'linear', features: 2, bias: false, init: { w: [0.3, -0.2] } },
    loss: 'mse',
    lr: 0.02,
  },
  { name: 'linear, RMSE', model: linear(), loss: 'rmse', lr: 0.05 },
  { name: 'linear, MAE', model: linear(), loss: 'mae', lr: 0.05 },
  { name: 'linear, Huber δ = 0.5', model: linear(), loss: 'huber', options: { delta: 0.5 }, lr: 0.05 },
  { name: 'linear, Smooth L1 β = 0.7', model: linear(), loss: 'smooth-l1', options: { beta: 0.7 }, lr: 0.05 },
  { name: 'linear, mean error', model: linear(), loss: 'mean-error', lr: 0.01 },
  { name: 'logistic, BCE', model: logistic, loss: 'bce', lr: 0.1 },
  { name: 'logistic, BCE with logits', model: logistic, loss: 'bce-logits', lr: 0.1 },
  { name: 'logistic, MSE', model: logistic, loss: 'mse', lr: 0.2 },
  { name: 'softmax, CCE', model: softmax, loss: 'cce', lr: 0.1 },
  { name: 'softmax, CCE with logits', model: softmax, loss: 'cce-logits', lr: 0.1 },
];

export function dataKind(c: StepCase): 'regression' | 'binary' | 'classes' {
  if (c.model.kind === 'softmax') return 'classes';
  return c.model.kind === 'logistic' || c.loss.startsWith('bce') ? 'binary' : 'regression';
}

function attrsOf(c: StepCase, model: LayeredModel): DenseLossStepAttrs {
  const loss = createLoss(c.loss, c.options);
  return {
    loss: c.loss,
    activation: model.layers[0]!.activation as DenseLossStepAttrs['activation'],
    half: loss.options.convention === 'half',
    delta: loss.options.delta,
    beta: loss.options.beta,
  };
}

/** Loss and gradients (weight, bias), fused or by autodiff. Caller disposes. */
export function lossAndGrads(c: StepCase, model: LayeredModel, X: tf.Tensor2D, y: tf.Tensor, fused: boolean) {
  const variables = model.parameters.map((p) => p.variable);
  if (fused) {
    const layer = model.layers[0]!;
    const r = denseLossStep(X, y, layer.weight.variable, layer.bias?.variable, attrsOf(c, model));
    return { value: r.loss, grads: r.gradB ? [r.gradW, r.gradB] : [r.gradW] };
  }
  const loss = createLoss(c.loss, c.options);
  const { value, grads } = tf.variableGrads(
    () => loss.total(y, loss.input === 'logits' ? model.logits(X) : model.predict(X)),
    variables,
  );
  return { value, grads: variables.map((v) => grads[v.name]!) };
}

/** |a − e| ≤ tolerance · max(1, |e|), the convention of core's optimizer oracle tests. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as number;
    const a = actual[i] as number;
    expect(Number.isFinite(a)).toBe(true);
    expect(Math.abs(a - e)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(e)));
  }
}

type Update = (model: LayeredModel, grads: tf.Tensor[]) => void;
interface Stepper {
  readonly update: Update;
  dispose(): void;
}

/** Our optimizers and their tf.train twins, with the same hyperparameters. */
export const OPTIMIZERS: readonly [string, (lr: number) => Stepper][] = [
  ['tf.train.sgd', (lr) => trainStepper(tf.train.sgd(lr))],
  ['tf.train.momentum', (lr) => trainStepper(tf.train.momentum(lr, 0.9))],
  ['tf.train.adam', (lr) => trainStepper(tf.train.adam(lr))],
  ['our SGD', (lr) => ourStepper(new SGD({ learningRate: lr }))],
  ['our momentum', (lr) => ourStepper(new Momentum({ learningRate: lr, momentum: 0.9 }))],
  ['our Adam', (lr) => ourStepper(new Adam({ learningRate: lr }))],
];

function trainStepper(optimizer: tf.Optimizer): Stepper {
  return {
    update: (model, grads) => {
      const named: Record<string, tf.Tensor> = {};
      model.parameters.forEach((p, i) => {
        named[p.variable.name] = grads[i]!;
      });
      optimizer.applyGradients(named);
    },
    dispose: () => optimizer.dispose(),
  };
}

function ourStepper(optimizer: Optimizer): Stepper {
  return {
    update: (model, grads) =>
      optimizer.applyGradients(
        model.parameters.map((p, i) => ({ variable: p.variable, gradient: grads[i]! })),
      ),
    dispose: () => optimizer.dispose(),
  };
}

/** `steps` updates; returns every step's loss and the final parameters, read back once. */
export function run(c: StepCase, makeStepper: (lr: number) => Stepper, fused: boolean, steps: number) {
  const { X, y } = makeData(dataKind(c));
  const model = createModel(c.model) as LayeredModel;
  const stepper = makeStepper(c.lr);
  const losses: tf.Tensor[] = [];
  for (let s = 0; s < steps; s++) {
    const { value, grads } = lossAndGrads(c, model, X, y, fused);
    stepper.update(model, grads);
    losses.push(value);
    tf.dispose(grads);
  }
  const stacked = tf.stack(losses);
  const curve = stacked.dataSync();
  stacked.dispose();
  const parameters = Object.values(model.readSync()).flat();
  tf.dispose([...losses, X, y]);
  model.dispose();
  stepper.dispose();
  return { curve: Array.from(curve), parameters };
}

/**
 * `tolerance`: 1e-6 on the cpu backend. On webgl both paths are float32 shaders that sum the rows
 * in different orders; one step agrees within 2.6e-7, but over 200 steps momentum and Adam carry
 * that rounding along where a gradient nears 0: 2e-5 there (largest deviation seen: 1.2e-5,
 * softmax + CCE with logits under Adam). bench/fused-deviation.bench.ts prints every case: in that
 * worst case the autodiff path on webgl lands 1.1e-5 from itself on cpu, and the fused kernel on
 * webgl 4.8e-7 from autodiff on cpu, so the spread is the autodiff shaders' rounding as much as
 * the kernel's.
 */
export function defineFusedStepSuite(backend: string, optimizers = OPTIMIZERS, tolerance = 1e-6): void {
  describe(`GdDenseLossStep on ${backend}`, () => {
    it.each(STEP_CASES)('$name: loss and gradients equal autodiff, no tensor left behind', (c) => {
      const { X, y } = makeData(dataKind(c));
      const model = createModel(c.model) as LayeredModel;
      const before = tf.memory().numTensors;
      const fused = lossAndGrads(c, model, X, y, true);
      const auto = lossAndGrads(c, model, X, y, false);
      expectClose(fused.value.dataSync(), auto.value.dataSync(), tolerance);
      fused.grads.forEach((g, i) => {
        expect(g.shape).toEqual(auto.grads[i]!.shape);
        expectClose(g.dataSync(), auto.grads[i]!.dataSync(), tolerance);
      });
      // The gradient is not trivially zero.
      expect(Math.max(...fused.grads.flatMap((g) => Array.from(g.dataSync(), Math.abs)))).toBeGreaterThan(
        1e-3,
      );
      tf.dispose([fused.value, auto.value, ...fused.grads, ...auto.grads]);
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([X, y]);
      model.dispose();
    });

    describe.each(optimizers)('200 steps with %s', (name, makeStepper) => {
      it.each(STEP_CASES)('$name: fused run equals the autodiff run', (c) => {
        const before = tf.memory().numTensors;
        const fused = run(c, makeStepper, true, 200);
        const auto = run(c, makeStepper, false, 200);
        expectClose(fused.curve, auto.curve, tolerance);
        expectClose(fused.parameters, auto.parameters, tolerance);
        // The run moved: the parameters are not where they started.
        const start = run(c, makeStepper, true, 1).parameters;
        expect(Math.max(...fused.parameters.map((p, i) => Math.abs(p - start[i]!)))).toBeGreaterThan(1e-2);
        // tf.train's optimizers keep a few scalars after dispose() (see optimizers/create.test.ts);
        // ours, the models and the fused kernel leave nothing.
        if (name.startsWith('our')) expect(tf.memory().numTensors).toBe(before);
      });
    });
  });
}
