import { defineMessages } from '../internal/i18n/index.js';

/**
 * Every string `<gd-loss-explorer>` shows. Loss abbreviations (MSE, MAE, …) are kept as the course
 * pages write them in every language; the full names are translated.
 */
const en = {
  lossesLegend: 'Losses to compare',
  'short.mse': 'MSE',
  'short.rmse': 'RMSE',
  'short.mae': 'MAE',
  'short.huber': 'Huber',
  'short.smooth-l1': 'Smooth L1',
  'short.bce': 'BCE',
  'short.mean-error': 'Mean error',
  'name.mse': 'Mean squared error',
  'name.rmse': 'Root mean squared error',
  'name.mae': 'Mean absolute error',
  'name.huber': 'Huber loss',
  'name.smooth-l1': 'Smooth L1 loss',
  'name.bce': 'Binary cross-entropy',
  'name.mean-error': 'Mean signed error (not a loss)',
  delta: 'Huber threshold δ',
  beta: 'Smooth L1 threshold β',
  typedValue: '{name}, typed value',
  tableCaption: 'Each row’s truth and prediction, its error and its term of every chosen loss',
  row: 'Row',
  truth: 'Truth y',
  prediction: 'Prediction ŷ',
  signedError: 'Error ŷ − y',
  bceTerm: 'BCE: y ln p + (1 − y) ln(1 − p)',
  rmseTerm: 'RMSE: (ŷ − y)²',
  actions: 'Actions',
  total: 'Total L',
  truthOfRow: 'Truth, row {row}',
  predictionOfRow: 'Prediction, row {row}',
  removeRow: 'Remove row {row}',
  remove: 'Remove',
  addRow: 'Add a row',
  invalidEntry: '{cell}: enter a number; {value} is still used.',
  invalidParameter: '{name}: enter a number greater than 0; {value} is still used.',
  bceNote:
    'Binary cross-entropy needs truths of 0 or 1 and predictions between 0 and 1 (row {row} has truth {truth} and prediction {predicted}), so it has no column.',
  cancelNote:
    'The signed errors cancel out: the mean error is {value} although {wrong} of {count} rows are off. This is why losses square the errors or take their absolute values.',
  chartName: 'Truth and prediction of each row; drag a prediction up or down',
  chartLegendTruth: 'Truth',
  chartLegendPrediction: 'Prediction (drag it)',
  handleLabel: 'Prediction, row {row}',
  axisRow: 'Row',
  axisValue: 'Value',
  plotName: 'Each chosen loss as a function of the residual r = ŷ − y, with the rows’ residuals marked',
  axisResidual: 'Residual r = ŷ − y',
  axisLoss: 'Loss ℓ(r)',
  plotEmpty: 'Choose MSE, MAE, Huber or Smooth L1 to see its curve.',
  plotNotPlotted:
    'RMSE and BCE are not curves of one residual: RMSE takes the root of the mean, BCE depends on the probability.',
  threshold: '±{name}',
  formulasHeading: 'Formulas used',
  conventionMean: 'Squared-error convention: mean of (ŷ − y)².',
  conventionHalf: 'Squared-error convention: mean of ½ (ŷ − y)².',
  nowTotal: '{loss} is now {value}',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdLossExplorerMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-loss-explorer',
  { en },
  {
    tr: () => import('./gd-loss-explorer.messages.tr.js'),
    pt: () => import('./gd-loss-explorer.messages.pt.js'),
    ko: () => import('./gd-loss-explorer.messages.ko.js'),
  },
);
