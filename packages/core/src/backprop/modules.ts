/**
 * Backpropagation through modules (curriculum B.2–B.4): a small network on one example,
 *
 *     x ─Linear(W₁, b₁)→ h ─act→ a ─Linear(W₂, b₂)→ z ─softmax→ p ─cross-entropy(y)→ L
 *
 * computed on tfjs tensors. For every module: its input and output with their shapes, its Jacobian
 * ∂out/∂in (m × n for Linear, diagonal for the element-wise activation, full for softmax, 1 × k for
 * the loss), the gradient arriving from above and the one passed on (g_in = g_out · J), and for
 * Linear ∂L/∂W = g xᵀ. The hand-chained gradients are compared with tfjs autodiff, and the
 * activation's backward rule can be overridden (through `tf.customGrad`) to see training change.
 */
import { withCustomGradient } from '../autograd/gradients.js';
import { tf } from '../tf.js';
import '../tf-gradients.js';
import type { BackwardOverride } from './scalar-graph.js';
import { overrideTensor } from './tensor-graph.js';

export type NetworkActivation = 'relu' | 'tanh' | 'sigmoid';

/** A two-layer network and one example, as plain numbers. Matrices are row-major [out][in]. */
export interface NetworkSpec {
  readonly x: readonly number[];
  readonly w1: readonly (readonly number[])[];
  readonly b1: readonly number[];
  readonly activation: NetworkActivation;
  readonly w2: readonly (readonly number[])[];
  readonly b2: readonly number[];
  /** The true class, 0-based. */
  readonly target: number;
}

export type ModuleId = 'linear1' | 'activation' | 'linear2' | 'softmax' | 'loss';

/** One module's numbers for the current input. */
export interface ModuleReport {
  readonly id: ModuleId;
  readonly input: number[];
  readonly output: number[];
  /** ∂output/∂input, [output size][input size]. */
  readonly jacobian: number[][];
  /** ∂L/∂output (for the loss module: [1]). */
  readonly gradOutput: number[];
  /** ∂L/∂input = gradOutput · jacobian (the activation's may follow an override instead). */
  readonly gradInput: number[];
  /** Linear only: ∂L/∂W = g xᵀ and ∂L/∂b = g. */
  readonly weightGradient?: number[][];
  readonly biasGradient?: number[];
}

/** Everything the module view shows, plus tfjs autodiff's gradients for comparison. */
export interface NetworkReport {
  readonly loss: number;
  readonly modules: ModuleReport[];
  /** tfjs autodiff of the same forward pass (with the same override), by parameter. */
  readonly autodiff: { w1: number[][]; b1: number[]; w2: number[][]; b2: number[]; x: number[] };
}

function activate(activation: NetworkActivation, h: tf.Tensor): tf.Tensor {
  return activation === 'relu' ? tf.relu(h) : activation === 'tanh' ? tf.tanh(h) : tf.sigmoid(h);
}

/** act′(h) element-wise, from h and a = act(h). */
function activationDerivative(activation: NetworkActivation, h: tf.Tensor, a: tf.Tensor): tf.Tensor {
  if (activation === 'relu') return tf.cast(tf.greater(h, 0), 'float32');
  if (activation === 'tanh') return tf.sub(1, tf.square(a));
  return tf.mul(a, tf.sub(1, a));
}

/** The activation as a tfjs op, with the override (if any) as its gradient through `tf.customGrad`. */
function activationOp(
  activation: NetworkActivation,
  override?: BackwardOverride,
): (h: tf.Tensor) => tf.Tensor {
  if (!override) return (h) => activate(activation, h);
  return withCustomGradient(
    (h) => activate(activation, h),
    (dy, [h], a) =>
      overrideTensor(override, dy, activationDerivative(activation, h as tf.Tensor, a), h as tf.Tensor, a),
  );
}

interface Params {
  readonly w1: tf.Tensor2D;
  readonly b1: tf.Tensor1D;
  readonly w2: tf.Tensor2D;
  readonly b2: tf.Tensor1D;
  readonly x: tf.Tensor1D;
}

function tensorsOf(spec: NetworkSpec): Params {
  return {
    w1: tf.tensor2d(spec.w1.map((row) => [...row])),
    b1: tf.tensor1d([...spec.b1]),
    w2: tf.tensor2d(spec.w2.map((row) => [...row])),
    b2: tf.tensor1d([...spec.b2]),
    x: tf.tensor1d([...spec.x]),
  };
}

/** W v for a matrix and a vector. */
function matVec(w: tf.Tensor, v: tf.Tensor): tf.Tensor1D {
  return tf.reshape(tf.matMul(w as tf.Tensor2D, tf.reshape(v, [-1, 1])), [-1]) as tf.Tensor1D;
}

