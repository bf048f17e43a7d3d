/**
 * Messages every widget shares (namespace `common`), in English: controls, and the explanations of bad
 * attribute values. The catalogue seeds itself from this object (so no bundler can drop it as an unused
 * side effect) and fetches the other languages (`common.messages.<lang>.ts`) when a page shows them.
 * `{attribute}` is the attribute's name as written in HTML; `{value}` what was given.
 */
export const COMMON_MESSAGES_EN = {
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  stepBack: 'Step back',
  reset: 'Reset',
  train: 'Train',
  loss: 'Loss',
  stepNumber: 'Step',
  problemTitle: 'This widget could not use a setting',
  keptLastGood: 'Showing the last valid state.',
  'error.not-a-number': 'The “{attribute}” attribute needs a number, but got “{value}”.',
  'error.not-finite': 'The “{attribute}” attribute must be a finite number, but got “{value}”.',
  'error.not-positive': 'The “{attribute}” attribute must be greater than 0, but got “{value}”.',
  'error.out-of-range': 'The “{attribute}” attribute must be between {min} and {max}, but got “{value}”.',
  'error.not-a-list': 'The “{attribute}” attribute needs numbers separated by commas, but got “{value}”.',
  'error.empty': 'The “{attribute}” attribute is empty: at least one value is needed.',
  'error.length-mismatch':
    'The “{attribute}” attribute has {actual} values, but “{other}” has {expected}: they must match.',
  'error.not-probability':
    'Value {row} of “{attribute}” is {value}: binary cross-entropy needs probabilities between 0 and 1.',
  'error.not-binary': 'Value {row} of “{attribute}” is {value}: binary cross-entropy needs truths of 0 or 1.',
  'error.needs-two-classes':
    'The “{attribute}” attribute is “{value}”: logistic regression needs targets of 0 or 1 (two classes), and these data are not two classes.',
  'error.unknown-option': 'The “{attribute}” attribute does not know “{value}”. Choose from: {options}.',
  'error.no-target': 'No element with id “{value}” was found for the “{attribute}” attribute.',
  'error.not-json': 'The “{attribute}” attribute needs JSON, but “{value}” could not be read as JSON.',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type CommonMessages = Readonly<Record<keyof typeof COMMON_MESSAGES_EN, string>>;
