/**
 * The model drawn over the data: the fitted line (or a slice of the fitted plane), the
 * normal-equation line beside it, and the class probability curves of a one-feature classifier.
 */
import type { Dataset, ParameterValues } from '@gd-playground/core';
import { nothing, type SVGTemplateResult, svg } from 'lit';
import type { Scale } from '../../internal/plot/index.js';
import type { PlaygroundModel } from '../state.js';
import { colorClass } from './class-marks.js';
import { classProbabilities, columnMeans } from './class-probabilities.js';
import type { DataViewMode } from './data-view-layout.js';

const CURVE_SAMPLES = 96;

/** What drawing the model needs: the chart, the scales, the data and the model's parameters. */
export interface FitLayout {
  readonly mode: DataViewMode;
  readonly x: Scale;
  readonly y: Scale;
  readonly dataset?: Dataset;
  readonly model: PlaygroundModel;
  readonly parameters: ParameterValues;
  readonly classes: number;
}

/**
 * The fitted line along feature 1: ŷ = slope·x + intercept, the other features held at their mean
 * (their terms fold into the intercept).
 */
export function fittedLine(
  parameters: ParameterValues,
  dataset: Dataset | undefined,
): { slope: number; intercept: number } {
  const w = parameters.w ?? [];
  let intercept = parameters.b?.[0] ?? 0;
  if (dataset && w.length > 1) {
    const means = columnMeans(dataset);
    for (let j = 1; j < w.length; j++) intercept += (w[j] ?? 0) * (means[j] ?? 0);
  }
  return { slope: w[0] ?? 0, intercept };
}

/** The normal-equation line, dashed, labelled at its right end (inside the plot). */
export function renderSolution(
  layout: FitLayout,
  solution: ParameterValues | undefined,
  label: string,
): SVGTemplateResult | typeof nothing {
  const { mode, x, y } = layout;
  if (!solution || (mode !== 'line' && mode !== 'slice')) return nothing;
  const { slope, intercept } = fittedLine(solution, layout.dataset);
  const [x0, x1] = x.domain() as [number, number];
  const y0 = slope * x0 + intercept;
  const y1 = slope * x1 + intercept;
  if (!Number.isFinite(y0) || !Number.isFinite(y1)) return nothing;
  // Label near the right end, above the line when it rises, below when it falls, kept in the plot.
  const [top, bottom] = [Math.min(...y.range()), Math.max(...y.range())];
  const ly = Math.min(bottom - 4, Math.max(top + 12, y(y1) + (slope >= 0 ? 14 : -6)));
  return svg`<line class="solution" x1=${x(x0)} y1=${y(y0)} x2=${x(x1)} y2=${y(y1)}><title>${label}</title></line>
      <text class="solution-label" x=${x(x1) - 4} y=${ly} text-anchor="end">${label}</text>`;
}

/** The model's fit: the line (line, slice) or the probability curves (curve); regions paint on a canvas. */
export function renderFit(layout: FitLayout): SVGTemplateResult | typeof nothing {
  const { mode, x, y, dataset } = layout;
  const [x0, x1] = x.domain() as [number, number];
  if (mode === 'line' || mode === 'slice') {
    const { slope, intercept } = fittedLine(layout.parameters, dataset);
    const y0 = slope * x0 + intercept;
    const y1 = slope * x1 + intercept;
    if (!Number.isFinite(y0) || !Number.isFinite(y1)) return nothing;
    return svg`<line class="fit" x1=${x(x0)} y1=${y(y0)} x2=${x(x1)} y2=${y(y1)}></line>`;
  }
  if (mode === 'curve' && dataset) {
    const k = layout.classes;
    const means = columnMeans(dataset);
    const samples = Array.from({ length: CURVE_SAMPLES + 1 }, (_, i) => x0 + ((x1 - x0) * i) / CURVE_SAMPLES);
    const probabilities = samples.map((v) =>
      classProbabilities(layout.model, layout.parameters, [v, ...means.slice(1)], k),
    );
    // Two classes: P(class 1), which rises from y = 0 to y = 1 with the points. More: each class's curve.
    const shown = k === 2 ? [1] : Array.from({ length: k }, (_, c) => c);
    return svg`${shown.map((c) => {
      const top = k === 2 ? 1 : k - 1;
      const d = samples
        .map(
          (v, i) =>
            `${i === 0 ? 'M' : 'L'}${x(v).toFixed(2)},${y((probabilities[i]?.[c] ?? 0) * top).toFixed(2)}`,
        )
        .join('');
      return svg`<path class="fit curve ${k === 2 ? '' : `classed ${colorClass(c)}`}" d=${d}></path>`;
    })}`;
  }
  return nothing;
}