/** g M for a row vector g and a matrix M (g_in = g_out · J). */
function vecMat(g: tf.Tensor, m: tf.Tensor): tf.Tensor1D {
  return tf.reshape(tf.matMul(tf.reshape(g, [1, -1]), m as tf.Tensor2D), [-1]) as tf.Tensor1D;
}

/** The network's loss on tensors (for autodiff and training). */
function lossOf(spec: NetworkSpec, p: Params, act: (h: tf.Tensor) => tf.Tensor): tf.Scalar {
  const h = tf.add(matVec(p.w1, p.x), p.b1);
  const z = tf.add(matVec(p.w2, act(h)), p.b2);
  const logP = tf.logSoftmax(z);
  return tf.neg(tf.reshape(tf.slice(logP, [spec.target], [1]), [])) as tf.Scalar;
}

const toMatrix = (values: ArrayLike<number>, columns: number): number[][] => {
  const rows: number[][] = [];
  for (let i = 0; i < values.length; i += columns) rows.push(Array.from(values).slice(i, i + columns));
  return rows;
};

/**
 * The module view of `spec`: forward values, Jacobians and backward gradients chained by hand on
 * tfjs tensors, and tfjs autodiff of the same loss. Reads back asynchronously; frees every tensor.
 */
export async function analyseNetwork(spec: NetworkSpec, override?: BackwardOverride): Promise<NetworkReport> {
  const k = spec.b2.length;
  const named = tf.tidy(() => {
    const p = tensorsOf(spec);
    const h = tf.add(matVec(p.w1, p.x), p.b1);
    const a = activate(spec.activation, h);
    const z = tf.add(matVec(p.w2, a), p.b2);
    const prob = tf.softmax(z);
    const y = tf.reshape(tf.oneHot(tf.tensor1d([spec.target], 'int32'), k), [-1]);
    const loss = tf.neg(tf.sum(tf.mul(y, tf.log(prob))));
    // Jacobians.
    const dAct = activationDerivative(spec.activation, h, a);
    const jAct = tf.mul(tf.eye(h.shape[0] as number), tf.reshape(dAct, [1, -1]));
    const jSoft = tf.sub(
      tf.mul(tf.eye(k), tf.reshape(prob, [1, -1])),
      tf.outerProduct(prob as tf.Tensor1D, prob as tf.Tensor1D),
    );
    const jLoss = tf.reshape(tf.neg(tf.div(y, prob)), [1, -1]);
    // Backward, module by module: g_in = g_out · J.
    const gP = tf.reshape(jLoss, [-1]);
    const gZ = vecMat(gP, jSoft);
    const gA = vecMat(gZ, p.w2);
    const gH = override ? overrideTensor(override, gA, dAct, h, a) : tf.mul(gA, dAct);
    const gX = vecMat(gH, p.w1);
    const gW2 = tf.outerProduct(gZ, a as tf.Tensor1D);
    const gW1 = tf.outerProduct(gH as tf.Tensor1D, p.x);
    // The same gradients by tfjs autodiff, the override wired through tf.customGrad.
    const act = activationOp(spec.activation, override);
    const auto = tf.grads((w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor, x: tf.Tensor) =>
      lossOf(spec, { w1, b1, w2, b2, x } as Params, act),
    )([p.w1, p.b1, p.w2, p.b2, p.x]);
    return {
      x: p.x,
      h,
      a,
      z,
      prob,
      loss,
      w1: p.w1,
      w2: p.w2,
      jAct,
      jSoft,
      jLoss,
      gP,
      gZ,
      gA,
      gH,
      gX,
      gW1,
      gW2,
      autoW1: auto[0],
      autoB1: auto[1],
      autoW2: auto[2],
      autoB2: auto[3],
      autoX: auto[4],
    } as Record<string, tf.Tensor>;
  });
  const keys = Object.keys(named);
  const data = await Promise.all(keys.map((key) => (named[key] as tf.Tensor).data()));
  tf.dispose(Object.values(named));
  const v = Object.fromEntries(keys.map((key, i) => [key, Array.from(data[i] as ArrayLike<number>)]));
  const get = (key: string): number[] => v[key] ?? [];
  const n0 = spec.x.length;
  const n1 = spec.b1.length;
  const modules: ModuleReport[] = [
    {
      id: 'linear1',
      input: get('x'),
      output: get('h'),
      jacobian: toMatrix(get('w1'), n0),
      gradOutput: get('gH'),
      gradInput: get('gX'),
      weightGradient: toMatrix(get('gW1'), n0),
      biasGradient: get('gH'),
    },
    {
      id: 'activation',
      input: get('h'),
      output: get('a'),
      jacobian: toMatrix(get('jAct'), n1),
      gradOutput: get('gA'),
      gradInput: get('gH'),
    },
    {
      id: 'linear2',
      input: get('a'),
      output: get('z'),
      jacobian: toMatrix(get('w2'), n1),
      gradOutput: get('gZ'),
      gradInput: get('gA'),
      weightGradient: toMatrix(get('gW2'), n1),
      biasGradient: get('gZ'),
    },
    {
      id: 'softmax',
      input: get('z'),
      output: get('prob'),
      jacobian: toMatrix(get('jSoft'), k),
      gradOutput: get('gP'),
      gradInput: get('gZ'),
    },
    {
      id: 'loss',
      input: get('prob'),
      output: get('loss'),
      jacobian: toMatrix(get('jLoss'), k),
      gradOutput: [1],
      gradInput: get('gP'),
    },
  ];
  return {
    loss: get('loss')[0] ?? Number.NaN,
    modules,
    autodiff: {
      w1: toMatrix(get('autoW1'), n0),
      b1: get('autoB1'),
      w2: toMatrix(get('autoW2'), n1),
      b2: get('autoB2'),
      x: get('autoX'),
    },
  };
}

