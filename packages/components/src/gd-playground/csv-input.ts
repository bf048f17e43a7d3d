/**
 * Pasted CSV: the state with its points, or a message naming the line and column of a mistake.
 * Its own chunk (with core's CSV reader): settings-panels.ts imports it when the learner first types
 * in the CSV box, so a page where nobody pastes data never downloads it.
 */
import { type Dataset, DatasetError, datasetFromCsv } from '@gd-playground/core';
import { type PlaygroundState, validateState } from './state.js';

type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

/**
 * The state with the CSV's points as its data (and a start from zeros). When the current model
 * does not fit them, the model the points call for (regression, two or more classes) is taken.
 * @returns the new state, `undefined` when no model fits, or the CSV's error.
 */
export function stateFromCsv(
  current: PlaygroundState,
  text: string,
): { state: PlaygroundState } | { error: unknown } | undefined {
  let dataset: Dataset;
  try {
    dataset = datasetFromCsv(text);
  } catch (error) {
    return { error };
  }
  const points = {
    kind: 'points' as const,
    features: dataset.features,
    targets: dataset.targets,
    ...(dataset.classes ? { classes: dataset.classes } : {}),
    featureNames: dataset.featureNames,
  };
  const candidate = validateState({ ...current, data: points, start: null });
  if (candidate.ok) return { state: candidate.value };
  const classes = dataset.classes?.length;
  const fallback = validateState({
    ...current,
    data: points,
    start: null,
    model: classes ? (classes > 2 ? 'softmax' : 'logistic') : 'linear',
    loss: classes ? (classes > 2 ? 'cce-logits' : 'bce-logits') : 'mse',
  });
  return fallback.ok ? { state: fallback.value } : undefined;
}

const CSV_ERRORS = [
  'empty',
  'ragged-row',
  'not-a-number',
  'not-finite',
  'missing-value',
  'too-few-classes',
  'no-features',
];

/** A localised explanation of a CSV error, naming the line and column (counted from 1). */
export function csvErrorMessage(error: unknown, t: Translate, fmt: (value: number) => string): string {
  if (!(error instanceof DatasetError)) return t('data.error.other');
  const reason = t(`data.error.${CSV_ERRORS.includes(error.code) ? error.code : 'other'}`, {
    value: error.value ?? '',
    expected: error.expected ?? '',
    actual: error.actual ?? '',
  });
  if (error.line !== undefined && error.column !== undefined) {
    return t('data.error.at', { line: fmt(error.line), column: fmt(error.column + 1), reason });
  }
  if (error.line !== undefined || error.row !== undefined) {
    return t('data.error.line', { line: fmt(error.line ?? (error.row ?? 0) + 2), reason });
  }
  return reason;
}
