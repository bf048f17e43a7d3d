import { defineMessages } from '../internal/i18n/index.js';

/**
 * Messages of `<gd-lr-slider>`. Placeholders: `{rate}`, `{min}`, `{max}` learning rates; `{h}` the
 * curvature and `{formula}` its formula (x² or 2x²); `{alphaH}` α·h; `{factor}` 1 − αh; `{steps}` a
 * step count; `{tol}` the tolerance; `{budget}` the step budget; `{optimum}` w*; `{w}`, `{loss}`,
 * `{distance}`, `{step}`, `{start}`, `{count}`, `{first}`, `{last}` numbers already formatted.
 */
const en = {
  'error.not-an-id': 'The “{attribute}” attribute takes one element id, without spaces, but got “{value}”.',
  learningRate: 'Learning rate α',
  typedRate: 'Learning rate, typed',
  typedHint: 'Type a number between {min} and {max}.',
  'regime.too-slow': 'Too slow',
  'regime.converges': 'Converges',
  'regime.oscillates': 'Oscillates',
  'regime.diverges': 'Diverges',
  curvature: 'Curvature h = L″(w) = {formula} = {h}, so α·h = {alphaH}.',
  'explain.converges':
    'The distance to w* = {optimum} is multiplied by {factor} at every step: about {steps} steps to get within {tol}.',
  'explain.oscillates':
    'The distance to w* = {optimum} is multiplied by {factor} at every step: w overshoots and alternates sides of the minimum, but settles within {tol} in about {steps} steps.',
  'explain.too-slow':
    'The distance to w* = {optimum} shrinks only ×{factor} a step: about {steps} steps would be needed to get within {tol}, more than the {budget} shown.',
  'explain.diverges':
    'Since |{factor}| ≥ 1, the distance to w* = {optimum} never shrinks: every step overshoots the minimum by at least as much as w was away from it.',
  'status.ready': 'Press Play or Step to run gradient descent from w = {start}.',
  'status.running': 'Step {step} of {budget}: w = {w}, loss {loss}.',
  'status.converged': 'Within {tol} of w* = {optimum} after {step} steps: w = {w}.',
  'status.budget':
    'Stopped after {step} steps, the step budget: w = {w} is still {distance} away from w* = {optimum}.',
  'status.not-finite':
    'The run stopped at step {step}: w grew too large to compute (it is no longer a finite number).',
  'status.loss-exploded':
    'The run stopped at step {step}: the loss grew more than a million-fold, to {loss}.',
  announceRegime: 'α = {rate}: {regime}.',
  ruleTitle: 'Update rule',
  nextStep: 'Next step',
  conventionLegend: 'Squared-error convention',
  'convention.half': 'Half: ½ (y − ŷ)²',
  'convention.mean': 'Full: (y − ŷ)², gradient doubled',
  curveTitle: 'Loss curve and the weights visited',
  curveSummary:
    'Loss curve L(w), a parabola with its minimum at w* = {optimum}. {count} weights visited; now w = {w}, loss {loss}.',
  lossTitle: 'Loss per step',
  lossSummary: 'Loss per step: {first} at step 0, {last} at step {step}.',
  lossAxis: 'loss L(w)',
  tableTitle: 'Every step of gradient descent',
  error: 'Error y − ŷ',
  update: 'Update Δw',
  pending: '(next step)',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdLrSliderMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-lr-slider',
  { en },
  {
    tr: () => import('./gd-lr-slider.messages.tr.js'),
    pt: () => import('./gd-lr-slider.messages.pt.js'),
    ko: () => import('./gd-lr-slider.messages.ko.js'),
  },
);
