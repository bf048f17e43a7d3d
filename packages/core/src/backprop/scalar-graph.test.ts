import { describe, expect, it } from 'vitest';
import { Value } from '../autograd/value.js';
import { tf } from '../tf.js';
import { parseExpression } from './expression.js';
import {
  type BackwardOverride,
  backwardSteps,
  buildScalarGraph,
  gradientCheck,
  gradientsOf,
  ScalarGraphError,
} from './scalar-graph.js';
import { tensorValueAndGradients } from './tensor-graph.js';

const CURRICULUM = { expression: '(a*b + c)*f', values: { a: 2, b: -3, c: 10, f: -2 } };

function graphOf(source: string, values: Record<string, number>) {
  return buildScalarGraph(parseExpression(source), values);
}
const byLabel = (graph: ReturnType<typeof graphOf>, grads: number[]) =>
  Object.fromEntries(graph.nodes.map((n) => [n.label, grads[n.id]]));

describe('scalar graph: curriculum B.2 golden values', () => {
  const graph = graphOf(CURRICULUM.expression, CURRICULUM.values);

  it('forward: e = a·b = −6, d = e + c = 4, L = d·f = −8, in topological order', () => {
    expect(graph.nodes.map((n) => `${n.label}=${n.value}`)).toEqual([
      'a=2',
      'b=-3',
      'e=-6',
      'c=10',
      'd=4',
      'f=-2',
      'L=-8',
    ]);
    expect(graph.nodes.map((n) => n.op)).toEqual(['', '', '*', '', '+', '', '*']);
  });

  it('backward: ∂L/∂d = −2, ∂L/∂f = 4, ∂L/∂c = ∂L/∂e = −2, ∂L/∂a = 6, ∂L/∂b = −4', () => {
    expect(byLabel(graph, gradientsOf(graph))).toEqual({ a: 6, b: -4, e: -2, c: -2, d: -2, f: 4, L: 1 });
  });

  it('each backward step is the chain rule: ∂L/∂a = ∂L/∂e · ∂e/∂a = −2 · −3 = 6', () => {
    const steps = backwardSteps(graph);
    expect(steps.map((s) => graph.nodes[s.node]?.label)).toEqual(['L', 'L', 'd', 'e']);
    const e = steps[3]!;
    expect(e.upstream).toBe(-2);
    expect(e.contributions[0]).toMatchObject({ input: 0, local: -3, contribution: 6, before: 0, after: 6 });
    expect(e.contributions[1]).toMatchObject({ input: 1, local: 2, contribution: -4 });
  });

  it('matches core’s micrograd Value and tfjs autodiff', async () => {
    const [a, b, c, f] = [new Value(2), new Value(-3), new Value(10), new Value(-2)];
    const L = a!.mul(b!).add(c!).mul(f!);
    L.backward();
    expect([a!.grad, b!.grad, c!.grad, f!.grad]).toEqual([6, -4, -2, 4]);
    const before = tf.memory().numTensors;
    const tfjs = await tensorValueAndGradients(graph.expression, graph.values, graph.variables);
    expect(tf.memory().numTensors).toBe(before);
    expect(tfjs.value).toBe(-8);
    expect(tfjs.gradients).toEqual({ a: 6, b: -4, c: -2, f: 4 });
  });

  it('the gradient check passes with a tiny relative error', () => {
    for (const row of gradientCheck(graph)) {
      expect(row.ok).toBe(true);
      expect(row.relativeError).toBeLessThan(1e-8);
    }
  });

  it('a missing value is an error naming the variable', () => {
    expect(() => graphOf('a*b', { a: 1 })).toThrow(ScalarGraphError);
  });
});

describe('scalar graph: gradients that reach a value along two paths add up', () => {
  it('L = a·b + a: ∂L/∂a = b + 1, shown as two contributions', () => {
    const graph = graphOf('a*b + a', { a: 3, b: 4 });
    const steps = backwardSteps(graph);
    const toA = steps.flatMap((s) => s.contributions).filter((c) => graph.nodes[c.input]?.label === 'a');
    expect(toA.map((c) => [c.before, c.contribution, c.after])).toEqual([
      [0, 1, 1],
      [1, 4, 5],
    ]);
    expect(byLabel(graph, gradientsOf(graph))['a']).toBe(5);
  });

  it('L = a·a: one node used as both operands gets 2a', () => {
    const graph = graphOf('a*a', { a: 3 });
    expect(gradientsOf(graph)[0]).toBe(6);
  });
});

