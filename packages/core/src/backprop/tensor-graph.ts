/**
 * The same expressions on tfjs tensors, differentiated by tfjs autodiff: the oracle the drawn
 * scalar graph is checked against, and the path through which a learner's custom backward rule
 * reaches tfjs (`tf.customGrad`, via core's {@link withCustomGradient}).
 */
import { withCustomGradient } from '../autograd/gradients.js';
import { tf } from '../tf.js';
import '../tf-gradients.js';
import type { ExpressionNode } from './expression.js';
import type { BackwardOverride } from './scalar-graph.js';

/** Overrides keyed by the expression node's `id` (a graph node's `expressionId`). */
export type ExpressionOverrides = ReadonlyMap<number, BackwardOverride>;

type Env = Readonly<Record<string, tf.Tensor>>;

function forwardOp(node: ExpressionNode, inputs: tf.Tensor[]): tf.Tensor {
  const [a, b] = inputs as [tf.Tensor, tf.Tensor];
  switch (node.kind) {
    case 'negate':
      return tf.neg(a);
    case 'power':
      return tf.pow(a, tf.scalar(node.exponent));
    case 'binary':
      return node.op === '+'
        ? tf.add(a, b)
        : node.op === '-'
          ? tf.sub(a, b)
          : node.op === '*'
            ? tf.mul(a, b)
            : tf.div(a, b);
    case 'call':
      // Spelled out: indexing the tf namespace would keep every tfjs op in a bundle.
      switch (node.fn) {
        case 'exp':
          return tf.exp(a);
        case 'log':
          return tf.log(a);
        case 'tanh':
          return tf.tanh(a);
        case 'sigmoid':
          return tf.sigmoid(a);
        case 'relu':
          return tf.relu(a);
      }
      break;
    default:
      throw new Error(`${node.kind} is not an operation.`);
  }
}

/** ∂out/∂input for each operand, as tensors (used only inside an override's backward). */
function localTensors(node: ExpressionNode, inputs: tf.Tensor[], out: tf.Tensor): tf.Tensor[] {
  const [a, b] = inputs as [tf.Tensor, tf.Tensor];
  switch (node.kind) {
    case 'negate':
      return [tf.neg(tf.onesLike(a))];
    case 'power':
      return [tf.mul(node.exponent, tf.pow(a, tf.scalar(node.exponent - 1)))];
    case 'binary':
      if (node.op === '+') return [tf.onesLike(a), tf.onesLike(b)];
      if (node.op === '-') return [tf.onesLike(a), tf.neg(tf.onesLike(b))];
      if (node.op === '*') return [b, a];
      return [tf.div(1, b), tf.neg(tf.div(a, tf.square(b)))];
    case 'call':
      switch (node.fn) {
        case 'exp':
          return [out];
        case 'log':
          return [tf.div(1, a)];
        case 'tanh':
          return [tf.sub(1, tf.square(out))];
        case 'sigmoid':
          return [tf.mul(out, tf.sub(1, out))];
        case 'relu':
          return [tf.cast(tf.greater(a, 0), 'float32')];
      }
      break;
  }
  return [];
}

/**
 * What an override sends back through one operand, on tensors: dy · local normally; dy for
 * straight-through; −dy · local for the wrong sign; dy · local clipped to ±limit; dy · formula(x, y).
 */
export function overrideTensor(
  override: BackwardOverride,
  dy: tf.Tensor,
  local: tf.Tensor,
  x: tf.Tensor,
  y: tf.Tensor,
): tf.Tensor {
  switch (override.rule) {
    case 'straight-through':
      return tf.clone(dy);
    case 'wrong-sign':
      return tf.neg(tf.mul(dy, local));
    case 'clipped': {
      const limit = override.limit ?? 1;
      return tf.clipByValue(tf.mul(dy, local), -limit, limit);
    }
    default:
      return override.formula
        ? tf.mul(dy, evaluateOnTensors(override.formula, { x, y }, new Map()))
        : tf.fill(dy.shape, Number.NaN);
  }
}

/** The override's backward for an expression node: what each operand receives given dy. */
function overrideBackward(
  node: ExpressionNode,
  override: BackwardOverride,
  dy: tf.Tensor,
  inputs: tf.Tensor[],
  out: tf.Tensor,
): tf.Tensor[] {
  return localTensors(node, inputs, out).map((local, i) =>
    overrideTensor(override, dy, local, inputs[i] as tf.Tensor, out),
  );
}

/** Evaluates an expression on tensors (scalars or any shape, element-wise). Call inside a tidy. */
export function evaluateOnTensors(node: ExpressionNode, env: Env, overrides: ExpressionOverrides): tf.Tensor {
  switch (node.kind) {
    case 'number':
      return tf.scalar(node.value);
    case 'variable': {
      const t = env[node.name];
      if (!t) throw new Error(`No value for “${node.name}”.`);
      return t;
    }
    default: {
      const operands =
        node.kind === 'binary'
          ? [node.left, node.right]
          : node.kind === 'power'
            ? [node.base]
            : node.kind === 'negate'
              ? [node.operand]
              : [node.argument];
      const inputs = operands.map((operand) => evaluateOnTensors(operand, env, overrides));
      const override = overrides.get(node.id);
      if (!override) return forwardOp(node, inputs);
      const custom = withCustomGradient(
        (...xs) => forwardOp(node, xs),
        (dy, xs, out) => {
          const grads = overrideBackward(node, override, dy, xs, out);
          return grads.length === 1 ? (grads[0] as tf.Tensor) : grads;
        },
      );
      return custom(...inputs);
    }
  }
}

/**
 * Value and gradient of an expression with respect to each of `variables`, by tfjs autodiff in
 * float32, with custom backward rules wired through `tf.customGrad`. Reads back asynchronously and
 * frees every tensor it made.
 */
export async function tensorValueAndGradients(
  expression: ExpressionNode,
  values: Readonly<Record<string, number>>,
  variables: readonly string[],
  overrides: ExpressionOverrides = new Map(),
): Promise<{ value: number; gradients: Record<string, number> }> {
  const constants = Object.fromEntries(Object.entries(values).filter(([name]) => !variables.includes(name)));
  const result = tf.tidy(() => {
    const xs = variables.map((name) => tf.scalar(values[name] ?? Number.NaN));
    const env = (inputs: tf.Tensor[]): Env => ({
      ...Object.fromEntries(Object.entries(constants).map(([name, v]) => [name, tf.scalar(v)])),
      ...Object.fromEntries(variables.map((name, i) => [name, inputs[i] as tf.Tensor])),
    });
    if (variables.length === 0)
      return { value: evaluateOnTensors(expression, env([]), overrides), grads: [] };
    const { value, grads } = tf.valueAndGrads((...inputs: tf.Tensor[]) =>
      evaluateOnTensors(expression, env(inputs), overrides),
    )(xs);
    return { value, grads };
  });
  const [value, ...grads] = await Promise.all([result.value, ...result.grads].map((t) => t.data()));
  tf.dispose([result.value, ...result.grads]);
  return {
    value: value?.[0] ?? Number.NaN,
    gradients: Object.fromEntries(variables.map((name, i) => [name, grads[i]?.[0] ?? Number.NaN])),
  };
}
