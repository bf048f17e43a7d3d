import { defineMessages } from '../internal/i18n/index.js';

/** Every string `<gd-sigmoid-boundary>` shows, in the four built-in languages. */
const en = {
  chartLabel2: 'Data, predicted probability of class 1, and the decision boundary',
  chartLabel1: 'Data and the sigmoid curve with the decision threshold',
  summary2: 'Decision boundary: {equation}. {n0} points of class 0 and {n1} of class 1.',
  summary1: 'Decision boundary at x = {boundary}. {n0} points of class 0 and {n1} of class 1.',
  noBoundary: 'No decision boundary: with every weight at 0, each point gets the same probability {p}.',
  offChart: 'The decision boundary lies outside the chart.',
  class0: 'Class 0',
  class1: 'Class 1',
  probability: 'P(class 1)',
  handle: 'Decision boundary handle {n}',
  handle1d: 'Decision boundary',
  model: 'Model',
  weight: 'Weight w{i}',
  bias: 'Bias b',
  threshold: 'Threshold',
  exact: '{name}, exact value',
  badEntry: 'Not a number: the last value is kept.',
  training: 'Gradient descent on binary cross-entropy',
  learningRate: 'Learning rate α',
  stepCount: 'Step {step}',
  bce: 'BCE loss',
  probe: 'Probe point',
  probeHint: 'Click the chart or type coordinates to move the probe.',
  probeCoordinate: 'Probe x{i}',
  predicted: 'Predicted class',
  classN: 'class {k}',
  aboveThreshold: '{p} ≥ {t}',
  belowThreshold: '{p} < {t}',
  matrixCaption: 'Confusion matrix at threshold {t}',
  actual: 'Actual',
  predictedHeader: 'Predicted',
  actual1: 'Actual 1',
  actual0: 'Actual 0',
  predicted1: 'Predicted 1',
  predicted0: 'Predicted 0',
  tp: 'TP',
  fp: 'FP',
  fn: 'FN',
  tn: 'TN',
  accuracy: 'Accuracy',
  precision: 'Precision',
  recall: 'Recall',
  precisionUndefined: 'Precision is 0/0: no point is predicted as class 1.',
  recallUndefined: 'Recall is 0/0: the data has no point of class 1.',
  narrate: 'Step {step}: loss {loss}, accuracy {accuracy}',
  converged: 'Converged at step {step}: loss {loss}.',
  diverged: 'Training diverged at step {step}. Lower the learning rate and reset.',
  resetDone: 'Reset to step 0.',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdSigmoidBoundaryMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-sigmoid-boundary',
  { en },
  {
    tr: () => import('./gd-sigmoid-boundary.messages.tr.js'),
    pt: () => import('./gd-sigmoid-boundary.messages.pt.js'),
    ko: () => import('./gd-sigmoid-boundary.messages.ko.js'),
  },
);
