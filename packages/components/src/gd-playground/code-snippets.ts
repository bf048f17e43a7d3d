/**
 * The next gradient-descent step as a short program (CURRICULUM A.1, A.5, A.9): element by element
 * with scalar loops, and vectorised in matrix form; in Python (loops in plain Python, vectorised with
 * NumPy) and TypeScript (loops on arrays, vectorised with tfjs). The batch's data and the current
 * parameters are written in (training units), and the results the step gives are written in
 * comments, computed here in float64. Run, the programs print the batch loss and the new weights:
 * the table's next row. Pure text; no UI.
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

/** One line saying what the program does. */
function title(step: ExactStep, form: 'loops' | 'vectorised', comment: string): string {
  const how = form === 'loops' ? 'element by element (scalar loops)' : 'vectorised (matrix form)';
  const units = step.standardized ? ', features standardised as the playground trains' : '';
  return `${comment} Step ${step.step} of gradient descent, ${how}: ${step.modelName}, ${step.lossName}, ${step.batchRows} row(s)${units}.`;
}

/** Python: what the loss's derivative with respect to one output is (`r` the residual, or `p − y`). */
function pythonDOut(step: ExactStep, vectorised: boolean): string {
  const abs = vectorised ? 'np.abs' : 'abs';
  switch (step.loss) {
    case 'mse':
      return step.convention === 'half' ? 'r / n' : '2 * r / n';
    case 'mae':
      return vectorised ? 'np.sign(r) / n' : '((r > 0) - (r < 0)) / n';
    case 'huber':
      return vectorised ? `np.clip(r, -delta, delta) / n` : 'max(-delta, min(delta, r)) / n';
    case 'rmse':
      return `r / (n * rmse)`;
    default:
      return `${abs === 'np.abs' ? '(p - y)' : '(p - y[i])'} / n`;
  }
}

function pythonLossTerm(step: ExactStep, vectorised: boolean): string {
  const y = vectorised ? 'y' : 'y[i]';
  switch (step.loss) {
    case 'mse':
      return step.convention === 'half' ? '0.5 * r ** 2' : 'r ** 2';
    case 'rmse':
      return 'r ** 2';
    case 'mae':
      return vectorised ? 'np.abs(r)' : 'abs(r)';
    case 'huber':
      return vectorised
        ? 'np.where(np.abs(r) <= delta, 0.5 * r ** 2, delta * (np.abs(r) - 0.5 * delta))'
        : '(0.5 * r ** 2 if abs(r) <= delta else delta * (abs(r) - 0.5 * delta))';
    default:
      // −[y ln σ(z) + (1 − y) ln(1 − σ(z))] in its stable form.
      return vectorised
        ? `np.logaddexp(0, z) - ${y} * z`
        : `max(z, 0) - z * ${y} + math.log1p(math.exp(-abs(z)))`;
  }
}

function updateLines(step: ExactStep, lang: 'py' | 'ts', vectorised: boolean): string[] {
  const c = lang === 'py' ? '#' : '//';
  const newW = `${c} ${list(step.newW, shown)}`;
  const newB = step.newB === undefined ? '' : `${c} ${shown(step.newB)}`;
  if (step.optimizer !== 'sgd') {
    return [
      `${c} The playground's optimizer (${step.optimizer}) turns this gradient into the step; plain`,
      `${c} gradient descent would take w - alpha * grad_w.`,
    ];
  }
  if (lang === 'py') {
    const lines = vectorised
      ? [`w = w - alpha * grad_w  ${newW}`]
      : [`w = [w[j] - alpha * grad_w[j] for j in range(m)]  ${newW}`];
    if (step.newB !== undefined) lines.push(`b = b - alpha * grad_b  ${newB}`);
    return lines;
  }
  const lines = vectorised
    ? [`w = tf.sub(w, tf.mul(gradW, alpha));  ${newW}`]
    : [`w = w.map((wj, j) => wj - alpha * gradW[j]);  ${newW}`];
  if (step.newB !== undefined) lines.push(`b = b - alpha * gradB;  ${newB}`);
  return lines;
}

function pythonVectorised(step: ExactStep): string {
  const logistic = step.model === 'logistic';
  const bias = step.b !== undefined;
  const out = logistic ? 'z' : 'y_hat';
  const lines = [
    'import numpy as np',
    '',
    title(step, 'vectorised', '#'),
    `X = np.array(${matrix(step.X, '              ')}, dtype=float)  # ${step.X.length} × ${step.m}`,
    `y = np.array(${list(step.y)}, dtype=float)`,
    `w = np.array(${list(step.w)}, dtype=float)`,
    ...(bias ? [`b = ${literal(step.b ?? 0)}`] : []),
    `alpha = ${literal(step.alpha)}`,
    ...(step.loss === 'huber' ? [`delta = ${literal(step.delta)}`] : []),
    'n = len(y)',
    '',
    `${out} = X @ w${bias ? ' + b' : ''}  # ${list(step.outputs, shown)}`,
    ...(logistic
      ? [`p = 1 / (1 + np.exp(-z))  # ${list(step.probabilities, shown)}`]
      : [`r = y_hat - y  # ${list(step.residuals, shown)}`]),
    step.loss === 'rmse'
      ? `loss = rmse = np.sqrt(np.mean(${pythonLossTerm(step, true)}))  # ${shown(step.loss_)}`
      : `loss = np.mean(${pythonLossTerm(step, true)})  # ${shown(step.loss_)}`,
    `d_out = ${pythonDOut(step, true)}  # dL/d${logistic ? 'z' : 'ŷ'}: ${list(step.dOut, shown)}`,
    `grad_w = X.T @ d_out  # ${list(step.gradW, shown)}`,
    ...(bias ? [`grad_b = d_out.sum()  # ${shown(step.gradB ?? 0)}`] : []),
    ...updateLines(step, 'py', true),
    `print(loss, w${bias ? ', b' : ''})`,
  ];
  return `${lines.join('\n')}\n`;
}

