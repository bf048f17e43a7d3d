import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { numericGradient } from './numeric.js';
import { type Value, value } from './value.js';

/** tfjs's gradient of a scalar function of n scalars, as plain numbers. */
function tfGradient(f: (xs: tf.Tensor[]) => tf.Tensor, at: number[]): number[] {
  return tf.tidy(() => {
    const grads = tf.grads((...xs: tf.Tensor[]) => f(xs))(at.map((x) => tf.scalar(x)));
    return grads.map((g) => g.dataSync()[0] ?? Number.NaN);
  });
}

function expectAllClose(actual: number[], expected: number[], digits = 5) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a).toBeCloseTo(expected[i] ?? Number.NaN, digits);
  });
}

describe('Value: agrees with tf.grad', () => {
  it('a neuron σ(w·x + b) with squared loss', () => {
    const before = tf.memory().numTensors;
    // Inputs: w1, w2, b; data x = (1.5, −0.5), target y = 1.
    const at = [0.7, -1.2, 0.1];
    const [w1, w2, b] = at.map((v, i) => value(v, ['w1', 'w2', 'b'][i]));
    const z = w1!.mul(1.5).add(w2!.mul(-0.5)).add(b!).labelled('z');
    const loss = z.sigmoid().sub(1).pow(2).labelled('L');
    loss.backward();

    const expected = tfGradient(([tw1, tw2, tb]) => {
      const tz = tf.add(tf.add(tf.mul(tw1!, 1.5), tf.mul(tw2!, -0.5)), tb!);
      return tf.square(tf.sub(tf.sigmoid(tz), 1));
    }, at);
    expectAllClose([w1!.grad, w2!.grad, b!.grad], expected);
    // Closed form: ∂L/∂z = 2(σ − 1)·σ(1 − σ).
    const s = 1 / (1 + Math.exp(-(0.7 * 1.5 + 1.2 * 0.5 + 0.1)));
    expect(z.grad).toBeCloseTo(2 * (s - 1) * s * (1 - s), 12);
    expect(loss.data).toBeCloseTo((s - 1) ** 2, 12);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a two-layer expression: relu and tanh hidden units, a linear output, divided by a constant', () => {
    const at = [0.5, -0.3, 0.8, 1.1, -0.6, 0.2];
    const [a, b, c, d, e, f] = at.map((v) => value(v));
    const x = 2;
    const h1 = a!.mul(x).add(b!).relu();
    const h2 = c!.mul(x).sub(d!).tanh();
    const out = e!.mul(h1).add(f!.mul(h2)).div(3).neg();
    out.backward();
    const expected = tfGradient(([ta, tb, tc, td, te, tf_]) => {
      const th1 = tf.relu(tf.add(tf.mul(ta!, x), tb!));
      const th2 = tf.tanh(tf.sub(tf.mul(tc!, x), td!));
      return tf.neg(tf.div(tf.add(tf.mul(te!, th1), tf.mul(tf_!, th2)), 3));
    }, at);
    expectAllClose(
      [a, b, c, d, e, f].map((v) => v!.grad),
      expected,
    );
  });

  it('a tanh / exp / log mix, with a value used twice', () => {
    const at = [0.4, 1.3, -0.7];
    const [a, b, c] = at.map((v) => value(v));
    // f = log(1 + exp(a·b)) · tanh(c) + a / b + c·c
    const f = a!.mul(b!).exp().add(1).log().mul(c!.tanh()).add(a!.div(b!)).add(c!.mul(c!));
    f.backward();
    const expected = tfGradient(([ta, tb, tc]) => {
      const softplus = tf.log(tf.add(tf.exp(tf.mul(ta!, tb!)), 1));
      return tf.add(tf.add(tf.mul(softplus, tf.tanh(tc!)), tf.div(ta!, tb!)), tf.mul(tc!, tc!));
    }, at);
    expectAllClose([a!.grad, b!.grad, c!.grad], expected);
    // And against central differences in float64, much tighter.
    const plain = ([x, y, z]: number[]) =>
      Math.log(1 + Math.exp(x! * y!)) * Math.tanh(z!) + x! / y! + z! * z!;
    expectAllClose([a!.grad, b!.grad, c!.grad], numericGradient(plain, at), 8);
  });
});

describe('Value: backward and graph', () => {
  it('accumulates the gradient of a value used twice, and recomputes on each backward()', () => {
    const a = value(3, 'a');
    const y = a.add(a);
    y.backward();
    expect(a.grad).toBe(2);
    y.backward();
    expect(a.grad).toBe(2);
    const r = value(-2).relu();
    expect(r.data).toBe(0);
    const s = value(-2);
    s.relu().backward();
    expect(s.grad).toBe(0);
  });

  it('graph() lists nodes in topological order with labels, ops, values and gradients', () => {
    const w = value(2, 'w');
    const x = value(3, 'x');
    const b = value(1, 'b');
    const z = w.mul(x).labelled('wx').add(b).labelled('z');
    const loss = z.sub(10).pow(2).labelled('L');
    loss.backward();
    const { nodes, edges } = loss.graph();
    expect(nodes.map((n) => [n.label, n.op, n.data])).toEqual([
      ['w', '', 2],
      ['x', '', 3],
      ['wx', '*', 6],
      ['b', '', 1],
      ['z', '+', 7],
      ['10', '', 10],
      ['', '-', -3],
      ['L', '^2', 9],
    ]);
    expect(nodes.map((n) => n.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // ∂L/∂z = 2(z − 10) = −6; ∂L/∂w = −6·x = −18; ∂L/∂x = −6·w = −12; ∂L/∂b = −6.
    expect(nodes.map((n) => n.grad)).toEqual([-18, -12, -6, -6, -6, 6, -6, 1]);
    expect(nodes[7]?.inputs).toEqual([6]);
    expect(edges).toEqual([
      { from: 0, to: 2, operand: 0 },
      { from: 1, to: 2, operand: 1 },
      { from: 2, to: 4, operand: 0 },
      { from: 3, to: 4, operand: 1 },
      { from: 4, to: 6, operand: 0 },
      { from: 5, to: 6, operand: 1 },
      { from: 6, to: 7, operand: 0 },
    ]);
    // Every edge goes forward in the order.
    for (const e of edges) expect(e.from).toBeLessThan(e.to);
  });

  it('handles a chain of 50,000 operations without overflowing the stack', () => {
    const x = value(1, 'x');
    let y: Value = x;
    for (let i = 0; i < 50_000; i++) y = y.mul(1.00001);
    y.backward();
    expect(x.grad).toBeCloseTo(1.00001 ** 50_000, 8);
    expect(y.topologicalOrder()).toHaveLength(100_001);
  });
});
