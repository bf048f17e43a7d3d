/**
 * The data view's edits as data: every edit hands the playground the whole new data set, built
 * here from the old one and the chart coordinates the learner chose.
 */
import type { Dataset } from '@gd-playground/core';
import { columnMeans } from './class-probabilities.js';
import type { DataViewMode } from './data-view-layout.js';

/** `detail` of `gd-data-edit`: the whole data set after the learner's edit, in original units. */
export interface DataEditDetail {
  readonly features: number[][];
  readonly targets: number[];
}

/** A copy of the data to edit (the data set itself is never changed in place). */
export function copyData(dataset: Dataset): DataEditDetail {
  return {
    features: dataset.features.map((row) => [...row]),
    targets: [...dataset.targets],
  };
}

/** Writes chart coordinates (x, y) into a row and target, by mode (a class is not moved by y). */
export function placePoint(
  detail: DataEditDetail,
  index: number,
  x: number,
  y: number,
  mode: DataViewMode,
): void {
  const row = detail.features[index];
  if (!row) return;
  row[0] = x;
  if (mode === 'regions') row[1] = y;
  else if (mode === 'line' || mode === 'slice') detail.targets[index] = y;
}

/**
 * The data with a point added at chart coordinates (x, y): features not on the chart at their
 * mean; the target is y, or `newClass` in the classification charts.
 */
export function withAddedPoint(
  dataset: Dataset,
  mode: DataViewMode,
  x: number,
  y: number,
  newClass: number,
): DataEditDetail {
  const detail = copyData(dataset);
  const row = columnMeans(dataset).map((v) => v);
  row[0] = x;
  let target: number;
  if (mode === 'regions') {
    row[1] = y;
    target = newClass;
  } else if (mode === 'curve') {
    target = newClass;
  } else {
    target = y;
  }
  detail.features.push(row);
  detail.targets.push(target);
  return detail;
}

/** The data without row `index`. */
export function withoutRow(dataset: Dataset, index: number): DataEditDetail {
  const detail = copyData(dataset);
  detail.features.splice(index, 1);
  detail.targets.splice(index, 1);
  return detail;
}

/**
 * The row a point handle stands for, or −1: handles are drawn one group per class (every row in
 * one group when not `classified`), in row order within each.
 */
export function rowOfHandle(dataset: Dataset, classified: boolean, handle: Element): number {
  const group = handle.closest('g.points');
  const groupIndex = Number(group?.getAttribute('data-group') ?? 0);
  const local = [...(group?.querySelectorAll('circle.gd-handle') ?? [])].indexOf(handle);
  let seen = -1;
  for (let i = 0; i < dataset.features.length; i++) {
    if (classified && dataset.targets[i] !== groupIndex) continue;
    seen++;
    if (seen === local) return i;
  }
  return -1;
}