function pythonLoops(step: ExactStep): string {
  const logistic = step.model === 'logistic';
  const bias = step.b !== undefined;
  const out = logistic ? 'z' : 'y_hat';
  const lines = [
    ...(logistic ? ['import math', ''] : []),
    title(step, 'loops', '#'),
    `X = ${matrix(step.X, '     ')}`,
    `y = ${list(step.y)}`,
    `w = ${list(
      step.w.map((v) => v),
      (v) => literal(v),
    )}`,
    ...(bias ? [`b = ${literal(step.b ?? 0)}`] : []),
    `alpha = ${literal(step.alpha)}`,
    ...(step.loss === 'huber' ? [`delta = ${literal(step.delta)}`] : []),
    'n, m = len(X), len(w)',
    '',
    ...(step.loss === 'rmse'
      ? [
          `rmse = math.sqrt(sum((sum(w[j] * X[i][j] for j in range(m))${bias ? ' + b' : ''} - y[i]) ** 2 for i in range(n)) / n)`,
        ]
      : []),
    'loss = 0.0',
    'grad_w = [0.0] * m',
    ...(bias ? ['grad_b = 0.0'] : []),
    'for i in range(n):',
    `    ${out} = ${bias ? 'b + ' : ''}sum(w[j] * X[i][j] for j in range(m))  # ${list(step.outputs, shown)}`,
    ...(logistic ? ['    p = 1 / (1 + math.exp(-z))'] : ['    r = y_hat - y[i]']),
    `    loss += (${pythonLossTerm(step, false)}) / n`,
    `    d_out = ${pythonDOut(step, false)}`,
    '    for j in range(m):',
    '        grad_w[j] += d_out * X[i][j]',
    ...(bias ? ['    grad_b += d_out'] : []),
    ...(step.loss === 'rmse' ? ['loss = math.sqrt(loss)'] : []),
    `# loss = ${shown(step.loss_)}; grad_w = ${list(step.gradW, shown)}${bias ? `; grad_b = ${shown(step.gradB ?? 0)}` : ''}`,
    ...updateLines(step, 'py', false),
    `print(loss, w${bias ? ', b' : ''})`,
  ];
  if (step.loss === 'rmse' && !logistic) lines.unshift('import math', '');
  return `${lines.join('\n')}\n`;
}

function tsDOut(step: ExactStep): string {
  switch (step.loss) {
    case 'mse':
      return step.convention === 'half' ? 'r / n' : '2 * r / n';
    case 'mae':
      return 'Math.sign(r) / n';
    case 'huber':
      return 'Math.max(-delta, Math.min(delta, r)) / n';
    case 'rmse':
      return 'r / (n * rmse)';
    default:
      return '(p - y[i]) / n';
  }
}

function tsLossTerm(step: ExactStep): string {
  switch (step.loss) {
    case 'mse':
      return step.convention === 'half' ? '0.5 * r ** 2' : 'r ** 2';
    case 'rmse':
      return 'r ** 2';
    case 'mae':
      return 'Math.abs(r)';
    case 'huber':
      return '(Math.abs(r) <= delta ? 0.5 * r ** 2 : delta * (Math.abs(r) - 0.5 * delta))';
    default:
      return 'Math.max(z, 0) - z * y[i] + Math.log1p(Math.exp(-Math.abs(z)))';
  }
}

