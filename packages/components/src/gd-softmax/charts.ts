/**
 * The two bar charts of `<gd-softmax>`: logits (each bar's top is a draggable, focusable handle)
 * and the probabilities they give. Bars are labelled with their class number and value, and the
 * target class carries a star, so colour is never the only cue.
 */
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { linearScale, type MovePhase, renderDraggablePoints, type Scale } from '../internal/plot/index.js';

export const CHART_HEIGHT = 190;
const TOP = 22;
const BOTTOM = 34;

export interface BarChartOptions {
  readonly width: number;
  readonly values: readonly number[];
  readonly target: number | null;
  readonly label: string;
  readonly format: (value: number) => string;
  readonly classLabel: (i: number) => string;
  /** Space between a bar's end and its value label (more where a handle sits on the bar). */
  readonly labelGap: number;
}

/** The horizontal band of each class. */
function bands(width: number, count: number): { x: (i: number) => number; bandWidth: number } {
  const left = 12;
  const step = (width - 2 * left) / count;
  return { x: (i) => left + step * i + step / 2, bandWidth: Math.min(56, step * 0.6) };
}

/** A y scale for logits that always shows 0 and leaves room to drag past the extremes. */
export function logitScale(values: readonly number[]): Scale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const pad = Math.max(1, (high - low) * 0.25);
  return linearScale([Math.floor(low - pad), Math.ceil(high + pad)], [CHART_HEIGHT - BOTTOM, TOP]);
}

function bars(o: BarChartOptions, y: Scale): SVGTemplateResult {
  const { x, bandWidth } = bands(o.width, o.values.length);
  const zero = y(Math.min(Math.max(0, y.domain()[0] ?? 0), y.domain()[1] ?? 0));
  return svg`
    <line class="axis" x1="0" x2=${o.width} y1=${zero} y2=${zero}></line>
    ${o.values.map((value, i) => {
      const top = Number.isFinite(value) ? y(value) : zero;
      const target = i === o.target;
      return svg`<g class=${target ? 'bar target' : 'bar'}>
        <rect x=${x(i) - bandWidth / 2} y=${Math.min(top, zero)} width=${bandWidth}
          height=${Math.abs(zero - top)}></rect>
        <text class="value" x=${x(i)} y=${value >= 0 || !Number.isFinite(value) ? Math.min(top, zero) - o.labelGap : top + o.labelGap + 8}
          text-anchor="middle">${o.format(value)}</text>
        <text class="tick" x=${x(i)} y=${CHART_HEIGHT - 12} text-anchor="middle">${target ? '★ ' : ''}${o.classLabel(i)}</text>
      </g>`;
    })}`;
}

/** The logits chart with one draggable handle per bar. */
export function renderLogitChart(
  o: BarChartOptions & {
    readonly y: Scale;
    readonly handleLabel: (i: number) => string;
    readonly locale: string;
    readonly onMove: (index: number, value: number, phase: MovePhase) => void;
  },
): TemplateResult {
  const { x } = bands(o.width, o.values.length);
  const xScale = Object.assign((i: number) => x(i), {
    invert: (p: number) => p,
    domain: () => [0, o.values.length - 1],
    range: () => [0, o.width],
    ticks: () => [],
  }) as Scale;
  return html`<figure part="logits" class="chart">
    <figcaption>${o.label}</figcaption>
    <svg viewBox="0 0 ${o.width} ${CHART_HEIGHT}" role="group" aria-label=${o.label}>
      ${bars(o, o.y)}
      ${renderDraggablePoints({
        points: o.values.map((value, i) => ({ x: i, y: value, label: o.handleLabel(i) })),
        x: xScale,
        y: o.y,
        axis: 'y',
        step: 0.1,
        rovingFocus: true,
        locale: o.locale,
        valueText: (point) => o.format(point.y),
        onMove: (index, _x, value, phase) => o.onMove(index, value, phase),
      })}
    </svg>
  </figure>`;
}

/** The probabilities chart, on a fixed 0–1 scale. */
export function renderProbabilityChart(o: BarChartOptions): TemplateResult {
  const y = linearScale([0, 1], [CHART_HEIGHT - BOTTOM, TOP]);
  return html`<figure part="probabilities" class="chart">
    <figcaption>${o.label}</figcaption>
    <svg viewBox="0 0 ${o.width} ${CHART_HEIGHT}" role="img" aria-label=${o.label}>${bars(o, y)}</svg>
  </figure>`;
}
