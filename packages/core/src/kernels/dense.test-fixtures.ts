// Shared by dense.test.ts (cpu) and dense.browser.test.ts (webgl): the fused dense layer against
// matMul + add + activation, forward and backward, and an MLP trained through it against tf.train.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { MlpModel } from '../models/mlp.js';
import { tf } from '../tf.js';
import { expectClose } from './fused-step.test-fixtures.js';
import { type DenseActivation, dense } from './index.js';

const ACTIVATIONS: DenseActivation[] = ['identity', 'relu', 'tanh', 'sigmoid'];

function unfused(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D, activation: DenseActivation): tf.Tensor2D {
  const z = tf.add(tf.matMul(x, w), b);
  switch (activation) {
    case 'identity':
      return z as tf.Tensor2D;
    case 'relu':
      return tf.relu(z) as tf.Tensor2D;
    case 'tanh':
      return tf.tanh(z) as tf.Tensor2D;
    case 'sigmoid':
      return tf.sigmoid(z) as tf.Tensor2D;
  }
}

function values(seed: string, count: number, sd: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.normal(0, sd));
}

/** The same [2, 6, 1] MLP trained by autodiff through GdDense (the model) and through plain ops. */
function plainMlpLoss(X: tf.Tensor2D, y: tf.Tensor1D, vars: tf.Variable[]): tf.Scalar {
  const [W1, b1, W2, b2] = vars as [tf.Variable, tf.Variable, tf.Variable, tf.Variable];
  const h = tf.tanh(tf.add(tf.matMul(X, W1), b1));
  const out = tf.reshape(tf.add(tf.matMul(h, W2), b2), [X.shape[0]]);
  return tf.mean(tf.square(tf.sub(out, y)));
}

/**
 * Held to 1e-6 relative on both backends (the dense layer's shaders and tfjs's matMul round alike
 * at these sizes: the webgl suite passes at 1e-6, measured 7 Dec 2026).
 */
export function defineDenseSuite(backend: string, tolerance = 1e-6): void {
  describe(`GdDense on ${backend}`, () => {
    it.each(ACTIVATIONS)('%s: forward and all three gradients equal the unfused ops', (activation) => {
      const x = tf.tensor2d(values('x', 40 * 3, 1.5), [40, 3]);
      const w = tf.tensor2d(values('w', 3 * 4, 0.8), [3, 4]);
      const b = tf.tensor1d(values('b', 4, 0.5));
      const dy = tf.tensor2d(values('dy', 40 * 4, 1), [40, 4]);
      const before = tf.memory().numTensors;
      const fusedOut = dense(x, w, b, activation);
      const plainOut = tf.tidy(() => unfused(x, w, b, activation));
      expectClose(fusedOut.dataSync(), plainOut.dataSync(), tolerance);
      // Gradients of Σ dy ⊙ a with respect to x, W and b.
      const f = (fn: typeof dense | typeof unfused) =>
        tf.grads((xi: tf.Tensor, wi: tf.Tensor, bi: tf.Tensor) =>
          tf.sum(tf.mul(dy, fn(xi as tf.Tensor2D, wi as tf.Tensor2D, bi as tf.Tensor1D, activation))),
        );
      const gf = f(dense)([x, w, b]);
      const gp = f(unfused)([x, w, b]);
      gf.forEach((g, i) => {
        expect(g.shape).toEqual(gp[i]!.shape);
        expectClose(g.dataSync(), gp[i]!.dataSync(), tolerance);
      });
      tf.dispose([fusedOut, plainOut, ...gf, ...gp]);
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([x, w, b, dy]);
    });

    it.each([
      ['tf.train.sgd', () => tf.train.sgd(0.05)],
      ['tf.train.adam', () => tf.train.adam(0.01)],
    ] as [string, () => tf.Optimizer][])(
      'an MLP [2, 6, 1] trained through GdDense with %s follows plain ops with the same optimizer over 200 steps',
      (_name, makeOracle) => {
        const X = tf.tensor2d(values('mlp-x', 64 * 2, 1), [64, 2]);
        const y = tf.tidy(() => tf.sin(tf.mul(tf.sum(X, 1), 1.5)) as tf.Tensor1D);
        const model = new MlpModel({ layers: [2, 6, 1], hidden: 'tanh', init: { seed: 5 } });
        const start = model.readSync();
        const plain = tf.tidy(() =>
          model.parameters.map((p) => tf.variable(tf.tensor(start[p.name]!, [...p.shape]), true)),
        );
        const ours = makeOracle();
        const oracle = makeOracle();
        const lossesFused: tf.Tensor[] = [];
        const lossesPlain: tf.Tensor[] = [];
        const variables = model.parameters.map((p) => p.variable);
        for (let s = 0; s < 200; s++) {
          const a = tf.variableGrads(
            () => tf.mean(tf.square(tf.sub(model.predict(X), y))) as tf.Scalar,
            variables,
          );
          ours.applyGradients(a.grads);
          lossesFused.push(a.value);
          tf.dispose(Object.values(a.grads));
          const o = tf.variableGrads(() => plainMlpLoss(X, y, plain), plain);
          oracle.applyGradients(o.grads);
          lossesPlain.push(o.value);
          tf.dispose(Object.values(o.grads));
        }
        const curve = (list: tf.Tensor[]) => {
          const stacked = tf.stack(list);
          const out = Array.from(stacked.dataSync());
          stacked.dispose();
          return out;
        };
        const fused = curve(lossesFused);
        const reference = curve(lossesPlain);
        expectClose(fused, reference, tolerance);
        expectClose(
          model.parameters.flatMap((p) => Array.from(p.variable.dataSync())),
          plain.flatMap((v) => Array.from(v.dataSync())),
          tolerance,
        );
        expect(fused[199]!).toBeLessThan(fused[0]! / 2);
        tf.dispose([...lossesFused, ...lossesPlain]);
        // Tensor counts of the fused layer are checked exactly above; tf.train's optimizers keep a
        // few scalars after dispose(), so this race does not count.
        ours.dispose();
        oracle.dispose();
        model.dispose();
        tf.dispose([X, y, ...plain]);
      },
    );
  });
}
