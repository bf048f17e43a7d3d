import { defineMessages } from '../internal/i18n/index.js';

/** Every string `<gd-softmax>` shows, in the four built-in languages. */
const en = {
  logitsChart: 'Logits z: drag a bar, or focus it and use the arrow keys (N and P move between bars)',
  probabilitiesChart: 'Probabilities p = softmax(z / T)',
  logitHandle: 'Logit of class {i}',
  classLabel: 'class {i}',
  targetMark: 'target',
  temperature: 'Temperature T',
  temperatureValue: 'T = {value}',
  tableCaption: 'Softmax, log-softmax and the gradient of the cross-entropy',
  colClass: 'Class',
  colLogit: 'Logit z',
  colProbability: 'p',
  colLogProbability: 'log p',
  colTruth: 'y',
  colGradient: '∂L/∂z',
  crossEntropy: 'Cross-entropy for class {target}: L = −log p{target} = {value}',
  gradientNote: 'Its gradient with respect to the logits is (p − y) / T; at T = 1 simply p − y.',
  noTarget:
    'Give a target class (the target attribute, counted from 0) to see the cross-entropy and its gradient.',
  stabilityTitle: 'Two ways to compute it',
  naiveTitle: 'Naive, in float32: exponentiate, then divide',
  stableTitle: 'Stable: subtract the maximum first (log-sum-exp)',
  colExp: 'e^(z/T)',
  colShiftedExp: 'e^(z/T − m)',
  sum: 'Sum',
  maxLabel: 'm = max z/T = {value}',
  logSumExp: 'log-sum-exp = {value}',
  overflow: 'In float32, e^x is ∞ once x exceeds about 88.7, and ∞ / ∞ is NaN: the naive form breaks.',
  noOverflow: 'Nothing overflows at these logits: both forms agree.',
  stableNote:
    'After the shift every exponent is at most 0, so nothing can overflow, and the answer is the same.',
  jacobianCaption: 'Jacobian ∂p/∂z = (diag(p) − p pᵀ) / T, {n} × {n}',
  summary: 'Probabilities {values}.',
  'error.logit-count': 'The “{attribute}” attribute needs between {min} and {max} logits, but got “{value}”.',
  'error.not-class-index':
    'The “{attribute}” attribute needs a class number counted from 0 (0, 1, 2, …), but got “{value}”.',
  'error.target-too-large':
    'The “{attribute}” attribute is {value}, but there are {count} classes, numbered 0 to {max}.',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdSoftmaxMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-softmax',
  { en },
  {
    tr: () => import('./gd-softmax.messages.tr.js'),
    pt: () => import('./gd-softmax.messages.pt.js'),
    ko: () => import('./gd-softmax.messages.ko.js'),
  },
);
