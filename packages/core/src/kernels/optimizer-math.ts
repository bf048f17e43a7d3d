import type { OptimizerKind } from '../optimizers/optimizer.js';

/**
 * Core's seven update rules as plain loops over float32 arrays, for the fused training kernel
 * (`GdTrainSteps`). Each line mirrors one tensor op of the optimizer's `rule()` (optimizers/*.ts)
 * and rounds to float32 where that op stores its result (`f`), with the hyperparameters rounded as
 * `tf.mul(number, tensor)` rounds them: on the cpu backend the fused update is bit for bit the
 * tensor update. Keep the two in step when a rule changes (the kernel tests race them).
 */

const f = Math.fround;

/** Rules as small integers, so the kernel's switch stays monomorphic. */
export const OPTIMIZER_CODE: Readonly<Record<OptimizerKind, number>> = {
  sgd: 0,
  momentum: 1,
  'heavy-ball': 2,
  nesterov: 3,
  adagrad: 4,
  rmsprop: 5,
  adam: 6,
};

/**
 * The hyperparameters each rule reads, in the order the kernel's `hyper` attribute lists them.
 * (RMSprop's `centered` travels as 1 or 0; Adagrad's G₀ only seeds slots, which exist by then.)
 */
export const HYPERPARAMETER_ORDER: Readonly<Record<OptimizerKind, readonly string[]>> = {
  sgd: ['learningRate'],
  momentum: ['learningRate', 'momentum'],
  'heavy-ball': ['learningRate', 'momentum'],
  nesterov: ['learningRate', 'momentum'],
  adagrad: ['learningRate', 'epsilon'],
  rmsprop: ['learningRate', 'decay', 'momentum', 'epsilon', 'centered'],
  adam: ['learningRate', 'beta1', 'beta2', 'epsilon'],
};

/** The `hyper` attribute for an optimizer's current hyperparameters. */
export function hyperparameterVector(kind: OptimizerKind, hyperparameters: object): number[] {
  const values = hyperparameters as Record<string, number | boolean>;
  return HYPERPARAMETER_ORDER[kind].map((name) => Number(values[name]));
}

/**
 * One update of `size` values from `at`: w (the parameter), g (its float32 gradient) and the
 * rule's slots (in the optimizer's slot order), all updated in place. `t` is the 1-based update
 * number (Adam's bias correction).
 */
export function applyRule(
  code: number,
  h: readonly number[],
  t: number,
  w: Float32Array,
  g: Float32Array,
  slots: readonly Float32Array[],
  size: number,
): void {
  const lr = f(h[0] as number);
  switch (code) {
    case 0:
      for (let i = 0; i < size; i++) w[i] = f((w[i] as number) - f(lr * (g[i] as number)));
      return;
    case 1: {
      const beta = f(h[1] as number);
      const v = slots[0] as Float32Array;
      for (let i = 0; i < size; i++) {
        const p = f(f(beta * (v[i] as number)) + (g[i] as number));
        v[i] = p;
        w[i] = f((w[i] as number) - f(lr * p));
      }
      return;
    }
    case 2: {
      const beta = f(h[1] as number);
      const d = slots[0] as Float32Array;
      for (let i = 0; i < size; i++) {
        const next = f(f(beta * (d[i] as number)) - f(lr * (g[i] as number)));
        d[i] = next;
        w[i] = f((w[i] as number) + next);
      }
      return;
    }
    case 3: {
      const beta = f(h[1] as number);
      const v = slots[0] as Float32Array;
      for (let i = 0; i < size; i++) {
        const gi = g[i] as number;
        const p = f(f(beta * (v[i] as number)) + gi);
        v[i] = p;
        const step = f(gi + f(beta * p));
        w[i] = f((w[i] as number) - f(lr * step));
      }
      return;
    }
    case 4: {
      const eps = f(h[1] as number);
      const acc = slots[0] as Float32Array;
      for (let i = 0; i < size; i++) {
        const gi = g[i] as number;
        const a = f((acc[i] as number) + f(gi * gi));
        acc[i] = a;
        const step = f(gi / f(Math.sqrt(f(a + eps))));
        w[i] = f((w[i] as number) - f(lr * step));
      }
      return;
    }
    case 5: {
      const decay = f(h[1] as number);
      const keep = f(1 - (h[1] as number));
      const mu = f(h[2] as number);
      const eps = f(h[3] as number);
      const centered = h[4] === 1;
      const [ms, moment, mg] = slots as [Float32Array, Float32Array, Float32Array];
      for (let i = 0; i < size; i++) {
        const gi = g[i] as number;
        const s = f(f(decay * (ms[i] as number)) + f(keep * f(gi * gi)));
        const m = f(f(decay * (mg[i] as number)) + f(keep * gi));
        const variance = centered ? f(s - f(m * m)) : s;
        const scaled = f(f(lr * gi) / f(Math.sqrt(f(variance + eps))));
        const next = f(f(mu * (moment[i] as number)) + scaled);
        ms[i] = s;
        mg[i] = m;
        moment[i] = next;
        w[i] = f((w[i] as number) - next);
      }
      return;
    }
    case 6: {
      const b1 = h[1] as number;
      const b2 = h[2] as number;
      const beta1 = f(b1);
      const keep1 = f(1 - b1);
      const beta2 = f(b2);
      const keep2 = f(1 - b2);
      const c1 = f(1 - b1 ** t);
      const c2 = f(1 - b2 ** t);
      const eps = f(h[3] as number);
      const [m, v] = slots as [Float32Array, Float32Array];
      for (let i = 0; i < size; i++) {
        const gi = g[i] as number;
        const mi = f(f(beta1 * (m[i] as number)) + f(keep1 * gi));
        const vi = f(f(beta2 * (v[i] as number)) + f(keep2 * f(gi * gi)));
        m[i] = mi;
        v[i] = vi;
        const step = f(f(mi / c1) / f(f(Math.sqrt(f(vi / c2))) + eps));
        w[i] = f((w[i] as number) - f(lr * step));
      }
      return;
    }
    default:
      throw new Error(`GdTrainSteps: unknown optimizer code ${code}.`);
  }
}
