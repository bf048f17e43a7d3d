/**
 * What the learner brings into the playground by hand: points added, moved or deleted in the data
 * view, and a start point picked in the parameter view. Pasted CSV is csv-input.ts (its own chunk).
 */
import type { Dataset, ParameterValues } from '@gd-playground/core';
import { type PlaygroundState, toOriginalUnits, validateState } from './state.js';

/** The state with the data view's edited points (classes, feature names and column keys kept), or undefined when refused. */
export function stateWithEditedPoints(
  current: PlaygroundState,
  dataset: Dataset | undefined,
  features: number[][],
  targets: number[],
): PlaygroundState | undefined {
  const points = {
    kind: 'points' as const,
    features,
    targets,
    ...(dataset?.classes ? { classes: dataset.classes } : {}),
    ...(dataset ? { featureNames: dataset.featureNames } : {}),
    // A built-in data set's worded columns keep their translated titles after an edit.
    ...(dataset?.columnKeys ? { columnKeys: dataset.columnKeys } : {}),
  };
  const parsed = validateState({ ...current, data: points });
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The start point picked in the parameter view: the run's first parameters with the view's two
 * axes set to the picked (training-unit) values, in original units.
 */
export function startFromPick(
  current: PlaygroundState,
  dataset: Dataset,
  first: ParameterValues,
  axes: {
    readonly xParameter: { readonly name: string; readonly index: number };
    readonly yParameter: { readonly name: string; readonly index: number };
  },
  picked: { readonly x: number; readonly y: number },
): ParameterValues {
  const next = Object.fromEntries(Object.entries(first).map(([k, v]) => [k, [...v]]));
  const set = (name: string, index: number, value: number) => {
    const list = next[name];
    if (list && index < list.length) list[index] = value;
  };
  set(axes.xParameter.name, axes.xParameter.index, picked.x);
  set(axes.yParameter.name, axes.yParameter.index, picked.y);
  return toOriginalUnits(current, dataset, next);
}