/** The loss in float64 JavaScript, for central differences. */
export function networkLoss(spec: NetworkSpec): number {
  const act = (v: number) =>
    spec.activation === 'relu'
      ? Math.max(0, v)
      : spec.activation === 'tanh'
        ? Math.tanh(v)
        : 1 / (1 + Math.exp(-v));
  const a = spec.w1.map((row, i) => act(row.reduce((s, w, j) => s + w * (spec.x[j] ?? 0), spec.b1[i] ?? 0)));
  const z = spec.w2.map((row, i) => row.reduce((s, w, j) => s + w * (a[j] ?? 0), spec.b2[i] ?? 0));
  const m = Math.max(...z);
  const logSum = m + Math.log(z.reduce((s, zi) => s + Math.exp(zi - m), 0));
  return logSum - (z[spec.target] ?? Number.NaN);
}

/** Parameter groups of the gradient check. */
export type NetworkParameter = 'w1' | 'b1' | 'w2' | 'b2' | 'x';

/** Central differences of {@link networkLoss} for every entry of every parameter, float64. */
export function networkNumericGradients(spec: NetworkSpec): Record<NetworkParameter, number[]> {
  const h = 1e-6;
  const diff = (perturb: (delta: number) => NetworkSpec): number =>
    (networkLoss(perturb(h)) - networkLoss(perturb(-h))) / (2 * h);
  const vector = (key: 'b1' | 'b2' | 'x') =>
    spec[key].map((_, i) =>
      diff((d) => ({ ...spec, [key]: spec[key].map((v, j) => (j === i ? v + d : v)) })),
    );
  const matrix = (key: 'w1' | 'w2') =>
    spec[key].flatMap((row, i) =>
      row.map((_, j) =>
        diff((d) => ({
          ...spec,
          [key]: spec[key].map((r, ii) => r.map((v, jj) => (ii === i && jj === j ? v + d : v))),
        })),
      ),
    );
  return { w1: matrix('w1'), b1: vector('b1'), w2: matrix('w2'), b2: vector('b2'), x: vector('x') };
}

/**
 * Plain gradient descent on W₁, b₁, W₂, b₂ for `steps` steps with tfjs autodiff (the override, if
 * any, wired through `tf.customGrad`). Returns the loss before each step and after the last one.
 */
export async function trainNetwork(
  spec: NetworkSpec,
  options: { steps: number; learningRate: number; override?: BackwardOverride },
): Promise<number[]> {
  const act = activationOp(spec.activation, options.override);
  const losses = tf.tidy(() => {
    let p = tensorsOf(spec);
    const recorded: tf.Scalar[] = [];
    for (let step = 0; step < options.steps; step++) {
      const { value, grads } = tf.valueAndGrads(
        (w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor) =>
          lossOf(spec, { ...p, w1, b1, w2, b2 } as Params, act),
      )([p.w1, p.b1, p.w2, p.b2]);
      recorded.push(value as tf.Scalar);
      const [g1, gb1, g2, gb2] = grads as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor];
      p = {
        x: p.x,
        w1: tf.sub(p.w1, tf.mul(options.learningRate, g1)) as tf.Tensor2D,
        b1: tf.sub(p.b1, tf.mul(options.learningRate, gb1)) as tf.Tensor1D,
        w2: tf.sub(p.w2, tf.mul(options.learningRate, g2)) as tf.Tensor2D,
        b2: tf.sub(p.b2, tf.mul(options.learningRate, gb2)) as tf.Tensor1D,
      };
    }
    recorded.push(lossOf(spec, p, act));
    return tf.stack(recorded);
  });
  const values = Array.from(await losses.data());
  losses.dispose();
  return values;
}
