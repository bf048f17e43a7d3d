import { describe } from 'vitest';
import '../define/gd-playground.js';
import type { GdElement } from '../internal/gd-element.js';
import type { AttributeSpec } from '../internal/schema.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { GdPlayground } from './gd-playground.js';
import {
  DEFAULT_STATE,
  encodeState,
  PLAYGROUND_PARTS,
  type PlaygroundState,
  validateState,
} from './state.js';

/** The field of the state an entry's `property` path names (`batching.batchSize`, `hyperparameters.momentum`). */
function field(state: PlaygroundState, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], state);
}

/**
 * What the playground holds for an attribute, read from its composed state. An entry whose default
 * depends on the others (`default: undefined`: the preset's own size, the data's model, the
 * optimizer's hyperparameters…) reads undefined while its attribute is absent.
 */
function read(element: GdElement, spec: AttributeSpec<unknown>): unknown {
  const state = (element as GdPlayground).playgroundState;
  const name = spec.attribute;
  if (spec.default === undefined && !element.hasAttribute(name)) return undefined;
  if (name === 'state') return state;
  if (name === 'probe') return (element as GdPlayground).probe;
  if (name === 'no-bias') return !state.bias;
  if (name.startsWith('hide-'))
    return state.hidden.includes(name.slice(5) as PlaygroundState['hidden'][number]);
  if (name.startsWith('lock-'))
    return state.locked.includes(name.slice(5) as PlaygroundState['locked'][number]);
  return field(state, spec.property);
}

/** A shared link's state: momentum at 3 steps a frame (validated, so its hyperparameters are complete). */
const checked = validateState({ ...DEFAULT_STATE, optimizer: 'momentum', speed: 3 });
if (!checked.ok) throw new Error('the shared state must be valid');
const shared = checked.value;

const parts = Object.fromEntries(
  PLAYGROUND_PARTS.flatMap((part) => [
    [`hide-${part}`, { good: '', bad: 'sometimes', value: true }],
    [`lock-${part}`, { good: 'true', bad: 'maybe', value: true }],
  ]),
);

describe('<gd-playground> schema', () => {
  // No `base`: the default preset (house prices, 5 points) is already the smallest, and a base
  // attribute would be its own entry's value on every mount, not its default.
  describeSchema(
    'gd-playground',
    {
      preset: { good: 'linear', bad: 'spiral' },
      seed: { good: '7', bad: 'seven' },
      size: { good: '8', bad: '0' },
      noise: { good: '2', bad: '500' },
      data: {
        good: '{"features":[[1],[2],[3]],"targets":[2,4,6]}',
        bad: '{oops',
        value: { kind: 'points', features: [[1], [2], [3]], targets: [2, 4, 6] },
      },
      model: { good: 'linear', bad: 'svm' },
      'no-bias': { good: '', bad: 'maybe', value: true },
      loss: { good: 'mae', bad: 'l3' },
      convention: { good: 'half', bad: 'quarter' },
      delta: { good: '2', bad: '-1' },
      optimizer: { good: 'adam', bad: 'newton' },
      'learning-rate': { good: '0.05', bad: 'fast' },
      momentum: { good: '0.5', bad: 'lots' },
      beta1: { good: '0.8', bad: 'b' },
      beta2: { good: '0.99', bad: 'Infinity' },
      epsilon: { good: '1e-6', bad: 'tiny' },
      decay: { good: '0.8', bad: '' },
      'initial-accumulator-value': { good: '0.2', bad: 'none' },
      batching: { good: 'online', bad: 'huge' },
      'batch-size': { good: '4', bad: '2.5' },
      start: { good: '1,2', bad: '1,x', value: { w: [1], b: [2] } },
      standardize: { good: 'false', bad: 'perhaps', value: false },
      speed: { good: '5', bad: '5000' },
      'loss-scale': { good: 'log', bad: 'cubic' },
      probe: { good: ' 120 ', bad: '12o', value: [120] },
      state: { good: encodeState(shared), bad: '!!!', value: shared },
      ...parts,
    },
    { read, manifestOnly: [] },
  );
});
