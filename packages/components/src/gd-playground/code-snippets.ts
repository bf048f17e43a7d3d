/**
 * The next gradient-descent step as a short program (CURRICULUM A.1, A.5, A.9): element by element
 * with scalar loops, and vectorised in matrix form; in Python (loops in plain Python, vectorised with
 * NumPy) and TypeScript (loops on arrays, vectorised with tfjs). The batch's data and the current
 * parameters are written in (training units), and the results the step gives are written in
 * comments, computed here in float64. Run, the programs print the batch loss and the new weights:
 * the table's next row. Pure text; no UI.
 *
 * One writer per form (loops, vectorised) builds the program line by line; how each language spells
 * a piece (a declaration, the row loop, a loss term, the update) comes from its {@link Spelling}.
 */
import type { ExactStep } from './step-math.js';

/** The four programs of one step. */
export interface StepPrograms {
  readonly pythonLoops: string;
  readonly pythonVectorised: string;
  readonly typescriptLoops: string;
  readonly typescriptVectorised: string;
}

/** A number as a literal both languages read back exactly (shortest round trip). */
export function literal(value: number): string {
  if (Object.is(value, -0)) return '0';
  return String(value).replace('e+', 'e');
}

/** A number for a comment: up to 6 decimals, trailing zeros dropped. */
export function shown(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(6));
  return literal(Object.is(rounded, -0) ? 0 : rounded);
}

const list = (values: readonly number[], format = literal) => `[${values.map(format).join(', ')}]`;

function matrix(rows: readonly (readonly number[])[], indent: string): string {
  return `[${rows.map((row, i) => `${i > 0 ? indent : ''}${list(row)}`).join(`,\n`)}]`;
}

type Form = 'loops' | 'vectorised';

/** The loss as the programs tell the cases apart (the BCE forms are one; MSE's ½ convention is its own). */
type LossCase = 'mse' | 'mse-half' | 'rmse' | 'mae' | 'huber' | 'bce';

function lossCase(step: ExactStep): LossCase {
  switch (step.loss) {
    case 'mse':
      return step.convention === 'half' ? 'mse-half' : 'mse';
    case 'rmse':
    case 'mae':
    case 'huber':
      return step.loss;
    default:
      return 'bce';
  }
}

/** How one form of one language spells the step's pieces. */
interface FormSpelling {
  /** Lines before the title (imports). */
  readonly header: (rmse: boolean, logistic: boolean) => readonly string[];
  /** The data as this form holds it: X a matrix, y and w vectors. */
  readonly array: (shape: 'matrix' | 'vector', text: string) => string;
  /** n (and m): how many rows (and weights). */
  readonly sizes: readonly string[];
  /** Loops: the summand of the loss for row i; vectorised: the whole batch loss (`rmse = …` for RMSE). */
  readonly loss: Readonly<Record<LossCase, string>>;
  /** ∂L/∂ŷᵢ (or ∂L/∂zᵢ): per row for loops, as a vector when vectorised. */
  readonly dOut: Readonly<Record<LossCase, string>>;
}

/** How one language spells the programs' pieces. */
interface Spelling {
  readonly comment: '#' | '//';
  /** A declaration (`mutable` matters only where the language says so). */
  readonly declare: (name: string, value: string, mutable?: boolean) => string;
  /** A statement that is not a declaration. */
  readonly statement: (code: string) => string;
  readonly yHat: string;
  readonly dOut: string;
  readonly gradW: string;
  readonly gradB: string;
  readonly sqrt: string;
  /** Loops: the RMSE's own pass over the data (its derivative needs it before the loop). */
  readonly rmsePass: (bias: boolean) => readonly string[];
  /** Loops: the accumulators' start. */
  readonly accumulators: (bias: boolean) => readonly string[];
  /** Loops: the row loop's first line, its indent and what closes it. */
  readonly rowLoop: { readonly open: string; readonly indent: string; readonly close: readonly string[] };
  /** Loops: one row's output, its values in a comment. */
  readonly rowOutput: (out: string, bias: boolean, note: string) => readonly string[];
  /** Loops: p = σ(z) for the row. */
  readonly rowSigmoid: string;
  /** Loops: ∇w += dOut · row. */
  readonly rowGradient: readonly string[];
  /** Vectorised: X·w (+ b). */
  readonly product: (bias: boolean) => string;
  /** Vectorised: σ(z). */
  readonly sigmoid: string;
  /** Vectorised: ŷ − y. */
  readonly residual: string;
  /** Vectorised: whether ∂L/∂out's comment names it. */
  readonly namesDOut: boolean;
  readonly gradWVector: string;
  readonly gradBValue: string;
  /** Plain gradient descent's update of w (loops and vectorised). */
  readonly updateW: Readonly<Record<Form, string>>;
  /** What the program prints, by form. */
  readonly print: (form: Form, bias: boolean) => string;
  readonly loops: FormSpelling;
  readonly vectorised: FormSpelling;
}

