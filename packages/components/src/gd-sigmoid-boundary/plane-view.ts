/**
 * The two-feature view: the points of both classes over a heat map of σ(w·x + b), the decision
 * boundary w·x + b = logit(threshold) as a line, and two handles on it that move it (each keeps the
 * other fixed), plus the probe as a diamond.
 */
import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import {
  classStyle,
  colorRamp,
  drawHeatmap,
  type MovePhase,
  markerPath,
  renderDraggablePoints,
  type Scale,
  sizeCanvas,
} from '../internal/plot/index.js';
import { chartDomain, chartScales, chartSize } from './chart-geometry.js';
import type { SigmoidData } from './data.js';
import {
  boundarySegment,
  type Domain2,
  niceStep,
  onBoundary,
  type Point2,
  sigmoid,
} from './logistic-math.js';
import type { ViewText } from './view-context.js';

const HEATMAP_RESOLUTION = 48;
const ramp = colorRamp('diverging');

/** The model as the views draw it. */
export interface ModelView {
  readonly weights: readonly number[];
  readonly bias: number;
  readonly threshold: number;
}

/** Marker radius of a data point, in pixels. */
const POINT_RADIUS = 5;

/**
 * One data point in its class's shared look (`classStyle`: colour and marker shape, a circle for
 * class 0 and a square for class 1), so it matches the playground's points.
 */
export function renderPoint(px: number, py: number, label: 0 | 1): SVGTemplateResult {
  const look = classStyle(label);
  return svg`<path class="point point-${label} ${look.className}" transform="translate(${px} ${py})" d=${markerPath(look.marker, POINT_RADIUS)}></path>`;
}

/** A legend swatch: the class's marker, drawn like its points. */
export function renderSwatch(label: 0 | 1): TemplateResult {
  const look = classStyle(label);
  return html`<svg class="swatch" viewBox="-7 -7 14 14" aria-hidden="true"><path class="point ${look.className}" d=${markerPath(look.marker, POINT_RADIUS)}></path></svg>`;
}

/**
 * Where the two boundary handles go: the previous ones while they still lie on the boundary and
 * inside the chart (so a handle does not jump while the learner drags the other), otherwise a
 * quarter and three quarters along the visible segment; undefined when the line misses the chart.
 */
export function boundaryAnchors(
  previous: readonly [Point2, Point2] | undefined,
  model: ModelView,
  domain: Domain2,
): [Point2, Point2] | undefined {
  const segment = boundarySegment(model.weights, model.bias, model.threshold, domain);
  if (!segment) return undefined;
  const inside = (p: Point2) =>
    onBoundary(p, model.weights, model.bias, model.threshold) &&
    p.x >= domain.x[0] &&
    p.x <= domain.x[1] &&
    p.y >= domain.y[0] &&
    p.y <= domain.y[1];
  if (previous?.every(inside)) return [previous[0], previous[1]];
  const [a, b] = segment;
  const at = (t: number): Point2 => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  return [at(0.25), at(0.75)];
}

export interface PlaneOptions {
  readonly rows: SigmoidData;
  readonly model: ModelView;
  readonly probe?: readonly number[];
  readonly anchors?: readonly [Point2, Point2];
  readonly x: Scale;
  readonly y: Scale;
  readonly domain: Domain2;
  /** A boundary handle moved to (x, y) in data units. */
  readonly onHandleMove: (index: number, x: number, y: number, phase: MovePhase) => void;
}

export function renderPlane(text: ViewText, options: PlaneOptions): SVGTemplateResult {
  const { rows, model, probe, anchors, x, y, domain } = options;
  const segment = boundarySegment(model.weights, model.bias, model.threshold, domain);
  const step = niceStep(Math.max(domain.x[1] - domain.x[0], domain.y[1] - domain.y[0]));
  return svg`
    <g class="points">${rows.features.map((row, i) => renderPoint(x(row[0] ?? 0), y(row[1] ?? 0), rows.labels[i] ?? 0))}</g>
    ${segment ? svg`<line class="boundary" x1=${x(segment[0].x)} y1=${y(segment[0].y)} x2=${x(segment[1].x)} y2=${y(segment[1].y)}></line>` : nothing}
    ${probe ? svg`<path class="probe-mark" d="M ${x(probe[0] ?? 0)} ${y(probe[1] ?? 0) - 8} l 8 8 l -8 8 l -8 -8 z"></path>` : nothing}
    ${
      anchors
        ? renderDraggablePoints({
            points: anchors.map((p, i) => ({
              x: p.x,
              y: p.y,
              label: text.t('handle', { n: text.num(i + 1) }),
            })),
            x,
            y,
            axis: 'xy',
            step,
            locale: text.locale,
            onMove: options.onHandleMove,
          })
        : nothing
    }`;
}

/**
 * Paints σ(w·x + b) on the canvas under the chart's SVG, sized like the chart, at the opacity of the
 * host's `--gd-sigmoid-heatmap-opacity` (default 0.4).
 */
export function drawPlaneHeatmap(
  canvas: HTMLCanvasElement,
  host: HTMLElement,
  hostWidth: number,
  rows: SigmoidData,
  model: ModelView,
  probe?: readonly number[],
): void {
  const { width, height } = chartSize(hostWidth, 2);
  const domain = chartDomain(rows, 2, probe);
  const ctx = sizeCanvas(canvas, width, height);
  const opacity = Number.parseFloat(getComputedStyle(host).getPropertyValue('--gd-sigmoid-heatmap-opacity'));
  paintHeatmap(
    ctx,
    model,
    chartScales(width, height, domain),
    domain,
    Number.isFinite(opacity) ? opacity : 0.4,
  );
}

/** Paints σ(w·x + b) over the chart on the canvas under the SVG, at the given opacity. */
function paintHeatmap(
  ctx: CanvasRenderingContext2D,
  model: ModelView,
  scales: { x: Scale; y: Scale },
  domain: Domain2,
  opacity: number,
): void {
  const g = HEATMAP_RESOLUTION;
  const values = new Float32Array(g * g);
  const w1 = model.weights[0] ?? 0;
  const w2 = model.weights[1] ?? 0;
  for (let i = 0; i < g; i++) {
    const yv = domain.y[0] + ((domain.y[1] - domain.y[0]) * i) / (g - 1);
    for (let j = 0; j < g; j++) {
      const xv = domain.x[0] + ((domain.x[1] - domain.x[0]) * j) / (g - 1);
      values[i * g + j] = sigmoid(w1 * xv + w2 * yv + model.bias);
    }
  }
  ctx.globalAlpha = opacity;
  drawHeatmap(ctx, values, g, {
    x: scales.x,
    y: scales.y,
    xDomain: domain.x,
    yDomain: domain.y,
    smooth: true,
    color: (p) => ramp.rgb(1 - p),
  });
}