function typescriptLoops(step: ExactStep): string {
  const logistic = step.model === 'logistic';
  const bias = step.b !== undefined;
  const out = logistic ? 'z' : 'yHat';
  const rowOutput = `${bias ? 'b' : '0'}`;
  const lines = [
    title(step, 'loops', '//'),
    `const X = ${matrix(step.X, '           ')};`,
    `const y = ${list(step.y)};`,
    `let w = ${list(step.w)};`,
    ...(bias ? [`let b = ${literal(step.b ?? 0)};`] : []),
    `const alpha = ${literal(step.alpha)};`,
    ...(step.loss === 'huber' ? [`const delta = ${literal(step.delta)};`] : []),
    'const n = X.length;',
    'const m = w.length;',
    '',
    ...(step.loss === 'rmse'
      ? [
          'let squares = 0;',
          'for (let i = 0; i < n; i++) {',
          `  let yHat = ${rowOutput};`,
          '  for (let j = 0; j < m; j++) yHat += w[j] * X[i][j];',
          '  squares += (yHat - y[i]) ** 2;',
          '}',
          'const rmse = Math.sqrt(squares / n);',
        ]
      : []),
    'let loss = 0;',
    'const gradW = new Array(m).fill(0);',
    ...(bias ? ['let gradB = 0;'] : []),
    'for (let i = 0; i < n; i++) {',
    `  let ${out} = ${rowOutput};`,
    `  for (let j = 0; j < m; j++) ${out} += w[j] * X[i][j];  // ${list(step.outputs, shown)}`,
    ...(logistic ? ['  const p = 1 / (1 + Math.exp(-z));'] : ['  const r = yHat - y[i];']),
    `  loss += (${tsLossTerm(step)}) / n;`,
    `  const dOut = ${tsDOut(step)};`,
    '  for (let j = 0; j < m; j++) gradW[j] += dOut * X[i][j];',
    ...(bias ? ['  gradB += dOut;'] : []),
    '}',
    ...(step.loss === 'rmse' ? ['loss = Math.sqrt(loss);'] : []),
    `// loss = ${shown(step.loss_)}; gradW = ${list(step.gradW, shown)}${bias ? `; gradB = ${shown(step.gradB ?? 0)}` : ''}`,
    ...updateLines(step, 'ts', false),
    `console.log(loss, w${bias ? ', b' : ''});`,
  ];
  return `${lines.join('\n')}\n`;
}

function tsLossExpression(step: ExactStep): string {
  switch (step.loss) {
    case 'mse':
      return step.convention === 'half' ? 'tf.mean(tf.mul(tf.square(r), 0.5))' : 'tf.mean(tf.square(r))';
    case 'rmse':
      return 'tf.sqrt(tf.mean(tf.square(r)))';
    case 'mae':
      return 'tf.mean(tf.abs(r))';
    case 'huber':
      return 'tf.mean(tf.where(tf.lessEqual(tf.abs(r), delta), tf.mul(tf.square(r), 0.5), tf.mul(tf.sub(tf.abs(r), 0.5 * delta), delta)))';
    default:
      return 'tf.mean(tf.sub(tf.softplus(z), tf.mul(y, z)))';
  }
}

function tsDOutExpression(step: ExactStep): string {
  switch (step.loss) {
    case 'mse':
      return step.convention === 'half' ? 'tf.div(r, n)' : 'tf.mul(r, 2 / n)';
    case 'mae':
      return 'tf.div(tf.sign(r), n)';
    case 'huber':
      return 'tf.div(tf.clipByValue(r, -delta, delta), n)';
    case 'rmse':
      return 'tf.div(r, tf.mul(loss, n))';
    default:
      return 'tf.div(tf.sub(p, y), n)';
  }
}

function typescriptVectorised(step: ExactStep): string {
  const logistic = step.model === 'logistic';
  const bias = step.b !== undefined;
  const lines = [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    title(step, 'vectorised', '//'),
    `const X = tf.tensor2d(${matrix(step.X, '                      ')});  // ${step.X.length} × ${step.m}`,
    `const y = tf.tensor1d(${list(step.y)});`,
    `let w = tf.tensor1d(${list(step.w)});`,
    ...(bias ? [`let b = ${literal(step.b ?? 0)};`] : []),
    `const alpha = ${literal(step.alpha)};`,
    ...(step.loss === 'huber' ? [`const delta = ${literal(step.delta)};`] : []),
    'const n = y.shape[0];',
    '',
    `const ${logistic ? 'z' : 'yHat'} = ${bias ? 'tf.add(' : ''}tf.reshape(tf.matMul(X, tf.reshape(w, [-1, 1])), [-1])${bias ? ', b)' : ''};  // ${list(step.outputs, shown)}`,
    ...(logistic
      ? [`const p = tf.sigmoid(z);  // ${list(step.probabilities, shown)}`]
      : [`const r = tf.sub(yHat, y);  // ${list(step.residuals, shown)}`]),
    `const loss = ${tsLossExpression(step)};  // ${shown(step.loss_)}`,
    `const dOut = ${tsDOutExpression(step)};  // ${list(step.dOut, shown)}`,
    `const gradW = tf.reshape(tf.matMul(X, tf.reshape(dOut, [-1, 1]), true), [-1]);  // ${list(step.gradW, shown)}`,
    // Read-backs await the GPU instead of blocking the page (dataSync/arraySync would stall it).
    ...(bias ? [`const gradB = (await tf.sum(dOut).data())[0];  // ${shown(step.gradB ?? 0)}`] : []),
    ...updateLines(step, 'ts', true),
    `console.log((await loss.data())[0], await w.array()${bias ? ', b' : ''});`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The four programs for one step. */
export function stepPrograms(step: ExactStep): StepPrograms {
  return {
    pythonLoops: pythonLoops(step),
    pythonVectorised: pythonVectorised(step),
    typescriptLoops: typescriptLoops(step),
    typescriptVectorised: typescriptVectorised(step),
  };
}
