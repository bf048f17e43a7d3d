/**
 * The chart's frame, shared by both views: the optional heat-map canvas under an SVG with axes,
 * the legend (shape and colour per class), and a text summary that says in words what the chart
 * shows (the boundary's equation or position, and the class counts).
 */
import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { type MovePhase, renderAxes, type Scale } from '../internal/plot/index.js';
import { chartDomain, chartScales, chartSize, MARGIN } from './chart-geometry.js';
import { boundaryX, renderCurve } from './curve-view.js';
import type { SigmoidData } from './data.js';
import { boundarySegment, type Domain2, logit, type Point2, sigmoid } from './logistic-math.js';
import { boundaryAnchors, type ModelView, renderPlane, renderSwatch } from './plane-view.js';
import { subscript, type ViewText } from './view-context.js';

export const SUMMARY_ID = 'chart-summary';

export interface ChartFigureOptions {
  readonly width: number;
  readonly height: number;
  readonly features: 1 | 2;
  /** Draw the heat-map canvas under the SVG. */
  readonly canvas: boolean;
  readonly x: Scale;
  readonly y: Scale;
  /** The view's marks (points, boundary, handles). */
  readonly body: SVGTemplateResult;
  readonly summary: string;
  readonly onClick: (event: MouseEvent) => void;
}

export function renderChartFigure(text: ViewText, options: ChartFigureOptions): TemplateResult {
  const { width, height, x, y } = options;
  const twoD = options.features === 2;
  return html`<figure part="chart">
    <div class="chart">
      ${options.canvas ? html`<canvas aria-hidden="true"></canvas>` : nothing}
      <svg
        width=${width}
        height=${height}
        role="group"
        aria-label=${text.t(twoD ? 'chartLabel2' : 'chartLabel1')}
        aria-describedby=${SUMMARY_ID}
        @click=${options.onClick}
      >
        ${renderAxes({
          x,
          y,
          width,
          height,
          margin: MARGIN,
          xLabel: 'x₁',
          yLabel: twoD ? 'x₂' : text.t('probability'),
          locale: text.locale,
          xTicks: width < 360 ? 4 : 6,
        })}
        ${options.body}
      </svg>
    </div>
    <figcaption>
      <ul class="legend">
        <li>${renderSwatch(0)}${text.t('class0')}</li>
        <li>${renderSwatch(1)}${text.t('class1')}</li>
      </ul>
      <p id=${SUMMARY_ID}>${options.summary}</p>
    </figcaption>
  </figure>`;
}

/** The chart in words: where the boundary is (or that there is none) and how many points of each class. */
export function chartSummary(
  text: ViewText,
  rows: SigmoidData,
  model: ModelView,
  features: 1 | 2,
  domain: Domain2,
): string {
  const counts = [0, 0];
  for (const label of rows.labels) counts[label] = (counts[label] ?? 0) + 1;
  const n0 = text.num(counts[0] ?? 0);
  const n1 = text.num(counts[1] ?? 0);
  const { weights, bias, threshold } = model;
  if (weights.every((w) => w === 0)) return text.t('noBoundary', { p: text.fmt(sigmoid(bias), 3) });
  const offChart = ` ${text.t('offChart')}`;
  if (features === 1) {
    const boundary = boundaryX(model);
    const inside = boundary >= domain.x[0] && boundary <= domain.x[1];
    return `${text.t('summary1', { boundary: text.fmt(boundary, 3), n0, n1 })}${inside ? '' : offChart}`;
  }
  const signed = (v: number) => (v < 0 ? `− ${text.fmt(-v, 3)}` : `+ ${text.fmt(v, 3)}`);
  const terms = weights.map((w, i) => `${i === 0 ? text.fmt(w, 3) : signed(w)} x${subscript(i)}`).join(' ');
  const equation = `${terms} ${signed(bias)} = ${text.fmt(logit(threshold), 3)}`;
  const inside = boundarySegment([...weights], bias, threshold, domain) !== undefined;
  return `${text.t('summary2', { equation, n0, n1 })}${inside ? '' : offChart}`;
}

export interface SigmoidChartOptions {
  readonly rows: SigmoidData;
  readonly model: ModelView;
  readonly features: 1 | 2;
  readonly probe?: readonly number[];
  /** The widget's content width (0 before the first layout). */
  readonly hostWidth: number;
  /** Draw the heat map (two features only). */
  readonly heatmap: boolean;
  /** The boundary handles of the last render (two features), kept while they still fit. */
  readonly anchors?: readonly [Point2, Point2];
  readonly onHandleMove: (index: number, x: number, y: number, phase: MovePhase) => void;
  readonly onBoundaryMove: (x: number, phase: MovePhase) => void;
  /** The learner clicked the chart at this point (data units, rounded to 0.01, inside the chart). */
  readonly onProbe: (x: number[]) => void;
}

/** The whole chart for one or two features, and where the boundary handles now are. */
export function renderSigmoidChart(
  text: ViewText,
  options: SigmoidChartOptions,
): { template: TemplateResult; anchors?: [Point2, Point2] } {
  const { rows, model, features, probe } = options;
  const { width, height } = chartSize(options.hostWidth, features);
  const domain = chartDomain(rows, features, probe);
  const { x, y } = chartScales(width, height, domain);
  const common = { rows, model, probe, x, y, domain };
  const anchors = features === 2 ? boundaryAnchors(options.anchors, model, domain) : undefined;
  const body =
    features === 2
      ? renderPlane(text, { ...common, anchors, onHandleMove: options.onHandleMove })
      : renderCurve(text, { ...common, onBoundaryMove: options.onBoundaryMove });
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('.gd-handle')) return;
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
    const round = (v: number) => Math.round(v * 100) / 100;
    const px = round(clamp(x.invert(event.clientX - box.left), domain.x));
    options.onProbe(features === 1 ? [px] : [px, round(clamp(y.invert(event.clientY - box.top), domain.y))]);
  };
  const template = renderChartFigure(text, {
    width,
    height,
    features,
    canvas: features === 2 && options.heatmap,
    x,
    y,
    body,
    summary: chartSummary(text, rows, model, features, domain),
    onClick,
  });
  return { template, anchors };
}
