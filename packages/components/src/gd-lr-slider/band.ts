/**
 * What lies under the slider: the regime band (too slow | converges | oscillates | diverges, from
 * the problem's curvature) and the decade labels. Positions are custom properties set through the
 * CSSOM (`styleProps`), never a `style` attribute, so a strict `style-src 'self'` policy reports nothing.
 */
import { html, type TemplateResult } from 'lit';
import { styleProps } from '../internal/style-props.js';
import { decades, logFraction } from './log-steps.js';
import { type OnePointProblem, regimeBoundaries } from './regime.js';

/** A rate's position on the slider, in percent of its width. */
function percent(rate: number, min: number, max: number): string {
  return `${(logFraction(Math.max(rate, min), min, max) * 100).toFixed(2)}%`;
}

/** The band of regime zones under the slider. */
export function renderBand(
  problem: OnePointProblem,
  range: { readonly min: number; readonly max: number; readonly tolerance: number; readonly steps: number },
): TemplateResult {
  const { min, max } = range;
  const bounds = regimeBoundaries(problem, range.tolerance, range.steps);
  const at = (rate: number) => percent(rate, min, max);
  const stops = [
    'var(--_zone-slow) 0%',
    `var(--_zone-slow) ${at(bounds.slow)}`,
    `var(--_zone-converge) ${at(bounds.slow)}`,
    `var(--_zone-converge) ${at(bounds.oscillate)}`,
    `var(--_zone-oscillate) ${at(bounds.oscillate)}`,
    `var(--_zone-oscillate) ${at(bounds.diverge)}`,
    `var(--_zone-diverge) ${at(bounds.diverge)}`,
    'var(--_zone-diverge) 100%',
  ];
  return html`<div
    part="band"
    class="band"
    aria-hidden="true"
    ${styleProps({ '--_band': `linear-gradient(to right, ${stops.join(', ')})` })}
  ></div>`;
}

/** The decade labels under the slider (0.001, 0.01, …), each at its place on the log scale. */
export function renderDecades(min: number, max: number, format: (rate: number) => string): TemplateResult {
  return html`<div class="decades" aria-hidden="true">
    ${decades(min, max).map(
      (value) => html`<span ${styleProps({ '--_at': percent(value, min, max) })}>${format(value)}</span>`,
    )}
  </div>`;
}
