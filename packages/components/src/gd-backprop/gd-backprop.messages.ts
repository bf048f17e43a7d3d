import { defineMessages } from '../internal/i18n/index.js';

/** Every string `<gd-backprop>` shows, in the four built-in languages. */
const en = {
  graphLabel: 'Computation graph. Arrow keys move between nodes; Enter edits an input’s value.',
  notYet: 'not computed yet',
  nodeConstant: 'constant {value}',
  nodeInput: 'input {label} = {value}, gradient {gradient}',
  nodeOp: '{label} = {formula}, value {value}, gradient {gradient}',
  customMark: '(custom backward rule)',
  valueOf: 'Value of {label}',
  constant: 'const',
  valueShort: 'value',
  gradShort: 'grad',
  forwardInput: '{label} = {value} (an input)',
  forwardConstant: 'The constant {value}',
  backwardSeed: 'The backward pass starts at the output: ∂L/∂L = 1.',
  chain: '∂L/∂{in} = ∂L/∂{out} · ∂{out}/∂{in} = {upstream} · {local} = {result}',
  chainFormula: '∂L/∂{in} = ∂L/∂{out} · (typed rule) = {upstream} · {local} = {result}',
  chainStraight:
    '∂L/∂{in} = ∂L/∂{out} = {result} (straight-through: the true local derivative {local} is ignored)',
  chainWrongSign: '∂L/∂{in} = −∂L/∂{out} · ∂{out}/∂{in} = −({upstream} · {local}) = {result} (wrong sign)',
  chainClipped:
    '∂L/∂{in} = clip(∂L/∂{out} · ∂{out}/∂{in}) = clip({upstream} · {local}) = {result} (clipped to ±{limit})',
  accumulate:
    '{in} feeds more than one node, so the paths add up: ∂L/∂{in} = {before} + {contribution} = {total}',
  stepsLegend: 'Step through the passes',
  speed: 'Speed',
  speedValue: '{speed} steps per second',
  status: 'Step {position} of {total}: {pass}',
  passNone: 'nothing computed yet',
  passForward: 'forward pass',
  passBackward: 'backward pass',
  stepHint: 'Press Step to compute the graph node by node.',
  checkCaption: 'Gradient check: backpropagation against central differences',
  colVariable: 'Variable',
  colBackprop: 'Backprop',
  colTfjs: 'tfjs autodiff',
  colNumeric: 'Central difference',
  colRelative: 'Relative error',
  colStatus: 'Check',
  pass: '✓ agrees',
  fail: '✗ differs',
  customLegend: 'Custom backward rule',
  customFor: 'Backward rule of node {label}',
  selectOp: 'Select an operation node in the graph to replace its backward rule.',
  ruleNone: 'True derivative',
  ruleStraight: 'Straight-through (pass the gradient on unchanged)',
  ruleClipped: 'Clipped to ±1',
  ruleWrongSign: 'Wrong sign',
  ruleFormula: 'Typed formula…',
  formulaLabel: 'Local derivative in x (the operand) and y (the output)',
  formulaProblem: 'The formula cannot be read at column {column}.',
  descentLegend: 'Gradient descent',
  descentStep: 'One step on {names} with α = {rate}',
  descentStatus: 'Steps taken: {steps}. L = {loss}',
  'module.linear1': 'Linear 1',
  'module.linear2': 'Linear 2',
  'module.softmax': 'Softmax',
  'module.loss': 'Cross-entropy',
  modulesLabel: 'Modules of the network; arrow keys move between them',
  networkLoss: 'Loss on this example: L = {loss}',
  jacobianOf: 'Jacobian ∂{out}/∂{in} of {module}: {rows} × {cols}',
  'kind.linear': 'A linear module’s Jacobian is its weight matrix W: m × n, mapping n inputs to m outputs.',
  'kind.diagonal':
    'Element-wise: each output depends only on its own input, so only the diagonal is non-zero.',
  'kind.full': 'Every probability depends on every logit: a full matrix, diag(p) − p pᵀ.',
  'kind.loss': 'One number from k probabilities: a single row, −y / p.',
  gradOut: 'g = ∂L/∂{out}',
  gradIn: '∂L/∂{in} = g · J',
  weightGradient: '∂L/∂W = g {x}ᵀ: {rows} × {cols}, the same shape as W',
  networkCheckCaption: 'Gradient check: tfjs autodiff against central differences, largest relative error',
  colParameter: 'Parameter',
  trainingCaption: 'Gradient descent on this one example (α = {rate}): loss after each step',
  colStep: 'Step',
  colLossTrue: 'True gradient',
  colLossCustom: 'Custom rule',
  activationRule: 'the activation',
  'error.expression-empty': 'The “{attribute}” attribute is empty: write an expression such as (a*b + c)*f.',
  'error.expression-unexpected-character':
    'The “{attribute}” attribute cannot be read at column {column}: “{token}” is not a number, name, operator or parenthesis.',
  'error.expression-unexpected-token':
    'The “{attribute}” attribute cannot be read at column {column}: “{token}” is not expected there.',
  'error.expression-unexpected-end':
    'The “{attribute}” attribute ends too early at column {column}: something is missing after the last operator.',
  'error.expression-unclosed-parenthesis':
    'The “{attribute}” attribute opens a parenthesis at column {column} that is never closed.',
  'error.expression-unknown-function':
    'The “{attribute}” attribute uses an unknown function “{token}” at column {column}; known ones are exp, log, tanh, sigmoid and relu.',
  'error.expression-variable-exponent':
    'The “{attribute}” attribute has a variable exponent at column {column}; only number exponents are drawn.',
  'error.not-assignments':
    'The “{attribute}” attribute needs name=number pairs such as a=2, b=-3, but “{part}” is not one.',
  'error.missing-value':
    'The “{attribute}” attribute gives no value for “{name}”, which the expression uses.',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdBackpropMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-backprop',
  { en },
  {
    tr: () => import('./gd-backprop.messages.tr.js'),
    pt: () => import('./gd-backprop.messages.pt.js'),
    ko: () => import('./gd-backprop.messages.ko.js'),
  },
);