const PYTHON: Spelling = {
  comment: '#',
  declare: (name, value) => `${name} = ${value}`,
  statement: (code) => code,
  yHat: 'y_hat',
  dOut: 'd_out',
  gradW: 'grad_w',
  gradB: 'grad_b',
  sqrt: 'math.sqrt',
  rmsePass: (bias) => [
    `rmse = math.sqrt(sum((sum(w[j] * X[i][j] for j in range(m))${bias ? ' + b' : ''} - y[i]) ** 2 for i in range(n)) / n)`,
  ],
  accumulators: (bias) => ['loss = 0.0', 'grad_w = [0.0] * m', ...(bias ? ['grad_b = 0.0'] : [])],
  rowLoop: { open: 'for i in range(n):', indent: '    ', close: [] },
  rowOutput: (out, bias, note) => [
    `${out} = ${bias ? 'b + ' : ''}sum(w[j] * X[i][j] for j in range(m))  # ${note}`,
  ],
  rowSigmoid: '1 / (1 + math.exp(-z))',
  rowGradient: ['for j in range(m):', '    grad_w[j] += d_out * X[i][j]'],
  product: (bias) => `X @ w${bias ? ' + b' : ''}`,
  sigmoid: '1 / (1 + np.exp(-z))',
  residual: 'y_hat - y',
  namesDOut: true,
  gradWVector: 'X.T @ d_out',
  gradBValue: 'd_out.sum()',
  updateW: { loops: '[w[j] - alpha * grad_w[j] for j in range(m)]', vectorised: 'w - alpha * grad_w' },
  print: (_, bias) => `print(loss, w${bias ? ', b' : ''})`,
  loops: {
    header: (rmse, logistic) => (rmse || logistic ? ['import math', ''] : []),
    array: (_, text) => text,
    sizes: ['n, m = len(X), len(w)'],
    loss: {
      mse: 'r ** 2',
      'mse-half': '0.5 * r ** 2',
      rmse: 'r ** 2',
      mae: 'abs(r)',
      huber: '(0.5 * r ** 2 if abs(r) <= delta else delta * (abs(r) - 0.5 * delta))',
      // −[y ln σ(z) + (1 − y) ln(1 − σ(z))] in its stable form.
      bce: 'max(z, 0) - z * y[i] + math.log1p(math.exp(-abs(z)))',
    },
    dOut: {
      mse: '2 * r / n',
      'mse-half': 'r / n',
      rmse: 'r / (n * rmse)',
      mae: '((r > 0) - (r < 0)) / n',
      huber: 'max(-delta, min(delta, r)) / n',
      bce: '(p - y[i]) / n',
    },
  },
  vectorised: {
    header: () => ['import numpy as np', ''],
    array: (_, text) => `np.array(${text}, dtype=float)`,
    sizes: ['n = len(y)'],
    loss: {
      mse: 'np.mean(r ** 2)',
      'mse-half': 'np.mean(0.5 * r ** 2)',
      rmse: 'rmse = np.sqrt(np.mean(r ** 2))',
      mae: 'np.mean(np.abs(r))',
      huber: 'np.mean(np.where(np.abs(r) <= delta, 0.5 * r ** 2, delta * (np.abs(r) - 0.5 * delta)))',
      bce: 'np.mean(np.logaddexp(0, z) - y * z)',
    },
    dOut: {
      mse: '2 * r / n',
      'mse-half': 'r / n',
      rmse: 'r / (n * rmse)',
      mae: 'np.sign(r) / n',
      huber: 'np.clip(r, -delta, delta) / n',
      bce: '(p - y) / n',
    },
  },
};

