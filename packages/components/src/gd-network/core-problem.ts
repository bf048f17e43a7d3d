/**
 * Core's `NetworkError` as the element's problem: the attribute to blame (from `field`) and a
 * message code of this element's catalogue (from `code`), so the text the learner reads is in the
 * page's language. Core's English `message` is only for developers (the console warning is built
 * from the English catalogue entry, like every other problem).
 */
import type { NetworkError, NetworkErrorCode } from '@gd-playground/core';
import type { AttributeProblem } from '../internal/attributes.js';

/** Core's field names, mapped to the element's attributes. */
const FIELD_ATTRIBUTE: Readonly<Record<string, string>> = {
  hidden: 'layers',
  layers: 'layers',
  activation: 'activation',
  output: 'output',
  classes: 'output',
  init: 'init',
  seed: 'seed',
  l2: 'l2',
  features: 'features',
  inputs: 'data',
  data: 'data',
  preset: 'preset',
  size: 'size',
  noise: 'noise',
  'train-ratio': 'train-ratio',
  optimizer: 'optimizer',
  learningRate: 'learning-rate',
  momentum: 'momentum',
  beta1: 'beta1',
  beta2: 'beta2',
  epsilon: 'epsilon',
  decay: 'decay',
  'batch-size': 'batch-size',
  batchSize: 'batch-size',
  steps: 'speed',
  point: 'probe',
  parameters: 'state',
  state: 'state',
};

/** Each core code the element can meet, as a message code of `gd-network.messages.ts`. */
export const CORE_MESSAGE: Readonly<Record<NetworkErrorCode, string>> = {
  'invalid-input-count': 'core-data',
  'invalid-feature': 'core-feature',
  'invalid-layer-count': 'core-layer-count',
  'invalid-layer-size': 'core-layer-size',
  'invalid-activation': 'core-activation',
  'invalid-output': 'core-output',
  'invalid-class-count': 'core-output',
  'invalid-init': 'core-init',
  'invalid-seed': 'core-value',
  'invalid-l2': 'core-value',
  'invalid-batch-size': 'core-value',
  'invalid-optimizer': 'core-optimizer',
  'invalid-hyperparameter': 'core-value',
  'invalid-data': 'core-data',
  'invalid-point': 'core-point',
  'invalid-grid': 'core-value',
  'invalid-parameters': 'core-state',
  'invalid-steps': 'core-value',
  'invalid-state': 'core-state',
  'network-disposed': 'core-disposed',
};

/** The attribute core blames and the localised problem to show for it. */
export function coreProblem(error: NetworkError): { attribute: string; problem: AttributeProblem } {
  const details = (error.details ?? {}) as Record<string, unknown>;
  const field = String(details['field'] ?? 'data');
  const params: Record<string, string | number> = {};
  for (const key of ['max', 'expected', 'actual', 'row'] as const) {
    const value = details[key];
    if (typeof value === 'number') params[key] = key === 'row' ? value + 1 : value;
  }
  return {
    attribute: FIELD_ATTRIBUTE[field] ?? 'data',
    problem: { code: CORE_MESSAGE[error.code] ?? 'core-value', params },
  };
}
