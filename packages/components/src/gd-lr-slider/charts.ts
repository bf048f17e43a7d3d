import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  linearScale,
  type Margin,
  paddedDomain,
  plotArea,
  renderAxes,
  ticks,
} from '../internal/plot/index.js';

/** One visited weight and its loss, in step order. */
export interface Visit {
  readonly step: number;
  readonly w: number;
  readonly loss: number;
}

/** What both charts share: size, locale and their accessible names. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly locale: string;
  /** Accessible name (a sentence with the numbers). */
  readonly label: string;
}

/** Left margin wide enough for the longest y tick label (about 6.5 px a character at 11 px). */
function marginFor(labels: readonly string[]): Margin {
  const longest = labels.reduce((max, label) => Math.max(max, label.length), 0);
  return { top: 12, right: 14, bottom: 36, left: Math.max(34, 20 + longest * 6.5) };
}

const finite = (visit: Visit) => Number.isFinite(visit.w) && Number.isFinite(visit.loss);

/**
 * The loss curve L(w) with the visited weights on it, each step drawn as an arrow from one
 * iterate to the next, and the minimum w* marked.
 */
export function renderCurveChart(
  frame: ChartFrame & {
    readonly visits: readonly Visit[];
    readonly optimum: number;
    readonly lossAt: (w: number) => number;
    readonly xLabel: string;
    readonly yLabel: string;
  },
): TemplateResult {
  const { width, height, visits, optimum, lossAt } = frame;
  const shown = visits.filter(finite);
  const [lo, hi] = paddedDomain([optimum, ...shown.map((v) => v.w)], 0.12);
  const span = hi - lo < 1e-9 ? 1 : 0;
  const domain: [number, number] = [lo - span, hi + span];
  const top = Math.max(lossAt(domain[0]), lossAt(domain[1]), ...shown.map((v) => v.loss)) * 1.05 || 1;
  const yTicks = ticks(linearScale([0, top], [0, 1]), 4, frame.locale).map((t) => t.label);
  const margin = marginFor(yTicks);
  const area = plotArea(width, height, margin);
  const x = linearScale(domain, [area.left, area.right]);
  const y = linearScale([0, top], [area.bottom, area.top]);
  const samples = 96;
  const curve = Array.from({ length: samples + 1 }, (_, i) => {
    const w = domain[0] + ((domain[1] - domain[0]) * i) / samples;
    return `${i === 0 ? 'M' : 'L'}${x(w).toFixed(1)},${y(lossAt(w)).toFixed(1)}`;
  }).join('');
  const segments = shown.slice(-200);
  const last = shown[shown.length - 1];
  return html`<svg
    class="chart curve"
    role="img"
    aria-label=${frame.label}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" class="arrow-head"></path>
      </marker>
      <clipPath id="curve-clip"><rect x=${area.left} y=${area.top - 6} width=${area.width} height=${area.height + 6}></rect></clipPath>
    </defs>
    ${renderAxes({ x, y, width, height, margin, xLabel: frame.xLabel, yLabel: frame.yLabel, locale: frame.locale, xTicks: 5, yTicks: 4 })}
    <g clip-path="url(#curve-clip)">
      <line class="optimum" x1=${x(optimum)} x2=${x(optimum)} y1=${area.top} y2=${area.bottom}></line>
      <path class="parabola" d=${curve}></path>
      ${segments.slice(1).map((visit, i) => {
        const from = segments[i]!;
        return svg`<line class="hop" x1=${x(from.w)} y1=${y(from.loss)} x2=${x(visit.w)} y2=${y(visit.loss)} marker-end="url(#arrow)"></line>`;
      })}
      ${segments.map(
        (visit, i) =>
          svg`<circle class=${i === 0 && visit.step === 0 ? 'visit start' : 'visit'} cx=${x(visit.w)} cy=${y(visit.loss)} r="3"></circle>`,
      )}
      ${last ? svg`<circle class="current" cx=${x(last.w)} cy=${y(last.loss)} r="5.5"></circle>` : nothing}
    </g>
    <text class="optimum-label" x=${x(optimum)} y=${area.top + 10} text-anchor="middle" aria-hidden="true">w*</text>
  </svg>`;
}

/** The loss after each step, as a line over the steps taken so far. */
export function renderLossChart(
  frame: ChartFrame & { readonly visits: readonly Visit[]; readonly xLabel: string; readonly yLabel: string },
): TemplateResult {
  const { width, height, visits } = frame;
  const shown = visits.filter(finite);
  const lastStep = Math.max(10, ...shown.map((v) => v.step));
  const top = Math.max(...shown.map((v) => v.loss), 0) * 1.05 || 1;
  const yTicks = ticks(linearScale([0, top], [0, 1]), 4, frame.locale).map((t) => t.label);
  const margin = marginFor(yTicks);
  const area = plotArea(width, height, margin);
  const x = linearScale([0, lastStep], [area.left, area.right]);
  const y = linearScale([0, top], [area.bottom, area.top]);
  const line = shown
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${x(v.step).toFixed(1)},${y(v.loss).toFixed(1)}`)
    .join('');
  const last = shown[shown.length - 1];
  return html`<svg
    class="chart loss"
    role="img"
    aria-label=${frame.label}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    ${renderAxes({ x, y, width, height, margin, xLabel: frame.xLabel, yLabel: frame.yLabel, locale: frame.locale, xTicks: 5, yTicks: 4 })}
    <path class="loss-line" d=${line}></path>
    ${last ? svg`<circle class="current" cx=${x(last.step)} cy=${y(last.loss)} r="4"></circle>` : nothing}
  </svg>`;
}

/** What the pair of charts needs from the element. */
export interface ChartsContext {
  /** Width available to the charts (0 before the first layout). */
  readonly width: number;
  readonly locale: string;
  readonly visits: readonly Visit[];
  readonly optimum: number;
  readonly lossAt: (w: number) => number;
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly num: (value: number, options?: Intl.NumberFormatOptions) => string;
}

/** The loss curve with the iterates and the loss per step: side by side when wide, stacked when narrow. */
export function renderCharts(c: ChartsContext): TemplateResult {
  const { visits, t, num } = c;
  const inner = Math.max(240, c.width || 600);
  const wide = inner >= 560;
  const chartWidth = Math.floor(wide ? (inner - 16) / 2 : inner);
  const last = visits[visits.length - 1];
  const finiteLast = [...visits].reverse().find(finite);
  return html`<div part="charts" class="charts">
    <figure>
      <figcaption>${t('curveTitle')}</figcaption>
      ${renderCurveChart({
        width: chartWidth,
        height: 220,
        locale: c.locale,
        visits,
        optimum: c.optimum,
        lossAt: c.lossAt,
        xLabel: 'w',
        yLabel: t('lossAxis'),
        label: t('curveSummary', {
          optimum: num(c.optimum),
          count: num(visits.length),
          w: num(finiteLast?.w ?? Number.NaN),
          loss: num(finiteLast?.loss ?? Number.NaN),
        }),
      })}
    </figure>
    <figure>
      <figcaption>${t('lossTitle')}</figcaption>
      ${renderLossChart({
        width: chartWidth,
        height: wide ? 220 : 160,
        locale: c.locale,
        visits,
        xLabel: t('stepNumber'),
        yLabel: t('loss'),
        label: t('lossSummary', {
          first: num(visits[0]?.loss ?? Number.NaN),
          last: num(last?.loss ?? Number.NaN),
          step: num(last?.step ?? 0),
        }),
      })}
    </figure>
  </div>`;
}
