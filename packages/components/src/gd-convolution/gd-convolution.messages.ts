import { defineMessages } from '../internal/i18n/index.js';

/** Every string `<gd-convolution>` shows, in the four built-in languages. */
const en = {
  formulaLabel: 'Output size and shapes',
  viewLabel: 'The kernel sliding over the input',
  inputLabel: 'Input (padded)',
  kernelLabel: 'Kernel',
  outputLabel: 'Output',
  channelShort: 'x̃ c{c}',
  kernelChannelShort: 'w c{c}',
  outChannelShort: 'y c{o}',
  inputGrid: 'Padded input',
  inputGridChannel: 'Padded input, channel {c}',
  inputCell1d: 'Input x̃[{i}] of channel {c}: {value}',
  inputCellPad1d: 'Padding x̃[{i}] of channel {c}: {value}',
  inputCell2d: 'Input x̃[{r}][{i}] of channel {c}: {value}',
  inputCellPad2d: 'Padding x̃[{r}][{i}] of channel {c}: {value}',
  outputGrid: 'Output',
  outputGridChannel: 'Output channel {o}',
  outputCell1d: 'Output y[{i}] of channel {o}: {value}',
  outputCell2d: 'Output y[{r}][{i}] of channel {o}: {value}',
  kernelSlice: 'Kernel w',
  kernelSliceChannel: 'Kernel w, output {o}, input channel {c}',
  bandedCaption: 'Banded matrix: each row is the kernel shifted by the stride',
  im2colCaption: 'im2col: each row is one window, flattened',
  patches: 'Patches',
  matrixRow: 'Output',
  shapeInput: 'Input {layout}',
  shapeKernel: 'Kernel {layout}',
  shapeOutput: 'Output {layout}',
  gradientsHeading: 'Gradients',
  upstreamHalfSquare: 'so ∂L/∂y = y.',
  upstreamSum: 'so ∂L/∂y = 1 for every output.',
  upstreamCaption: '∂L/∂y (output channel {o})',
  dKernelCaption: '∂L/∂w',
  dKernelCaptionChannel: '∂L/∂w, output {o}, input channel {c}',
  dInputCaption: '∂L/∂x',
  dInputCaptionChannel: '∂L/∂x, channel {c}',
  factKernel:
    '∂L/∂w is itself a correlation: the padded input slid against ∂L/∂y (the stride now spaces the taps).',
  factInput:
    '∂L/∂x is a full convolution: ∂L/∂y, spread out by the stride and zero-padded, slid against the flipped kernel, then the padding cut away.',
  factFlip: 'With the kernel flipped, ∂L/∂w is flipped back to match the kernel you typed.',
  autodiffPending: 'Checking with tfjs autodiff…',
  autodiffAgrees:
    'tf.grad through tfjs’s convolution gives the same gradients (largest difference {difference}).',
  autodiffFailed: 'The tfjs autodiff check could not run here.',
  stepsLegend: 'Step through the outputs',
  scrubber: 'Output',
  scrubberValue: 'output {i} of {count}',
  speed: 'Speed',
  speedValue: '{speed} per second',
  settingsLegend: 'Settings',
  padding: 'Padding p',
  stride: 'Stride s',
  dilation: 'Dilation d',
  flip: 'Flip the kernel (true convolution)',
  outChannel: 'Output channel',
  lossLabel: 'Loss for the gradients',
  presetsLegend: 'Presets and editing',
  kernelPreset: 'Kernel (2-D)',
  inputPreset: 'Input (2-D)',
  choose: 'Choose…',
  'kernel.identity': 'Identity',
  'kernel.box-blur': 'Box blur',
  'kernel.sharpen': 'Sharpen',
  'kernel.sobel-x': 'Sobel x',
  'kernel.sobel-y': 'Sobel y',
  'kernel.laplacian': 'Laplacian',
  'input.edge': 'An edge',
  'input.checkerboard': 'A checkerboard',
  'input.picture': 'A small picture',
  editorLabel: 'Value of {cell}',
  editorPadding: 'Value (pick an input cell, not padding)',
  editHint: 'Click an input cell or move to it with the arrows; + and − change it by 1, Enter edits it here.',
  narrate: '{name} = {value}',
  noteCorrelation:
    'Cross-correlation: the kernel is used as written. This is what PyTorch, TensorFlow and tfjs call convolution.',
  noteConvolution: 'True convolution: the kernel is flipped (rotated by 180°) before it slides.',
  'error.empty-row': 'Row {row} of channel {channel} in “{attribute}” is empty.',
  'error.not-numbers': 'The “{attribute}” attribute needs numbers, but “{token}” is not one.',
  'error.ragged-rows':
    'Row {row} of “{attribute}” has {actual} numbers but the first row has {expected}: rows must be equally long.',
  'error.ragged-channels': 'Channel {channel} of “{attribute}” has a different shape from the first one.',
  'error.not-whole':
    'The “{attribute}” attribute must be a whole number from {min} to {max}, but got “{value}”.',
  'error.stride-zero': 'A stride of 0 (“{attribute}”) would never move the kernel: it must be at least 1.',
  'error.channel-mismatch':
    'The kernel (“{attribute}”) has {actual} input channels but the input has {expected}: each output channel needs one kernel slice per input channel.',
  'error.kernel-too-large':
    'The kernel spans {span} cells but the padded input has only {size} (“{attribute}” = “{value}”): it does not fit once.',
  'error.shape': 'The “{attribute}” attribute does not fit the other settings (“{value}”).',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdConvolutionMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-convolution',
  { en },
  {
    tr: () => import('./gd-convolution.messages.tr.js'),
    pt: () => import('./gd-convolution.messages.pt.js'),
    ko: () => import('./gd-convolution.messages.ko.js'),
  },
);
