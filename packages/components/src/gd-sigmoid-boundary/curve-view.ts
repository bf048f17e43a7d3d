/**
 * The one-feature view: points at P = 0 and P = 1, the sigmoid curve σ(wx + b), the threshold as a
 * horizontal line, and the boundary x = (logit(threshold) − b)/w as a vertical line with a handle
 * that works as a slider.
 */
import { nothing, type SVGTemplateResult, svg } from 'lit';
import { type MovePhase, renderDraggablePoints, type Scale } from '../internal/plot/index.js';
import type { SigmoidData } from './data.js';
import { type Domain2, logit, niceStep, sigmoid } from './logistic-math.js';
import { type ModelView, renderPoint } from './plane-view.js';
import type { ViewText } from './view-context.js';

const CURVE_SAMPLES = 160;

/** Where the boundary of one feature lies: x = (logit(t) − b)/w (NaN when w = 0). */
export function boundaryX(model: ModelView): number {
  const w = model.weights[0] ?? 0;
  return w === 0 ? Number.NaN : (logit(model.threshold) - model.bias) / w;
}

export interface CurveOptions {
  readonly rows: SigmoidData;
  readonly model: ModelView;
  readonly probe?: readonly number[];
  readonly x: Scale;
  readonly y: Scale;
  readonly domain: Domain2;
  /** The boundary handle moved to x (data units). */
  readonly onBoundaryMove: (x: number, phase: MovePhase) => void;
}

export function renderCurve(text: ViewText, options: CurveOptions): SVGTemplateResult {
  const { rows, model, probe, x, y, domain } = options;
  const w = model.weights[0] ?? 0;
  let d = '';
  for (let i = 0; i <= CURVE_SAMPLES; i++) {
    const xv = domain.x[0] + ((domain.x[1] - domain.x[0]) * i) / CURVE_SAMPLES;
    d += `${i === 0 ? 'M' : 'L'} ${x(xv).toFixed(2)} ${y(sigmoid(w * xv + model.bias)).toFixed(2)} `;
  }
  const boundary = boundaryX(model);
  const inside = boundary >= domain.x[0] && boundary <= domain.x[1];
  const probeP = probe ? sigmoid(w * (probe[0] ?? 0) + model.bias) : 0;
  const xs = x.range() as [number, number];
  const ys = y.range() as [number, number];
  const threshold = model.threshold;
  return svg`
    <line class="threshold-line" x1=${xs[0]} x2=${xs[1]} y1=${y(threshold)} y2=${y(threshold)}></line>
    ${inside ? svg`<line class="boundary" x1=${x(boundary)} x2=${x(boundary)} y1=${ys[0]} y2=${ys[1]}></line>` : nothing}
    <path class="curve" d=${d}></path>
    <g class="points">${rows.features.map((row, i) => renderPoint(x(row[0] ?? 0), y(rows.labels[i] ?? 0), rows.labels[i] ?? 0))}</g>
    ${
      probe
        ? svg`<line class="probe-guide" x1=${x(probe[0] ?? 0)} x2=${x(probe[0] ?? 0)} y1=${ys[0]} y2=${y(probeP)}></line>
          <path class="probe-mark" d="M ${x(probe[0] ?? 0)} ${y(probeP) - 7} l 7 7 l -7 7 l -7 -7 z"></path>`
        : nothing
    }
    ${
      inside
        ? renderDraggablePoints({
            points: [{ x: boundary, y: threshold, label: text.t('handle1d') }],
            x,
            y,
            axis: 'x',
            step: niceStep(domain.x[1] - domain.x[0]),
            locale: text.locale,
            valueText: (p) => `x = ${text.fmt(p.x, 3)}`,
            onMove: (_index, px, _py, phase) => options.onBoundaryMove(px, phase),
          })
        : nothing
    }`;
}
