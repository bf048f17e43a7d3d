import { defineMessages } from '../internal/i18n/index.js';

/**
 * Strings of the playground's prediction probe, data matrix and step-as-code panels, in the same
 * `gd-playground` namespace as the rest (merged into it), kept here beside the panels they belong to.
 */
const en = {
  'probe.heading': 'Predict',
  'probe.pick': 'Pick in the data view',
  'probe.unavailable': 'The prediction appears once the model has parameters.',
  'probe.class': 'Class: {klass} (σ(z) ≥ {threshold} gives class 1)',
  'matrix.heading': 'The data as a matrix',
  'matrix.shapes':
    'X is {n} × {m} (rows are examples, columns are features), w is {m} × 1, and X·w and y are {n} × 1.',
  'matrix.caption': 'Each row of X next to what the model gives for it and its target.',
  'matrix.row': 'Row',
  'matrix.inBatch': 'in this step’s batch',
  'matrix.batchNote': 'Marked rows (▸) are the current step’s batch.',
  'matrix.more': '{count} more rows are not written out.',
  'code.heading': 'Step {step} as code',
  'code.languageLabel': 'Language',
  'code.language.python': 'Python (NumPy)',
  'code.language.typescript': 'TypeScript (tfjs)',
  'code.loops': 'Element by element (loops)',
  'code.vectorised': 'Vectorised (matrices)',
  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'code.prints':
    'Each program prints the batch loss before the step and the new weights: the table’s next row.',
  'code.otherOptimizer':
    'Each program computes this step’s gradient; the chosen optimizer then turns it into the update (see the update rule).',
  'code.softmax': 'The step as code is written for linear and logistic models.',
  'code.too-many-rows': 'This step’s batch has more than {max} rows, too many to write into a program.',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type FidelityMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-playground',
  { en },
  {
    tr: () => import('./fidelity.messages.tr.js'),
    pt: () => import('./fidelity.messages.pt.js'),
    ko: () => import('./fidelity.messages.ko.js'),
  },
);
