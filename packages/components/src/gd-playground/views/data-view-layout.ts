/**
 * Where the data view puts things: which chart the data and model call for, the chart's size and
 * margins, the axes' domains and the points' size. Every drawing and every edit reads these, so
 * they live apart from any one of them.
 */
import type { Dataset } from '@gd-playground/core';
import { type Margin, paddedDomain } from '../../internal/plot/index.js';
import type { ColumnTitles } from '../column-titles.js';
import type { PlaygroundModel } from '../state.js';

/** How the data are drawn, from the data set's shape and the model. */
export type DataViewMode =
  /** One feature against the target, with the fitted line. */
  | 'line'
  /** Feature 1 against the target, with a slice of the fitted plane (other features at their mean). */
  | 'slice'
  /** One feature against the class (0/1…), with the predicted probability curves. */
  | 'curve'
  /** Features 1 and 2, points by class, over the decision regions. */
  | 'regions';

export const MARGIN: Margin = { top: 10, right: 14, bottom: 38, left: 52 };

/**
 * Above this many points they are painted on a canvas and only the active one is an SVG handle
 * (N and P move between points, a pointer grabs any point): a thousand focusable circles cost
 * more than a hundred milliseconds of the first frame. At or below it each point is its own handle.
 */
export const MANY_POINTS = 200;

/** The chart for a data set and model: classification needs class labels and a classifier. */
export function dataViewMode(dataset: Dataset | undefined, model: PlaygroundModel): DataViewMode {
  const m = dataset?.featureNames.length ?? 1;
  const classification = model !== 'linear' && dataset?.classes !== undefined;
  if (classification) return m >= 2 ? 'regions' : 'curve';
  return m >= 2 ? 'slice' : 'line';
}

/** Whether points are coloured and shaped by class (the classification charts). */
export function isClassified(mode: DataViewMode): boolean {
  return mode === 'regions' || mode === 'curve';
}

/** The chart's size for an element width: height follows the width, within 220–360 px. */
export function chartSize(width: number): { width: number; height: number } {
  return { width, height: Math.round(Math.min(360, Math.max(220, width * 0.75))) };
}

/** Point radius for n points: smaller as they crowd. */
export function pointRadius(n: number): number {
  return n > 300 ? 3 : n > 60 ? 4 : 6;
}

/**
 * The axes' padded domains: x is feature 1; y is feature 2 (regions), the classes 0…k−1 (curve)
 * or the target. Scans every row, so the view memoises it per data set and mode.
 */
export function dataDomains(
  dataset: Dataset | undefined,
  mode: DataViewMode,
  classes: number,
): { x: [number, number]; y: [number, number] } {
  const xs = dataset?.features.map((row) => row[0] ?? 0) ?? [];
  let y: [number, number];
  if (mode === 'regions') y = paddedDomain(dataset?.features.map((row) => row[1] ?? 0) ?? [], 0.08);
  else if (mode === 'curve') y = [-0.15, classes - 1 + 0.15];
  else y = paddedDomain(dataset?.targets ?? [], 0.08);
  return { x: paddedDomain(xs, 0.08), y };
}

/**
 * The axes' titles from the columns' titles in the widget's language (column-titles.ts): feature 1
 * across; feature 2, nothing (classes) or the target up.
 */
export function axisLabels(
  titles: ColumnTitles | undefined,
  mode: DataViewMode,
): { xLabel: string; yLabel: string } {
  const names = titles?.features ?? [];
  const xLabel = names[0] ?? 'x';
  const yLabel = mode === 'regions' ? (names[1] ?? 'x₂') : mode === 'curve' ? '' : (titles?.target ?? 'y');
  return { xLabel, yLabel };
}

/** A pointer's position in a chart's SVG user units (CSS pixels of the unscaled width × height chart). */
export function chartUnits(
  event: MouseEvent,
  chart: Element | null,
  width: number,
  height: number,
): { ux: number; uy: number } {
  const box = chart?.getBoundingClientRect();
  if (!box) return { ux: Number.NaN, uy: Number.NaN };
  return {
    ux: ((event.clientX - box.left) * width) / (box.width || width),
    uy: ((event.clientY - box.top) * height) / (box.height || height),
  };
}
