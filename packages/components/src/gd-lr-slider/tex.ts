import type { Convention } from './regime.js';

/**
 * A number already formatted for the reader's locale, made safe for TeX: a decimal comma is
 * wrapped as `{,}` (no space after it), locale spaces become thin spaces, and negatives get brackets
 * so `5 + (−3)` reads right.
 */
export function texNumber(formatted: string, value: number): string {
  const body = formatted
    .replace(/,/g, '{,}')
    .replace(/[\u00a0\u202f ]/g, '\\,')
    .replace(/\u2212/g, '-');
  return value < 0 ? `(${body})` : body;
}

/** The loss of the one-point problem, L(w), in LaTeX. */
export function lossTex(convention: Convention): string {
  return convention === 'half' ? 'L(w) = \\tfrac{1}{2}\\,(y - w x)^2' : 'L(w) = (y - w x)^2';
}

/** The update rule w ← w + α(y − ŷ)x (with a 2 under the `mean` convention), in LaTeX. */
export function ruleTex(convention: Convention): string {
  const two = convention === 'mean' ? '2' : '';
  return `w \\leftarrow w - \\alpha\\,\\frac{\\partial L}{\\partial w} = w + ${two}\\alpha\\,(y - \\hat{y})\\,x`;
}

/** Formatted, TeX-safe numbers of one step. */
export interface StepNumbers {
  readonly step: number;
  readonly w: string;
  readonly alpha: string;
  readonly y: string;
  readonly x: string;
  readonly next: string;
}

/** The next step with its live numbers: w₆ = 4.7 + 0.1 · (2 − 4.7 · 1) · 1 = 4.43. */
export function nextStepTex(convention: Convention, n: StepNumbers): string {
  const two = convention === 'mean' ? '2 \\cdot ' : '';
  return `w_{${n.step + 1}} = ${n.w} + ${two}${n.alpha} \\cdot (${n.y} - ${n.w} \\cdot ${n.x}) \\cdot ${n.x} = ${n.next}`;
}
