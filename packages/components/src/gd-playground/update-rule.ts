import { OPTIMIZER_METADATA, type StepRecord } from '@gd-playground/core';
import { formatNumber } from '../internal/i18n/index.js';
import type { PlaygroundState } from './state.js';

/** A locale number formatter, as the element's `num`. */
export type NumberFormatter = (value: number, options?: Intl.NumberFormatOptions) => string;

/**
 * A number as LaTeX in the learner's locale: a decimal comma is braced (`2{,}1`) so TeX does not
 * add space after it; very small or large magnitudes become `m \cdot 10^{e}`.
 */
export function texNumber(value: number, num: NumberFormatter): string {
  if (!Number.isFinite(value))
    return Number.isNaN(value) ? '\\text{NaN}' : value > 0 ? '\\infty' : '-\\infty';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e9)) {
    const exponent = Math.floor(Math.log10(magnitude));
    const mantissa = value / 10 ** exponent;
    const head = Math.abs(mantissa - 1) < 1e-9 ? '' : `${plain(mantissa, num)} \\cdot `;
    return `${head}10^{${exponent}}`;
  }
  return plain(value, num);
}

function plain(value: number, num: NumberFormatter): string {
  return num(value)
    .replace(/[−‒–]/g, '-')
    .replace(/,/g, '{,}')
    .replace(/\u00a0|\u202f/g, '\\,');
}

/** A number used as a factor: negative ones in parentheses, `0{,}01 \cdot (-10)`. */
function factor(value: number, num: NumberFormatter): string {
  const text = texNumber(value, num);
  return value < 0 || text.includes('\\cdot') ? `(${text})` : text;
}

/** The symbol of one component of a parameter: `w_1`, `b`, `W_{1,1}`. */
function symbolOf(name: string, size: number): string {
  if (size <= 1) return name;
  return name === 'W' ? `${name}_{1,1}` : `${name}_{1}`;
}

const hp = (state: PlaygroundState, name: string): number => {
  const value = state.hyperparameters[name];
  if (value !== undefined) return value;
  return (
    OPTIMIZER_METADATA[state.optimizer].hyperparameters.find((h) => h.name === name)?.default ?? Number.NaN
  );
};

/**
 * The chosen optimizer's update rule in LaTeX with this step's numbers substituted, for the first
 * component of each parameter (e.g. `w_1`, then `b`), one line per assignment in a left-aligned
 * array. The numbers are the optimizer's own (standardised units when the state standardises).
 *
 * - SGD: `w_1 ← w_1 − α ∂L/∂w_1 = 2 − 0.01 · (−10) = 2.1`.
 * - Momentum and heavy ball: both curriculum forms (C.3 (i) velocity, (ii) heavy ball), each
 *   computed from its own formula, so a learner sees they land on the same value.
 * - Nesterov, AdaGrad, RMSprop: their slots, then the parameter. Adam: m, v, m̂ and v̂, then w.
 *
 * Without a step yet (`record.step === 0` or no gradient), returns the rule without numbers.
 *
 * @param record The step whose update to show (its gradient, new state and new parameters).
 * @param previous The record before it (old parameters and optimizer state); `undefined` reads as zeros.
 * @param num The locale formatter (default English).
 */
