import { describe, expect, it } from 'vitest';
import { MAX_HIDDEN_LAYERS, resolveNetworkConfig } from './config.js';
import { NetworkError } from './errors.js';
import { expandRows, resolveFeatures } from './features.js';
import { initNetworkParameters } from './init.js';

function fault(run: () => unknown): [string, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof NetworkError) return [error.code, error.field];
    throw error;
  }
  throw new Error('did not throw');
}

describe('resolveNetworkConfig', () => {
  it('fills in the defaults: 2 inputs, one hidden layer of 4 tanh units, softmax over 2 classes, xavier, seed 1', () => {
    const c = resolveNetworkConfig();
    expect(c).toMatchObject({
      inputs: 2,
      features: [],
      hidden: [4],
      activations: ['tanh'],
      output: 'softmax',
      classes: 2,
      init: 'xavier',
      seed: 1,
      l2: 0,
      sizes: [2, 4, 2],
      parameterCount: 2 * 4 + 4 + 4 * 2 + 2,
    });
  });

  it('takes one activation per hidden layer, and 0 hidden layers', () => {
    expect(resolveNetworkConfig({ hidden: [3, 2], activation: ['relu', 'sigmoid'] }).activations).toEqual([
      'relu',
      'sigmoid',
    ]);
    expect(resolveNetworkConfig({ hidden: [3, 2], activation: ['relu'] }).activations).toEqual([
      'relu',
      'relu',
    ]);
    expect(resolveNetworkConfig({ hidden: [], output: 'sigmoid' }).sizes).toEqual([2, 1]);
    expect(resolveNetworkConfig({ inputs: 1, hidden: [5], output: 'linear' }).sizes).toEqual([1, 5, 1]);
  });

  it('refuses bad settings with a code and the attribute to blame', () => {
    expect(fault(() => resolveNetworkConfig({ hidden: new Array(MAX_HIDDEN_LAYERS + 1).fill(2) }))).toEqual([
      'invalid-layer-count',
      'layers',
    ]);
    expect(fault(() => resolveNetworkConfig({ hidden: [4, 0] }))).toEqual(['invalid-layer-size', 'layers']);
    expect(fault(() => resolveNetworkConfig({ hidden: [2.5] }))).toEqual(['invalid-layer-size', 'layers']);
    expect(fault(() => resolveNetworkConfig({ activation: 'swish' as never }))).toEqual([
      'invalid-activation',
      'activation',
    ]);
    expect(fault(() => resolveNetworkConfig({ hidden: [2, 2, 2], activation: ['relu', 'tanh'] }))).toEqual([
      'invalid-activation',
      'activation',
    ]);
    expect(fault(() => resolveNetworkConfig({ output: 'tanh' as never }))).toEqual([
      'invalid-output',
      'output',
    ]);
    expect(fault(() => resolveNetworkConfig({ output: 'sigmoid', classes: 3 }))).toEqual([
      'invalid-class-count',
      'classes',
    ]);
    expect(fault(() => resolveNetworkConfig({ classes: 1 }))).toEqual(['invalid-class-count', 'classes']);
    expect(fault(() => resolveNetworkConfig({ init: 'ones' as never }))).toEqual(['invalid-init', 'init']);
    expect(fault(() => resolveNetworkConfig({ seed: Number.NaN }))).toEqual(['invalid-seed', 'seed']);
    expect(fault(() => resolveNetworkConfig({ l2: -0.1 }))).toEqual(['invalid-l2', 'l2']);
    expect(fault(() => resolveNetworkConfig({ inputs: 3 as never }))).toEqual([
      'invalid-input-count',
      'inputs',
    ]);
    expect(fault(() => resolveNetworkConfig({ inputs: 1, features: ['x1^2'] }))).toEqual([
      'invalid-feature',
      'features',
    ]);
    expect(fault(() => resolveNetworkConfig({ features: ['cos(x1)' as never] }))).toEqual([
      'invalid-feature',
      'features',
    ]);
  });
});

describe('input features', () => {
  it('puts features in canonical order without repeats, and computes them', () => {
    expect(resolveFeatures(['sin(x2)', 'x1^2', 'x1^2'], 2)).toEqual(['x1^2', 'sin(x2)']);
    const rows = expandRows([[2, -0.5]], 2, ['x1^2', 'x2^2', 'x1x2', 'sin(x1)', 'sin(x2)']);
    expect(Array.from(rows)).toEqual(
      [2, -0.5, 4, 0.25, -1, Math.sin(2), Math.sin(-0.5)].map((v) => Math.fround(v)),
    );
  });
});

describe('initNetworkParameters', () => {
  const stats = (init: 'random' | 'xavier' | 'he') => {
    const c = resolveNetworkConfig({ hidden: [8, 8, 8, 8, 8, 8], init, seed: 3 });
    const p = initNetworkParameters(c);
    // A middle layer 8 → 8: 64 weights.
    const w = Array.from(p.subarray(c.weightOffsets[2]!, c.biasOffsets[2]!));
    const biases = c.biasOffsets.flatMap((b, l) => Array.from(p.subarray(b, b + c.sizes[l + 1]!)));
    const sd = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    return { w, sd, biases, p, c };
  };

  it('zeros: every parameter 0', () => {
    const c = resolveNetworkConfig({ hidden: [3], init: 'zeros' });
    expect(initNetworkParameters(c).every((v) => v === 0)).toBe(true);
  });

  it('random: uniform in [−0.5, 0.5); xavier: σ ≈ √(2/16) = 0.354; he: σ ≈ √(2/8) = 0.5; biases 0', () => {
    const r = stats('random');
    expect(r.w.every((v) => v >= -0.5 && v < 0.5)).toBe(true);
    // Uniform on [−½, ½) has σ = 1/√12 ≈ 0.289; 64 draws land within 25 %.
    expect(r.sd).toBeGreaterThan(0.289 * 0.75);
    expect(r.sd).toBeLessThan(0.289 * 1.25);
    const x = stats('xavier');
    expect(x.sd).toBeGreaterThan(0.354 * 0.75);
    expect(x.sd).toBeLessThan(0.354 * 1.25);
    const h = stats('he');
    expect(h.sd).toBeGreaterThan(0.5 * 0.75);
    expect(h.sd).toBeLessThan(0.5 * 1.25);
    for (const s of [r, x, h]) expect(s.biases.every((v) => v === 0)).toBe(true);
  });

  it('is the same for the same seed, different for another, and adding a last layer keeps the others', () => {
    const a = initNetworkParameters(resolveNetworkConfig({ hidden: [4], seed: 'a' }));
    expect(initNetworkParameters(resolveNetworkConfig({ hidden: [4], seed: 'a' }))).toEqual(a);
    expect(initNetworkParameters(resolveNetworkConfig({ hidden: [4], seed: 'b' }))).not.toEqual(a);
    const deeper = initNetworkParameters(resolveNetworkConfig({ hidden: [4, 3], seed: 'a' }));
    expect(deeper.subarray(0, 8)).toEqual(a.subarray(0, 8));
  });
});
