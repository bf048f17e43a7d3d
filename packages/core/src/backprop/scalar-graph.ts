/**
 * A parsed expression turned into the graph a backprop lesson draws and steps through: nodes in
 * topological order (built with core's micrograd-style {@link Value}), each op node's local
 * derivatives, a forward pass and a backward pass recorded step by step (the chain rule at every
 * node, gradients that reach a value along two paths added up), optional custom backward rules,
 * and a gradient check by central differences. All float64.
 */
import { Value } from '../autograd/value.js';
import { CodedError } from '../coded-error.js';
import { type ExpressionNode, evaluateExpression, variablesOf } from './expression.js';

/** One node of the drawn graph. */
export interface ScalarNode {
  /** Position in topological order (inputs first, the output last). */
  readonly id: number;
  /** `a`, `e`, `L`, or a constant's text (`2`). */
  readonly label: string;
  readonly kind: 'variable' | 'constant' | 'op';
  /** `+`, `-`, `*`, `/`, `^2`, `neg`, `exp`, `log`, `tanh`, `sigmoid`, `relu`; '' for leaves. */
  readonly op: string;
  /** Operand ids, in order (an operand used twice appears twice). */
  readonly inputs: readonly number[];
  readonly value: number;
  /** ∂node/∂input for each operand, at the current values. */
  readonly local: readonly number[];
  /** The parsed expression node this graph node came from (for op nodes; the first use for variables). */
  readonly expressionId: number;
}

export interface ScalarGraph {
  readonly nodes: readonly ScalarNode[];
  /** Variable names in order of first appearance. */
  readonly variables: readonly string[];
  readonly expression: ExpressionNode;
  readonly values: Readonly<Record<string, number>>;
}

/** Built-in replacements for a node's backward rule; `formula` uses x (the operand) and y (the output). */
export type BackwardRule = 'straight-through' | 'clipped' | 'wrong-sign' | 'formula';

/** A learner's override of one node's backward rule. */
export interface BackwardOverride {
  readonly rule: BackwardRule;
  /** For `formula`: ∂y/∂x written in x and y, e.g. `1 - y^2`. */
  readonly formula?: ExpressionNode;
  /** For `clipped`: each contribution is clipped to [−limit, limit] (default 1). */
  readonly limit?: number;
}

/** Overrides keyed by node id. */
export type BackwardOverrides = ReadonlyMap<number, BackwardOverride>;

/** What one operand receives in one backward step. */
export interface Contribution {
  readonly input: number;
  readonly operand: number;
  /** ∂node/∂input (the true local derivative). */
  readonly local: number;
  /** What is added to ∂L/∂input: upstream · local, unless an override says otherwise. */
  readonly contribution: number;
  /** ∂L/∂input before and after this contribution (they differ from `contribution` when accumulating). */
  readonly before: number;
  readonly after: number;
}

/** One step of the backward pass: the seed ∂L/∂L = 1, or one node passing its gradient to its operands. */
export interface BackwardStep {
  readonly node: number;
  readonly seed: boolean;
  /** ∂L/∂node when this step runs. */
  readonly upstream: number;
  readonly override?: BackwardOverride;
  readonly contributions: readonly Contribution[];
}

export type ScalarGraphErrorCode = 'missing-value';

/** A variable of the expression has no value. `details.name` names it. */
export class ScalarGraphError extends CodedError<ScalarGraphErrorCode> {
  override readonly name = 'ScalarGraphError';
}

/** Labels for intermediate nodes, in topological order: e, d as in the curriculum's worked example. */
const INTERMEDIATE_LABELS = ['e', 'd', 'g', 'h', 'k', 'm', 'n', 'p', 'q', 'r', 's', 'u', 'v'];

function localDerivatives(op: string, inputs: readonly number[], y: number): number[] {
  const [a = Number.NaN, b = Number.NaN] = inputs;
  switch (op) {
    case '+':
      return [1, 1];
    case '-':
      return [1, -1];
    case '*':
      return [b, a];
    case '/':
      return [1 / b, -a / (b * b)];
    case 'neg':
      return [-1];
    case 'exp':
      return [y];
    case 'log':
      return [1 / a];
    case 'tanh':
      return [1 - y * y];
    case 'sigmoid':
      return [y * (1 - y)];
    case 'relu':
      return [a > 0 ? 1 : 0];
    default: {
      const k = Number(op.slice(1)); // '^k'
      return [k * a ** (k - 1)];
    }
  }
}

/**
 * Builds the graph of `expression` at `values`.
 *
 * @throws ScalarGraphError `missing-value` when a variable has no value.
 * @example
 * const graph = buildScalarGraph(parseExpression('(a*b + c)*f'), { a: 2, b: -3, c: 10, f: -2 });
 * graph.nodes.at(-1).value;   // −8
 */