export function updateRuleTex(
  state: PlaygroundState,
  record: StepRecord,
  previous: StepRecord | undefined,
  num: NumberFormatter = (value, options) => formatNumber('en', value, options),
): string {
  // The rule of the optimizer that made this step (the learner may have switched since), and no
  // carried-over state when the step before it came from another optimizer: the new one starts at zero.
  const optimizer = record.optimizer;
  const metadata = OPTIMIZER_METADATA[optimizer];
  if (record.step === 0 || Object.keys(record.gradient).length === 0) return metadata.updateRule;
  const before =
    previous && previous.optimizer !== optimizer ? { ...previous, optimizerState: {} } : previous;
  const n = (value: number) => texNumber(value, num);
  const f = (value: number) => factor(value, num);
  const lines: string[] = [];
  for (const [name, values] of Object.entries(record.parameters)) {
    const s = symbolOf(name, values.length);
    const g = record.gradient[name]?.[0] ?? Number.NaN;
    const old = before?.parameters[name]?.[0] ?? Number.NaN;
    const slot = (r: StepRecord | undefined, key: string) => r?.optimizerState[name]?.[key]?.[0] ?? 0;
    const grad = `\\frac{\\partial L}{\\partial ${s}}`;
    switch (optimizer) {
      case 'sgd': {
        const a = hp(state, 'learningRate');
        lines.push(
          `${s} \\leftarrow ${s} - \\alpha \\, ${grad} = ${n(old)} - ${n(a)} \\cdot ${f(g)} = ${n(old - a * g)}`,
        );
        break;
      }
      case 'momentum':
      case 'heavy-ball': {
        const gamma = hp(state, 'learningRate');
        const beta = hp(state, 'momentum');
        // Velocity p and displacement d = w_k − w_{k−1} are the same state: d = −γ p.
        const pOld =
          optimizer === 'momentum' ? slot(before, 'velocity') : -slot(before, 'displacement') / gamma;
        const dOld =
          optimizer === 'momentum' ? -gamma * slot(before, 'velocity') : slot(before, 'displacement');
        const pNew = beta * pOld + g;
        lines.push(
          `\\text{(i)}\\quad p \\leftarrow \\beta \\, p + ${grad} = ${n(beta)} \\cdot ${f(pOld)} + ${f(g)} = ${n(pNew)}`,
          `\\phantom{\\text{(i)}}\\quad ${s} \\leftarrow ${s} - \\gamma \\, p = ${n(old)} - ${n(gamma)} \\cdot ${f(pNew)} = ${n(old - gamma * pNew)}`,
          `\\text{(ii)}\\quad ${s}^{(k+1)} = ${s}^{(k)} - \\gamma \\, ${grad} + \\beta \\, (${s}^{(k)} - ${s}^{(k-1)}) = ` +
            `${n(old)} - ${n(gamma)} \\cdot ${f(g)} + ${n(beta)} \\cdot ${f(dOld)} = ${n(old - gamma * g + beta * dOld)}`,
        );
        break;
      }
      case 'nesterov': {
        const gamma = hp(state, 'learningRate');
        const beta = hp(state, 'momentum');
        const pOld = slot(before, 'velocity');
        const pNew = beta * pOld + g;
        lines.push(
          `p \\leftarrow \\beta \\, p + ${grad} = ${n(beta)} \\cdot ${f(pOld)} + ${f(g)} = ${n(pNew)}`,
          `${s} \\leftarrow ${s} - \\gamma \\, (${grad} + \\beta \\, p) = ${n(old)} - ${n(gamma)} \\cdot (${n(g)} + ${n(beta)} \\cdot ${f(pNew)}) = ${n(old - gamma * (g + beta * pNew))}`,
        );
        break;
      }
      case 'adagrad': {
        const a = hp(state, 'learningRate');
        const eps = hp(state, 'epsilon');
        const gOld = slot(before, 'accumulator');
        const gNew = gOld + g * g;
        lines.push(
          `G \\leftarrow G + g^2 = ${n(gOld)} + ${f(g)}^2 = ${n(gNew)}`,
          `${s} \\leftarrow ${s} - \\alpha \\, \\frac{g}{\\sqrt{G + \\varepsilon}} = ${n(old)} - ${n(a)} \\cdot \\frac{${n(g)}}{\\sqrt{${n(gNew)} + ${n(eps)}}} = ${n(old - (a * g) / Math.sqrt(gNew + eps))}`,
        );
        break;
      }
      case 'rmsprop': {
        const a = hp(state, 'learningRate');
        const rho = hp(state, 'decay');
        const mu = hp(state, 'momentum');
        const eps = hp(state, 'epsilon');
        const sOld = slot(before, 'meanSquare');
        const sNew = rho * sOld + (1 - rho) * g * g;
        const mOld = slot(before, 'moment');
        const mNew = mu * mOld + (a * g) / Math.sqrt(sNew + eps);
        lines.push(
          `s \\leftarrow \\rho \\, s + (1 - \\rho) \\, g^2 = ${n(rho)} \\cdot ${f(sOld)} + ${n(1 - rho)} \\cdot ${f(g)}^2 = ${n(sNew)}`,
          `m \\leftarrow \\mu \\, m + \\alpha \\, \\frac{g}{\\sqrt{s + \\varepsilon}} = ${n(mu)} \\cdot ${f(mOld)} + ${n(a)} \\cdot \\frac{${n(g)}}{\\sqrt{${n(sNew)} + ${n(eps)}}} = ${n(mNew)}`,
          `${s} \\leftarrow ${s} - m = ${n(old)} - ${f(mNew)} = ${n(old - mNew)}`,
        );
        break;
      }
      case 'adam': {
        const a = hp(state, 'learningRate');
        const b1 = hp(state, 'beta1');
        const b2 = hp(state, 'beta2');
        const eps = hp(state, 'epsilon');
        // Adam's own step count: it restarts at 1 when the learner switches to Adam mid-run.
        const t = record.optimizerStep;
        const mOld = slot(before, 'm');
        const vOld = slot(before, 'v');
        const m = b1 * mOld + (1 - b1) * g;
        const v = b2 * vOld + (1 - b2) * g * g;
        const mHat = m / (1 - b1 ** t);
        const vHat = v / (1 - b2 ** t);
        lines.push(
          `m \\leftarrow \\beta_1 m + (1 - \\beta_1) \\, g = ${n(b1)} \\cdot ${f(mOld)} + ${n(1 - b1)} \\cdot ${f(g)} = ${n(m)}`,
          `v \\leftarrow \\beta_2 v + (1 - \\beta_2) \\, g^2 = ${n(b2)} \\cdot ${f(vOld)} + ${n(1 - b2)} \\cdot ${f(g)}^2 = ${n(v)}`,
          `\\hat m = \\frac{m}{1 - \\beta_1^{${t}}} = ${n(mHat)}, \\quad \\hat v = \\frac{v}{1 - \\beta_2^{${t}}} = ${n(vHat)}`,
          `${s} \\leftarrow ${s} - \\alpha \\, \\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon} = ${n(old)} - ${n(a)} \\cdot \\frac{${n(mHat)}}{\\sqrt{${n(vHat)}} + ${n(eps)}} = ${n(old - (a * mHat) / (Math.sqrt(vHat) + eps))}`,
        );
        break;
      }
    }
  }
  return `\\begin{array}{l} ${lines.join(' \\\\ ')} \\end{array}`;
}