const EXPRESSIONS: [string, Record<string, number>][] = [
  ['(sigmoid(w*x + b) - y)^2', { w: 0.5, x: 2, b: -1, y: 1 }],
  ['tanh(a*b)/(c + exp(a)) - log(c) * relu(b - a)', { a: 0.3, b: 1.7, c: 2.5 }],
  ['-(x^3) + x^0.5 / y', { x: 1.5, y: -2 }],
];

describe('scalar graph equals tfjs autodiff on every function', () => {
  it.each(EXPRESSIONS)('%s', async (source, values) => {
    const graph = graphOf(source, values);
    const grads = gradientsOf(graph);
    const tfjs = await tensorValueAndGradients(graph.expression, graph.values, graph.variables);
    expect(tfjs.value).toBeCloseTo(graph.nodes.at(-1)!.value, 5);
    for (const name of graph.variables) {
      const id = graph.nodes.findIndex((n) => n.label === name);
      expect(tfjs.gradients[name]).toBeCloseTo(grads[id]!, 4);
    }
    for (const row of gradientCheck(graph)) expect(row.ok).toBe(true);
  });
});

describe('custom backward rules', () => {
  const source = '(sigmoid(w*x + b) - y)^2';
  const values = { w: 0.5, x: 2, b: -1, y: 1 };
  const graph = graphOf(source, values);
  const sigmoidNode = graph.nodes.find((n) => n.op === 'sigmoid')!;
  const rules: BackwardOverride[] = [
    { rule: 'straight-through' },
    { rule: 'wrong-sign' },
    { rule: 'clipped', limit: 0.05 },
    { rule: 'formula', formula: parseExpression('1 - y^2') },
  ];

  it.each(rules)(
    '$rule: the gradient check turns red, and tfjs (tf.customGrad) agrees with the drawn graph',
    async (override) => {
      const overrides = new Map([[sigmoidNode.id, override]]);
      const check = gradientCheck(graph, overrides);
      const w = check.find((row) => row.name === 'w')!;
      expect(w.ok).toBe(false);
      const grads = gradientsOf(graph, overrides);
      const before = tf.memory().numTensors;
      const tfjs = await tensorValueAndGradients(
        graph.expression,
        graph.values,
        graph.variables,
        new Map([[sigmoidNode.expressionId, override]]),
      );
      expect(tf.memory().numTensors).toBe(before);
      for (const name of graph.variables) {
        const id = graph.nodes.findIndex((n) => n.label === name);
        expect(tfjs.gradients[name]).toBeCloseTo(grads[id]!, 5);
      }
    },
  );

  it('straight-through through sigmoid: ∂L/∂z = ∂L/∂σ exactly', () => {
    const overrides = new Map([[sigmoidNode.id, { rule: 'straight-through' } as BackwardOverride]]);
    const grads = gradientsOf(graph, overrides);
    expect(grads[sigmoidNode.inputs[0]!]).toBe(grads[sigmoidNode.id]);
  });
});

describe('curriculum A.9 as a scalar graph: one logistic step', () => {
  const source = '-(log(1 - sigmoid(w1*1 + w2*2 + w3*3)) + log(sigmoid(w1*4 + w2*5 + w3*6)))/2';

  it('BCE 6.000003 before, gradient ≈ (0.5, 1, 1.5), w = (1.95, 1.90, 1.85) and BCE 5.650006 after', () => {
    const graph = graphOf(source, { w1: 2, w2: 2, w3: 2 });
    expect(graph.nodes.at(-1)!.value.toFixed(6)).toBe('6.000003');
    const grads = gradientsOf(graph);
    const g = ['w1', 'w2', 'w3'].map((name) => grads[graph.nodes.findIndex((n) => n.label === name)]!);
    const next = g.map((gi) => 2 - 0.1 * gi);
    expect(next.map((w) => w.toFixed(2))).toEqual(['1.95', '1.90', '1.85']);
    // The curriculum's 5.650006 is the loss at the rounded weights (1.95, 1.90, 1.85); the exact
    // step (w₁ = 1.9500003…) gives 5.650008, the same to five decimals.
    const rounded = graphOf(source, { w1: 1.95, w2: 1.9, w3: 1.85 });
    expect(rounded.nodes.at(-1)!.value.toFixed(6)).toBe('5.650006');
    const after = graphOf(source, { w1: next[0]!, w2: next[1]!, w3: next[2]! });
    expect(after.nodes.at(-1)!.value.toFixed(5)).toBe('5.65001');
  });
});
