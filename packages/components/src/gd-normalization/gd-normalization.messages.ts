import { defineMessages } from '../internal/i18n/index.js';

/**
 * Every string `<gd-normalization>` shows. Symbols (μ, σ², x̂, γ, β, ε) and axis letters
 * (N, C, H, W) are the same in every language.
 */
const en = {
  kindLegend: 'Normalisation',
  'kind.batch': 'Batch norm',
  'kind.layer': 'Layer norm',
  'kind.instance': 'Instance norm',
  'kind.group': 'Group norm',
  'inline.batch': 'batch norm',
  'inline.layer': 'layer norm',
  groupsLabel: 'Groups G',
  'axes.batch': 'Batch norm: one mean and variance for each channel, averaged over {axes}.',
  'axes.layer': 'Layer norm: one mean and variance for each example, averaged over {axes}.',
  'axes.instance': 'Instance norm: one mean and variance for each example and channel, averaged over {axes}.',
  'axes.group':
    'Group norm: the channels split into {groups} groups; one mean and variance for each example and group, averaged over {axes} of the group.',
  inputCaption: 'Input x ({shape}): cells with the same letter and outline share μ and σ²',
  inputSingle: 'A batch of one example ({shape})',
  outputCaption: 'Output y = γ x̂ + β',
  outputEval: 'Output y in evaluation mode (running statistics)',
  inputLabel: 'Input tensor; arrow keys choose a cell',
  outputLabel: 'Normalised tensor',
  cellLabel: 'Example {example}, channel {channel}, position {position}:',
  cellLabelFc: 'Example {example}, feature {channel}:',
  groupWord: 'group',
  example: 'Example',
  exampleShort: 'n = {n}',
  channelShort: 'c = {n}',
  featureShort: 'feature {n}',
  statsCaption: 'Statistics of each group',
  group: 'Group',
  covers: 'Cells',
  count: 'Count m',
  allExamples: 'all examples',
  exampleN: 'example {n}',
  allChannels: 'all channels',
  channelN: 'channel {n}',
  featureN: 'feature {n}',
  allFeatures: 'all features',
  channelsN: 'channels {n}',
  cellTitle: 'Selected: example {example}, channel {channel}, position {position} (group {group})',
  cellTitleFc: 'Selected: example {example}, feature {channel} (group {group})',
  usesRunning:
    'Evaluation mode: batch norm uses the running mean and variance of this channel, not the batch’s.',
  affineLegend: 'Scale γ and shift β per channel, and ε',
  channel: 'Channel',
  gammaOf: 'γ of channel {channel}',
  betaOf: 'β of channel {channel}',
  runningTitle: 'Training vs evaluation',
  convention:
    'PyTorch’s convention: running = (1 − momentum) · running + momentum · batch, momentum = {momentum}; the running mean starts at 0 and the running variance at 1. The batch is normalised with its population variance (÷ m), but the running variance is fed the unbiased one (÷ (m − 1)).',
  modeLabel: 'Mode',
  'mode.train': 'Training mode',
  'mode.eval': 'Evaluation mode',
  singleToggle: 'Batch of one example',
  trainBatch: 'Training mode: batch norm normalises with the statistics of the batch it is given.',
  evalBatch:
    'Evaluation mode: batch norm normalises with the running statistics, so an example’s output no longer depends on the other examples.',
  trainOther: 'This kind computes its statistics from each example alone, so it is the same in both modes.',
  evalOther: 'This kind computes its statistics from each example alone: evaluation mode changes nothing.',
  nextBatch: 'Fold this batch in, show the next',
  resetRunning: 'Reset running statistics',
  batchStatus: 'Batch {batch} shown; {updates} batches folded into the running statistics.',
  refusedSingle:
    'Not folded in: with one value per channel the unbiased variance divides by m − 1 = 0. PyTorch refuses to train batch norm on such a batch.',
  runningCaption: 'Batch and running statistics per channel',
  batchMean: 'Batch μ',
  batchVar: 'Batch σ² (÷ m)',
  unbiasedVar: 'σ² · m/(m − 1)',
  runningMean: 'Running μ',
  runningVar: 'Running σ²',
  updateRule: 'Last update: m = {m}; running = {keep} · old + {momentum} · batch.',
  singleExplain:
    'With one example, batch norm’s mean is that example’s own values: with one value per channel every x̂ is 0 and the output is just β. Layer norm averages over the example’s own features, so it gives the same as in a full batch.',
  singleCaption: 'The first example normalised alone by batch norm and by layer norm',
  comparisonTitle: 'Effect on training',
  comparisonHint:
    'The same MLP (2 → 16 → 16 → 1, ReLU), the same starting weights, the same badly scaled inputs (the second feature is around 10, the first around 0) and the same mini-batches of 16, learning rate {rate}: once plain, once with {normalization} after each hidden layer. The loss is the MSE over all 128 examples, on a log scale.',
  comparisonStatus: 'Step {step} of {max}. Loss without normalisation: {plain}; with: {normalized}.',
  curvePlain: 'Without normalisation',
  'curve.batch': 'With batch norm',
  'curve.layer': 'With layer norm',
  'curve.batchEval': 'With batch norm, evaluation mode (running statistics)',
  chartPoint: 'Step {step}: loss {loss}',
  chartLabel: '{name}: loss {loss} at step {step}',
  diverged: 'diverged',
  plainDiverged:
    'Without normalisation the loss stopped being a finite number at step {step}: this learning rate is too large for inputs this badly scaled.',
  'error.bad-shape':
    'The “{attribute}” attribute needs four whole numbers N, C, H, W (like 4,3,2,2), but got “{value}”.',
  'error.too-many-cells':
    'The “{attribute}” attribute gives more than {max} cells, too many to draw: “{value}”.',
  'error.bad-row': 'Row {row} of the “{attribute}” attribute has something that is not a number: “{value}”.',
  'error.ragged-rows':
    'Row {row} of the “{attribute}” attribute has {count} values but row 1 has {width}: “{value}”.',
  'error.not-whole': 'The “{attribute}” attribute needs a whole number of at least 1, but got “{value}”.',
  'error.shape-mismatch':
    'The “{attribute}” attribute has {rows} rows of {width} values, but the shape {shape} needs {n} rows of {perRow}.',
  'error.per-channel':
    'The “{attribute}” attribute has {count} values, but there are {channels} channels: one each.',
  'error.groups-not-dividing':
    'The “{attribute}” attribute is {value}, which does not divide the {channels} channels into equal groups.',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdNormalizationMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-normalization',
  { en },
  {
    tr: () => import('./gd-normalization.messages.tr.js'),
    pt: () => import('./gd-normalization.messages.pt.js'),
    ko: () => import('./gd-normalization.messages.ko.js'),
  },
);
