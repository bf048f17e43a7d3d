import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { Adam } from './adam.js';
import { OptimizerError } from './errors.js';
import { Momentum } from './momentum.js';
import type { Optimizer } from './optimizer.js';
import { RMSprop } from './rmsprop.js';
import { SGD } from './sgd.js';

const X = [
  [1, 2, 3],
  [4, 5, 6],
  [-1, 0.5, 2],
  [0.3, -2, 1],
];
const Y = [14, 32, 4, -1];

/** Linear regression (3 weights + bias), the gradient written out: ∇w = (2/n) Xᵀ(ŷ − y), ∇b = (2/n) Σ(ŷ − y). */
class Problem {
  readonly w = tf.tidy(() => tf.variable(tf.tensor2d([[0.1], [0.2], [-0.3]])));
  readonly b = tf.tidy(() => tf.variable(tf.scalar(0)));
  readonly #X = tf.tensor2d(X);
  readonly #y = tf.tensor2d(Y, [4, 1]);

  step(opt: Optimizer): number[] {
    const [gw, gb] = tf.tidy(() => {
      const error = tf.sub(tf.add(tf.matMul(this.#X, this.w), this.b), this.#y);
      return [tf.mul(0.5, tf.matMul(this.#X, error, true, false)), tf.mul(0.5, tf.sum(error))];
    }) as [tf.Tensor, tf.Tensor];
    try {
      opt.applyGradients([
        { variable: this.w, gradient: gw },
        { variable: this.b, gradient: gb },
      ]);
    } finally {
      tf.dispose([gw, gb]);
    }
    return this.values();
  }

  values(): number[] {
    return [...this.w.dataSync(), ...this.b.dataSync()];
  }

  set(values: number[]): void {
    tf.tidy(() => this.w.assign(tf.tensor2d(values.slice(0, 3), [3, 1])));
    tf.tidy(() => this.b.assign(tf.scalar(values[3] ?? 0)));
  }

  dispose(): void {
    tf.dispose([this.w, this.b, this.#X, this.#y]);
  }
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof OptimizerError ? e.code : `not an OptimizerError: ${String(e)}`;
  }
  return undefined;
}

describe('OptimizerBase: restore', () => {
  it.each([
    ['adam', () => new Adam({ learningRate: 0.01 })],
    ['rmsprop with momentum', () => new RMSprop({ learningRate: 0.001, momentum: 0.5, centered: true })],
    ['momentum', () => new Momentum({ learningRate: 0.002, momentum: 0.9 })],
  ])('%s: restoring a mid-run snapshot reproduces the rest of the run exactly', async (_name, make) => {
    const before = tf.memory().numTensors;
    const problem = new Problem();
    const opt = make();
    for (let k = 0; k < 60; k++) problem.step(opt);
    const weights = problem.values();
    const snapshot = await opt.snapshot();
    expect(snapshot.iterations).toBe(60);
    expect(snapshot.state.size).toBe(2);

    const firstRun: number[][] = [];
    for (let k = 0; k < 60; k++) firstRun.push(problem.step(opt));

    problem.set(weights);
    opt.restore(snapshot.iterations, snapshot.state);
    expect(opt.iterations).toBe(60);
    const secondRun: number[][] = [];
    for (let k = 0; k < 60; k++) secondRun.push(problem.step(opt));
    expect(secondRun).toEqual(firstRun);
    // And the state really mattered: a fresh optimizer from the same weights goes elsewhere.
    problem.set(weights);
    opt.reset();
    expect(problem.step(opt)).not.toEqual(firstRun[0]);

    opt.dispose();
    problem.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('snapshotSync equals snapshot, and readSlots equals readSlotsSync', async () => {
    const problem = new Problem();
    const opt = new Adam();
    for (let k = 0; k < 3; k++) problem.step(opt);
    const sync = opt.snapshotSync();
    const async_ = await opt.snapshot();
    expect([...sync.state.entries()]).toEqual([...async_.state.entries()]);
    expect(await opt.readSlots(problem.w)).toEqual(opt.readSlotsSync(problem.w));
    expect(Object.keys(opt.readSlotsSync(problem.w))).toEqual(['m', 'v']);
    expect(opt.readSlotsSync(problem.w).m).toHaveLength(3);
    opt.dispose();
    problem.dispose();
  });

  it('resets variables missing from the restored state and rejects malformed state', () => {
    const before = tf.memory().numTensors;
    const problem = new Problem();
    const opt = new Momentum();
    problem.step(opt);
    opt.restore(5, new Map([[problem.w, { velocity: [1, 2, 3] }]]));
    expect(opt.iterations).toBe(5);
    expect(opt.readSlotsSync(problem.w)).toEqual({ velocity: [1, 2, 3] });
    expect(opt.slots(problem.b)).toBeUndefined();

    expect(codeOf(() => opt.restore(-1, new Map()))).toBe('invalid-state');
    expect(codeOf(() => opt.restore(1.5, new Map()))).toBe('invalid-state');
    expect(codeOf(() => opt.restore(1, new Map([[problem.w, { velocity: [1, 2] }]])))).toBe('invalid-state');
    expect(codeOf(() => opt.restore(1, new Map([[problem.w, { m: [1, 2, 3] }]])))).toBe('invalid-state');
    // A rejected restore changes nothing.
    expect(opt.iterations).toBe(5);
    expect(opt.readSlotsSync(problem.w)).toEqual({ velocity: [1, 2, 3] });
    opt.dispose();
    problem.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('OptimizerBase: state and errors', () => {
  it('reset() and forget() drop state; dispose() frees it', () => {
    const problem = new Problem();
    const baseline = tf.memory().numTensors;
    const opt = new Adam();
    problem.step(opt);
    expect(tf.memory().numTensors).toBe(baseline + 4);
    opt.forget(problem.b);
    expect(opt.slots(problem.b)).toBeUndefined();
    expect(tf.memory().numTensors).toBe(baseline + 2);
    opt.reset();
    expect(opt.iterations).toBe(0);
    expect(opt.slots(problem.w)).toBeUndefined();
    expect(tf.memory().numTensors).toBe(baseline);
    problem.step(opt);
    opt.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    problem.dispose();
  });

  it('throws typed errors naming the hyperparameter', () => {
    for (const learningRate of [0, -0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new SGD({ learningRate })).toThrow(
        expect.objectContaining({ code: 'invalid-hyperparameter', hyperparameter: 'learningRate' }),
      );
    }
    expect(() => new SGD({ learningRate: -1 })).toThrow(/learningRate/);
    expect(() => new Momentum({ momentum: 1 })).toThrow(
      expect.objectContaining({ hyperparameter: 'momentum', constraint: 'fraction', value: '1' }),
    );
    expect(() => new Adam({ beta1: -0.1 })).toThrow(expect.objectContaining({ hyperparameter: 'beta1' }));
    expect(() => new Adam({ beta2: 1 })).toThrow(expect.objectContaining({ hyperparameter: 'beta2' }));
    expect(() => new Adam({ epsilon: 0 })).toThrow(expect.objectContaining({ hyperparameter: 'epsilon' }));
    // undefined entries fall back to the default rather than failing.
    expect(new Adam({ learningRate: undefined }).hyperparameters.learningRate).toBe(0.001);
  });

  it('rejects a bad step without touching weights or state', () => {
    const before = tf.memory().numTensors;
    const problem = new Problem();
    const opt = new Momentum({ learningRate: 0.01 });
    problem.step(opt);
    const weights = problem.values();
    const state = opt.snapshotSync();

    opt.hyperparameters.learningRate = -1;
    expect(codeOf(() => problem.step(opt))).toBe('invalid-hyperparameter');
    opt.hyperparameters.learningRate = 0.01;

    const wrong = tf.zeros([3]);
    const right = tf.zeros([3, 1]);
    const gb = tf.scalar(1);
    expect(
      codeOf(() =>
        opt.applyGradients([
          { variable: problem.b, gradient: gb },
          { variable: problem.w, gradient: wrong },
        ]),
      ),
    ).toBe('shape-mismatch');
    expect(
      codeOf(() =>
        opt.applyGradients([
          { variable: problem.w, gradient: right },
          { variable: problem.w, gradient: right },
        ]),
      ),
    ).toBe('duplicate-variable');
    expect(problem.values()).toEqual(weights);
    expect(opt.iterations).toBe(1);
    expect(opt.snapshotSync().state.get(problem.w)).toEqual(state.state.get(problem.w));

    const gone = tf.tidy(() => tf.variable(tf.zeros([3])));
    gone.dispose();
    expect(codeOf(() => opt.applyGradients([{ variable: gone, gradient: wrong }]))).toBe('variable-disposed');

    tf.dispose([wrong, right, gb]);
    opt.dispose();
    problem.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