export function buildScalarGraph(
  expression: ExpressionNode,
  values: Readonly<Record<string, number>>,
): ScalarGraph {
  const variables = variablesOf(expression);
  for (const name of variables) {
    if (values[name] === undefined)
      throw new ScalarGraphError('missing-value', `No value for “${name}”.`, { name });
  }
  const leaves = new Map<string, Value>();
  const origin = new Map<Value, ExpressionNode>();
  const kinds = new Map<Value, ScalarNode['kind']>();
  const build = (node: ExpressionNode): Value => {
    let v: Value;
    switch (node.kind) {
      case 'number':
        v = new Value(node.value, node.text);
        kinds.set(v, 'constant');
        break;
      case 'variable': {
        const known = leaves.get(node.name);
        if (known) return known;
        v = new Value(values[node.name] as number, node.name);
        leaves.set(node.name, v);
        kinds.set(v, 'variable');
        break;
      }
      case 'negate':
        v = build(node.operand).neg();
        break;
      case 'power':
        v = build(node.base).pow(node.exponent);
        break;
      case 'binary': {
        const left = build(node.left);
        const right = build(node.right);
        v =
          node.op === '+'
            ? left.add(right)
            : node.op === '-'
              ? left.sub(right)
              : node.op === '*'
                ? left.mul(right)
                : left.div(right);
        break;
      }
      case 'call': {
        const argument = build(node.argument);
        v = argument[node.fn]();
        break;
      }
    }
    origin.set(v, node);
    return v;
  };
  const root = build(expression);
  const order = root.topologicalOrder();
  const ids = new Map(order.map((v, i) => [v, i]));
  const pool = INTERMEDIATE_LABELS.filter((label) => !variables.includes(label) && label !== 'L');
  let nextLabel = 0;
  const nodes = order.map((v, id): ScalarNode => {
    const kind = kinds.get(v) ?? 'op';
    const inputs = v.inputs.map((input) => ids.get(input) ?? -1);
    const label = kind !== 'op' ? v.label : v === root ? 'L' : (pool[nextLabel++] ?? `n${id}`);
    return {
      id,
      label,
      kind,
      op: v.op,
      inputs,
      value: v.data,
      local:
        kind === 'op'
          ? localDerivatives(
              v.op,
              v.inputs.map((input) => input.data),
              v.data,
            )
          : [],
      expressionId: origin.get(v)?.id ?? -1,
    };
  });
  return { nodes, variables, expression, values: { ...values } };
}

/** What an override sends to an operand, given the upstream gradient. */
export function overriddenContribution(
  override: BackwardOverride | undefined,
  upstream: number,
  local: number,
  x: number,
  y: number,
): number {
  if (!override) return upstream * local;
  switch (override.rule) {
    case 'straight-through':
      return upstream;
    case 'wrong-sign':
      return -upstream * local;
    case 'clipped': {
      const limit = override.limit ?? 1;
      return Math.min(limit, Math.max(-limit, upstream * local));
    }
    case 'formula':
      return override.formula ? upstream * evaluateExpression(override.formula, { x, y }) : Number.NaN;
  }
}

/**
 * The backward pass, step by step: first the seed ∂L/∂L = 1, then every op node in reverse
 * topological order passes ∂L/∂node to its operands (chain rule), each contribution added to what
 * the operand already had. Leaves pass nothing on, so they have no step.
 */
export function backwardSteps(graph: ScalarGraph, overrides: BackwardOverrides = new Map()): BackwardStep[] {
  const grads = graph.nodes.map(() => 0);
  const output = graph.nodes.length - 1;
  grads[output] = 1;
  const steps: BackwardStep[] = [{ node: output, seed: true, upstream: 1, contributions: [] }];
  for (let id = output; id >= 0; id--) {
    const node = graph.nodes[id] as ScalarNode;
    if (node.kind !== 'op') continue;
    const upstream = grads[id] as number;
    const override = overrides.get(id);
    const contributions = node.inputs.map((input, operand): Contribution => {
      const local = node.local[operand] as number;
      const x = graph.nodes[input]?.value ?? Number.NaN;
      const contribution = overriddenContribution(override, upstream, local, x, node.value);
      const before = grads[input] as number;
      grads[input] = before + contribution;
      return { input, operand, local, contribution, before, after: before + contribution };
    });
    steps.push({ node: id, seed: false, upstream, override, contributions });
  }
  return steps;
}

/** ∂L/∂node for every node after the whole backward pass (index = node id). */
export function gradientsOf(graph: ScalarGraph, overrides: BackwardOverrides = new Map()): number[] {
  const grads = graph.nodes.map(() => 0);
  grads[graph.nodes.length - 1] = 1;
  for (const step of backwardSteps(graph, overrides)) {
    for (const c of step.contributions) grads[c.input] = c.after;
  }
  return grads;
}

/** One row of the gradient check. */
export interface GradientCheckRow {
  readonly name: string;
  /** ∂L/∂name by backpropagation (with the overrides). */
  readonly backprop: number;
  /** Central difference (f(x + h) − f(x − h)) / 2h, float64. */
  readonly numeric: number;
  /** |backprop − numeric| / max(|backprop|, |numeric|), 0 when both are 0. */
  readonly relativeError: number;
  readonly ok: boolean;
}

/**
 * Checks every variable's backpropagated gradient against a central difference of the expression
 * itself, in float64 (h = 1e-5 · max(1, |x|)). A row passes when the relative error is below 1e-6
 * or both are within 1e-9 of each other.
 */
export function gradientCheck(
  graph: ScalarGraph,
  overrides: BackwardOverrides = new Map(),
): GradientCheckRow[] {
  const grads = gradientsOf(graph, overrides);
  return graph.variables.map((name) => {
    const id = graph.nodes.findIndex((n) => n.kind === 'variable' && n.label === name);
    const x = graph.values[name] as number;
    const h = 1e-5 * Math.max(1, Math.abs(x));
    const at = (value: number) => evaluateExpression(graph.expression, { ...graph.values, [name]: value });
    const numeric = (at(x + h) - at(x - h)) / (x + h - (x - h));
    const backprop = grads[id] ?? Number.NaN;
    const difference = Math.abs(backprop - numeric);
    const scale = Math.max(Math.abs(backprop), Math.abs(numeric));
    const relativeError = scale === 0 ? 0 : difference / scale;
    return { name, backprop, numeric, relativeError, ok: relativeError < 1e-6 || difference < 1e-9 };
  });
}