const TYPESCRIPT: Spelling = {
  comment: '//',
  declare: (name, value, mutable = false) => `${mutable ? 'let' : 'const'} ${name} = ${value};`,
  statement: (code) => `${code};`,
  yHat: 'yHat',
  dOut: 'dOut',
  gradW: 'gradW',
  gradB: 'gradB',
  sqrt: 'Math.sqrt',
  rmsePass: (bias) => [
    'let squares = 0;',
    'for (let i = 0; i < n; i++) {',
    `  let yHat = ${bias ? 'b' : '0'};`,
    '  for (let j = 0; j < m; j++) yHat += w[j] * X[i][j];',
    '  squares += (yHat - y[i]) ** 2;',
    '}',
    'const rmse = Math.sqrt(squares / n);',
  ],
  accumulators: (bias) => [
    'let loss = 0;',
    'const gradW = new Array(m).fill(0);',
    ...(bias ? ['let gradB = 0;'] : []),
  ],
  rowLoop: { open: 'for (let i = 0; i < n; i++) {', indent: '  ', close: ['}'] },
  rowOutput: (out, bias, note) => [
    `let ${out} = ${bias ? 'b' : '0'};`,
    `for (let j = 0; j < m; j++) ${out} += w[j] * X[i][j];  // ${note}`,
  ],
  rowSigmoid: '1 / (1 + Math.exp(-z))',
  rowGradient: ['for (let j = 0; j < m; j++) gradW[j] += dOut * X[i][j];'],
  product: (bias) =>
    `${bias ? 'tf.add(' : ''}tf.reshape(tf.matMul(X, tf.reshape(w, [-1, 1])), [-1])${bias ? ', b)' : ''}`,
  sigmoid: 'tf.sigmoid(z)',
  residual: 'tf.sub(yHat, y)',
  namesDOut: false,
  gradWVector: 'tf.reshape(tf.matMul(X, tf.reshape(dOut, [-1, 1]), true), [-1])',
  // Read-backs await the GPU instead of blocking the page (dataSync/arraySync would stall it).
  gradBValue: '(await tf.sum(dOut).data())[0]',
  updateW: {
    loops: 'w.map((wj, j) => wj - alpha * gradW[j])',
    vectorised: 'tf.sub(w, tf.mul(gradW, alpha))',
  },
  print: (form, bias) =>
    form === 'loops'
      ? `console.log(loss, w${bias ? ', b' : ''});`
      : `console.log((await loss.data())[0], await w.array()${bias ? ', b' : ''});`,
  loops: {
    header: () => [],
    array: (_, text) => text,
    sizes: ['const n = X.length;', 'const m = w.length;'],
    loss: {
      mse: 'r ** 2',
      'mse-half': '0.5 * r ** 2',
      rmse: 'r ** 2',
      mae: 'Math.abs(r)',
      huber: '(Math.abs(r) <= delta ? 0.5 * r ** 2 : delta * (Math.abs(r) - 0.5 * delta))',
      bce: 'Math.max(z, 0) - z * y[i] + Math.log1p(Math.exp(-Math.abs(z)))',
    },
    dOut: {
      mse: '2 * r / n',
      'mse-half': 'r / n',
      rmse: 'r / (n * rmse)',
      mae: 'Math.sign(r) / n',
      huber: 'Math.max(-delta, Math.min(delta, r)) / n',
      bce: '(p - y[i]) / n',
    },
  },
  vectorised: {
    header: () => ["import * as tf from '@tensorflow/tfjs';", ''],
    array: (shape, text) => `tf.tensor${shape === 'matrix' ? '2d' : '1d'}(${text})`,
    sizes: ['const n = y.shape[0];'],
    loss: {
      mse: 'tf.mean(tf.square(r))',
      'mse-half': 'tf.mean(tf.mul(tf.square(r), 0.5))',
      rmse: 'tf.sqrt(tf.mean(tf.square(r)))',
      mae: 'tf.mean(tf.abs(r))',
      huber:
        'tf.mean(tf.where(tf.lessEqual(tf.abs(r), delta), tf.mul(tf.square(r), 0.5), tf.mul(tf.sub(tf.abs(r), 0.5 * delta), delta)))',
      bce: 'tf.mean(tf.sub(tf.softplus(z), tf.mul(y, z)))',
    },
    dOut: {
      mse: 'tf.mul(r, 2 / n)',
      'mse-half': 'tf.div(r, n)',
      rmse: 'tf.div(r, tf.mul(loss, n))',
      mae: 'tf.div(tf.sign(r), n)',
      huber: 'tf.div(tf.clipByValue(r, -delta, delta), n)',
      bce: 'tf.div(tf.sub(p, y), n)',
    },
  },
};

/** One line saying what the program does. */
function title(step: ExactStep, form: Form, comment: string): string {
  const how = form === 'loops' ? 'element by element (scalar loops)' : 'vectorised (matrix form)';
  const units = step.standardized ? ', features standardised as the playground trains' : '';
  return `${comment} Step ${step.step} of gradient descent, ${how}: ${step.modelName}, ${step.lossName}, ${step.batchRows} row(s)${units}.`;
}

/** The data and settings the program starts from: X, y, w (and b), α (and δ), then n (and m). */
function dataLines(step: ExactStep, s: Spelling, form: Form): string[] {
  const f = s[form];
  const note = form === 'vectorised' ? `  ${s.comment} ${step.X.length} × ${step.m}` : '';
  // The matrix's later rows line up under its first one, after the opening bracket.
  const opening = s.declare('X', f.array('matrix', '\0'));
  const rows = matrix(step.X, ' '.repeat(opening.indexOf('\0') + 1));
  return [
    opening.replace('\0', rows) + note,
    s.declare('y', f.array('vector', list(step.y))),
    s.declare('w', f.array('vector', list(step.w)), true),
    ...(step.b !== undefined ? [s.declare('b', literal(step.b), true)] : []),
    s.declare('alpha', literal(step.alpha)),
    ...(step.loss === 'huber' ? [s.declare('delta', literal(step.delta))] : []),
    ...f.sizes,
    '',
  ];
}

