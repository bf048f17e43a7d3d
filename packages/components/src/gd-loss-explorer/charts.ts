/**
 * The explorer's two SVG charts, from plain numbers: the rows (truth marks and draggable
 * predictions) and the chosen losses as functions of the residual. Both are decorative copies of
 * the table, which holds every number; the first is also a second way to edit predictions.
 */
import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import {
  linearScale,
  type Margin,
  type MovePhase,
  paddedDomain,
  plotArea,
  renderAxes,
  renderDraggablePoints,
} from '../internal/plot/index.js';
import type { LossCurve } from './evaluation.js';
import type { LossExplorerRow } from './inputs.js';

export const CHART_HEIGHT = 230;
const MARGIN: Margin = { top: 14, right: 14, bottom: 38, left: 48 };

/** Keyboard step for a prediction: about a tenth of a power of ten below the data's spread. */
export function predictionStep(domain: readonly [number, number]): number {
  const span = Math.abs(domain[1] - domain[0]) || 1;
  return 10 ** (Math.floor(Math.log10(span)) - 1);
}

/** The y range of the rows chart: [0, 1] for probabilities, otherwise the data with room to drag. */
export function rowsDomain(rows: readonly LossExplorerRow[], probabilities: boolean): [number, number] {
  if (probabilities) return [0, 1];
  return paddedDomain(
    rows.flatMap((row) => [row.truth, row.predicted]),
    0.2,
  );
}

export interface RowsChartOptions {
  readonly rows: readonly LossExplorerRow[];
  readonly width: number;
  readonly domain: readonly [number, number];
  readonly locale: string;
  readonly name: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly handleLabel: (index: number) => string;
  readonly valueText: (value: number) => string;
  readonly onMove: (index: number, value: number, phase: MovePhase) => void;
}

/** Truth marks (hollow diamonds), each joined by its error to a draggable prediction handle. */
export function renderRowsChart(options: RowsChartOptions): TemplateResult {
  const { rows, width, domain } = options;
  const height = CHART_HEIGHT;
  const area = plotArea(width, height, MARGIN);
  const x = linearScale([0.5, rows.length + 0.5], [area.left, area.right]);
  const y = linearScale([domain[0], domain[1]], [area.bottom, area.top]);
  const step = predictionStep(domain);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return html`<svg
    part="chart"
    role="group"
    aria-label=${options.name}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    ${renderAxes({
      x,
      y,
      width,
      height,
      margin: MARGIN,
      xLabel: options.xLabel,
      yLabel: options.yLabel,
      locale: options.locale,
      xTicks: rows.length,
      grid: true,
    })}
    <g class="errors" aria-hidden="true">
      ${rows.map(
        (row, i) =>
          svg`<line class="error-line" x1=${x(i + 1)} x2=${x(i + 1)} y1=${y(row.truth)} y2=${y(clamp(row.predicted, domain))}></line>`,
      )}
    </g>
    <g class="truths" aria-hidden="true">
      ${rows.map((row, i) => {
        const cx = x(i + 1);
        const cy = y(clamp(row.truth, domain));
        return svg`<path class="truth-mark" d="M ${cx} ${cy - 7} L ${cx + 7} ${cy} L ${cx} ${cy + 7} L ${cx - 7} ${cy} Z"></path>`;
      })}
    </g>
    ${renderDraggablePoints({
      points: rows.map((row, i) => ({
        x: i + 1,
        y: clamp(row.predicted, domain),
        label: options.handleLabel(i),
      })),
      x,
      y,
      axis: 'y',
      step,
      radius: 8,
      locale: options.locale,
      valueText: (point) => options.valueText(point.y),
      onMove: (index, _x, value, phase) => options.onMove(index, Number(value.toFixed(decimals)), phase),
    })}
  </svg>`;
}

export interface ResidualPlotOptions {
  readonly curves: readonly LossCurve[];
  /** Per-row terms of each curve's loss, to mark each row on its curve. */
  readonly marks: Readonly<Partial<Record<string, readonly number[]>>>;
  readonly residuals: readonly number[];
  readonly extent: number;
  /** Thresholds to draw as dashed lines at ±value, e.g. δ for Huber. */
  readonly thresholds: readonly { readonly id: string; readonly value: number; readonly label: string }[];
  readonly width: number;
  readonly locale: string;
  readonly name: string;
  readonly xLabel: string;
  readonly yLabel: string;
}

/** Each loss ℓ(r) over the residual axis, the rows' residuals marked on each curve. */
export function renderResidualPlot(options: ResidualPlotOptions): TemplateResult {
  const { curves, width, extent } = options;
  const height = CHART_HEIGHT;
  const area = plotArea(width, height, MARGIN);
  const top = Math.max(
    1e-9,
    ...curves.flatMap((curve) => curve.points.map((p) => p.loss)).filter((v) => Number.isFinite(v)),
  );
  const x = linearScale([-extent, extent], [area.left, area.right]);
  const y = linearScale([0, top * 1.08], [area.bottom, area.top]);
  const path = (curve: LossCurve) =>
    curve.points
      .filter((p) => Number.isFinite(p.loss))
      .map((p, i) => `${i === 0 ? 'M' : 'L'} ${x(p.r).toFixed(2)} ${y(p.loss).toFixed(2)}`)
      .join(' ');
  const thresholds: SVGTemplateResult[] = options.thresholds
    .filter((t) => t.value < extent)
    .flatMap((t) =>
      [-t.value, t.value].map(
        (value) =>
          svg`<line class="threshold loss-${t.id}" x1=${x(value)} x2=${x(value)} y1=${area.top} y2=${area.bottom}></line>`,
      ),
    );
  return html`<svg
    part="plot"
    role="img"
    aria-label=${options.name}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    ${renderAxes({
      x,
      y,
      width,
      height,
      margin: MARGIN,
      xLabel: options.xLabel,
      yLabel: options.yLabel,
      locale: options.locale,
      grid: true,
    })}
    <g aria-hidden="true">
      ${thresholds}
      ${options.residuals.map(
        (r) => svg`<line class="rug" x1=${x(r)} x2=${x(r)} y1=${area.bottom} y2=${area.bottom - 8}></line>`,
      )}
      ${curves.map((curve) => svg`<path class="curve loss-${curve.id}" d=${path(curve)}></path>`)}
      ${curves.map((curve) => {
        const values = options.marks[curve.id];
        if (!values) return nothing;
        return options.residuals.map((r, i) => {
          const value = values[i];
          return value === undefined || !Number.isFinite(value)
            ? nothing
            : svg`<circle class="mark loss-${curve.id}" cx=${x(r)} cy=${y(value)} r="4"></circle>`;
        });
      })}
    </g>
  </svg>`;
}

function clamp(value: number, domain: readonly [number, number]): number {
  return Math.min(Math.max(value, Math.min(...domain)), Math.max(...domain));
}
