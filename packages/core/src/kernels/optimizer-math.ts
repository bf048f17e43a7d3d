import type { OptimizerKind } from '../optimizers/optimizer.js';

/**
 * Core's seven update rules as plain loops, shared by the fused training kernel (`GdTrainSteps`)
 * and the network's train kernel (network/engine.ts). Each line mirrors one tensor op of the
 * optimizer's `rule()` (optimizers/*.ts). What is stored (parameters, slots) is always float32;
 * the intermediates and hyperparameters go through `round`: `Math.fround` (the default, as
 * `tf.mul(number, tensor)` rounds them) makes the update bit for bit the cpu backend's tensor
 * update; the identity keeps them float64 (the network's choice, within 1e-6 of the tensors).
 * Keep the rules and optimizers/ in step when a rule changes (the kernel tests race them).
 */

const f = Math.fround;

/** Rules as small integers, so the kernel's switch stays monomorphic. */
export const OPTIMIZER_CODE = {
  sgd: 0,
  momentum: 1,
  'heavy-ball': 2,
  nesterov: 3,
  adagrad: 4,
  rmsprop: 5,
  adam: 6,
} as const satisfies Record<OptimizerKind, number>;

/** The state slots each rule keeps per parameter, by code, in the order `applyRule` reads them. */
export const OPTIMIZER_SLOTS: readonly (readonly string[])[] = [
  [],
  ['velocity'],
  ['displacement'],
  ['velocity'],
  ['accumulator'],
  ['meanSquare', 'moment', 'meanGradient'],
  ['m', 'v'],
];

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
 * One update of `size` values: w (the parameter), g (its gradient) and the rule's slots (in the
 * optimizer's slot order), all updated in place. `t` is the 1-based update number (Adam's bias
 * correction); `round` rounds intermediates and hyperparameters (see above).
 */
export function applyRule(
  code: number,
  h: readonly number[],
  t: number,
  w: Float32Array,
  g: Float32Array | Float64Array,
  slots: readonly Float32Array[],
  size: number,
  round: (x: number) => number = f,
): void {
  const r = round;
  const lr = r(h[0] as number);
  switch (code) {
    case 0:
      for (let i = 0; i < size; i++) w[i] = f((w[i] as number) - r(lr * (g[i] as number)));
      return;
    case 1: {
      const beta = r(h[1] as number);
      const v = slots[0] as Float32Array;
      for (let i = 0; i < size; i++) {
        const p = f(r(beta * (v[i] as number)) + (g[i] as number));
        v[i] = p;
        w[i] = f((w[i] as number) - r(lr * p));
      }
      return;
    }
    case 2: {
      const beta = r(h[1] as number);
      const d = slots[0] as Float32Array;
      for (let i = 0; i < size; i++) {
        const next = f(r(beta * (d[i] as number)) - r(lr * (g[i] as number)));
        d[i] = next;
        w[i] = f((w[i] as number) + next);
      }
      return;
    }
    case 3: {
      const beta = r(h[1] as number);
      const v = slots[0] as Float32Array;
      for (let i = 0; i < size; i++) {
        const gi = g[i] as number;
        const p = f(r(beta * (v[i] as number)) + gi);
        v[i] = p;
        const step = r(gi + r(beta * p));
        w[i] = f((w[i] as number) - r(lr * step));
      }
      return;
    }
    case 4: {
      const eps = r(h[1] as number);
      const acc = slots[0] as Float32Array;
      for (let i = 0; i < size; i++) {
        const gi = g[i] as number;
        const a = f((acc[i] as number) + r(gi * gi));
        acc[i] = a;
        const step = r(gi / r(Math.sqrt(r(a + eps))));
        w[i] = f((w[i] as number) - r(lr * step));
      }
      return;
    }
    case 5: {
      const decay = r(h[1] as number);
      const keep = r(1 - (h[1] as number));
      const mu = r(h[2] as number);
      const eps = r(h[3] as number);
      const centered = h[4] === 1;
      const [ms, moment, mg] = slots as [Float32Array, Float32Array, Float32Array];
      for (let i = 0; i < size; i++) {
        const gi = g[i] as number;
        const s = f(r(decay * (ms[i] as number)) + r(keep * r(gi * gi)));
        const m = f(r(decay * (mg[i] as number)) + r(keep * gi));
        const variance = centered ? r(s - r(m * m)) : s;
        const scaled = r(r(lr * gi) / r(Math.sqrt(r(variance + eps))));
        const next = f(r(mu * (moment[i] as number)) + scaled);
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
      const beta1 = r(b1);
      const keep1 = r(1 - b1);
      const beta2 = r(b2);
      const keep2 = r(1 - b2);
      const c1 = r(1 - b1 ** t);
      const c2 = r(1 - b2 ** t);
      const eps = r(h[3] as number);
      const [m, v] = slots as [Float32Array, Float32Array];
      for (let i = 0; i < size; i++) {
        const gi = g[i] as number;
        const mi = f(r(beta1 * (m[i] as number)) + r(keep1 * gi));
        const vi = f(r(beta2 * (v[i] as number)) + r(keep2 * r(gi * gi)));
        m[i] = mi;
        v[i] = vi;
        const step = r(r(mi / c1) / r(r(Math.sqrt(r(vi / c2))) + eps));
        w[i] = f((w[i] as number) - r(lr * step));
      }
      return;
    }
    default:
      throw new Error(`Unknown optimizer code ${code}.`);
  }
}