/** The update (plain gradient descent), the new values in comments; other optimizers say so. */
function updateLines(step: ExactStep, s: Spelling, form: Form): string[] {
  const c = s.comment;
  if (step.optimizer !== 'sgd') {
    return [
      `${c} The playground's optimizer (${step.optimizer}) turns this gradient into the step; plain`,
      `${c} gradient descent would take w - alpha * grad_w.`,
    ];
  }
  const lines = [`${s.statement(`w = ${s.updateW[form]}`)}  ${c} ${list(step.newW, shown)}`];
  if (step.newB !== undefined)
    lines.push(`${s.statement(`b = b - alpha * ${s.gradB}`)}  ${c} ${shown(step.newB)}`);
  return lines;
}

/** What both forms need to know about the step. */
interface Shape {
  readonly logistic: boolean;
  readonly bias: boolean;
  readonly loss: LossCase;
  /** The model's output per row: ŷ, or z for a logistic model. */
  readonly out: string;
}

/** Loops: the accumulators, one pass over the rows, and the results in a comment. */
function loopsComputation(step: ExactStep, s: Spelling, { logistic, bias, loss, out }: Shape): string[] {
  const f = s.loops;
  const body = [
    ...s.rowOutput(out, bias, list(step.outputs, shown)),
    logistic ? s.declare('p', s.rowSigmoid) : s.declare('r', `${s.yHat} - y[i]`),
    s.statement(`loss += (${f.loss[loss]}) / n`),
    s.declare(s.dOut, f.dOut[loss]),
    ...s.rowGradient,
    ...(bias ? [s.statement(`${s.gradB} += ${s.dOut}`)] : []),
  ];
  return [
    ...(loss === 'rmse' ? s.rmsePass(bias) : []),
    ...s.accumulators(bias),
    s.rowLoop.open,
    ...body.map((line) => s.rowLoop.indent + line),
    ...s.rowLoop.close,
    ...(loss === 'rmse' ? [s.statement(`loss = ${s.sqrt}(loss)`)] : []),
    `${s.comment} loss = ${shown(step.loss_)}; ${s.gradW} = ${list(step.gradW, shown)}${bias ? `; ${s.gradB} = ${shown(step.gradB ?? 0)}` : ''}`,
  ];
}

/** Vectorised: one line per quantity, its values in a comment. */
function vectorisedComputation(step: ExactStep, s: Spelling, { logistic, bias, loss, out }: Shape): string[] {
  const f = s.vectorised;
  const note = (text: string) => `  ${s.comment} ${text}`;
  const dOutName = s.namesDOut ? `dL/d${logistic ? 'z' : 'ŷ'}: ` : '';
  return [
    s.declare(out, s.product(bias)) + note(list(step.outputs, shown)),
    logistic
      ? s.declare('p', s.sigmoid) + note(list(step.probabilities, shown))
      : s.declare('r', s.residual) + note(list(step.residuals, shown)),
    s.declare('loss', f.loss[loss]) + note(shown(step.loss_)),
    s.declare(s.dOut, f.dOut[loss]) + note(dOutName + list(step.dOut, shown)),
    s.declare(s.gradW, s.gradWVector) + note(list(step.gradW, shown)),
    ...(bias ? [s.declare(s.gradB, s.gradBValue) + note(shown(step.gradB ?? 0))] : []),
  ];
}

/** One program: imports, title, data, the computation, the update, what it prints. */
function program(step: ExactStep, s: Spelling, form: Form): string {
  const logistic = step.model === 'logistic';
  const shape: Shape = {
    logistic,
    bias: step.b !== undefined,
    loss: lossCase(step),
    out: logistic ? 'z' : s.yHat,
  };
  const lines = [
    ...s[form].header(shape.loss === 'rmse', logistic),
    title(step, form, s.comment),
    ...dataLines(step, s, form),
    ...(form === 'loops' ? loopsComputation(step, s, shape) : vectorisedComputation(step, s, shape)),
    ...updateLines(step, s, form),
    s.print(form, shape.bias),
  ];
  return `${lines.join('\n')}\n`;
}

/** The four programs for one step. */
export function stepPrograms(step: ExactStep): StepPrograms {
  return {
    pythonLoops: program(step, PYTHON, 'loops'),
    pythonVectorised: program(step, PYTHON, 'vectorised'),
    typescriptLoops: program(step, TYPESCRIPT, 'loops'),
    typescriptVectorised: program(step, TYPESCRIPT, 'vectorised'),
  };
}
