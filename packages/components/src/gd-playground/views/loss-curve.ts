import { css, html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GdElement } from '../../internal/gd-element.js';
import {
  linearScale,
  logScale,
  type Margin,
  paddedDomain,
  plotArea,
  renderAxes,
  type Scale,
  ticks,
} from '../../internal/plot/index.js';
import '../gd-playground.messages.js';
import { FALLBACK_WIDTH, viewStyles } from './view-styles.js';

/** Chart height in CSS pixels. */
const HEIGHT = 180;

/** A point of the drawn curve, in data units (step, loss). */
interface CurvePoint {
  readonly step: number;
  readonly loss: number;
}

/**
 * The smallest strictly positive finite value, or undefined: on a log scale a loss of exactly 0
 * (a perfect fit) has no place, so it is drawn at this floor instead.
 */
export function smallestPositive(values: readonly number[]): number | undefined {
  let floor: number | undefined;
  for (const value of values) {
    if (Number.isFinite(value) && value > 0 && (floor === undefined || value < floor)) floor = value;
  }
  return floor;
}

/**
 * Keeps at most about `2 × buckets` points: for each bucket of consecutive steps, its first point
 * plus its lowest and highest loss, in step order, so a long run keeps its spikes and its floor.
 * A non-finite loss is kept (it breaks the line where training diverged).
 */
export function decimate(points: readonly CurvePoint[], buckets: number): CurvePoint[] {
  if (points.length <= 2 * buckets) return [...points];
  const size = points.length / buckets;
  const kept: CurvePoint[] = [];
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * size);
    const to = Math.min(points.length, Math.floor((b + 1) * size));
    let low: CurvePoint | undefined;
    let high: CurvePoint | undefined;
    const chosen = new Set<CurvePoint>();
    for (let i = from; i < to; i++) {
      const point = points[i]!;
      if (!Number.isFinite(point.loss)) {
        chosen.add(point);
        continue;
      }
      if (!low || point.loss < low.loss) low = point;
      if (!high || point.loss > high.loss) high = point;
    }
    const first = points[from];
    if (first) chosen.add(first);
    if (low) chosen.add(low);
    if (high) chosen.add(high);
    kept.push(...[...chosen].sort((a, b) => a.step - b.step));
  }
  const last = points[points.length - 1];
  if (last && kept[kept.length - 1] !== last) kept.push(last);
  return kept;
}

/**
 * The loss over the steps of a run, as part of `<gd-playground>`: an SVG line chart (linear or
 * log scale) with the current step marked, an accessible name and a one-line summary (first and
 * last loss). Not registered; the playground defines it.
 *
 * On the log scale a loss of 0 is drawn at the smallest positive loss of the run. A non-finite
 * loss (divergence) breaks the line. Long runs are thinned to a few points per pixel, keeping each
 * stretch's highest and lowest loss.
 *
 * @summary Loss curve of a training run, linear or log scale.
 * @csspart chart - The figure with the chart and summary.
 */
export class GdPlaygroundLossCurve extends GdElement {
  static override styles = [
    ...GdElement.styles,
    ...viewStyles,
    css`
      .loss-line {
        fill: none;
        stroke: var(--_series);
        stroke-width: 2;
        stroke-linejoin: round;
      }
      .current-step {
        stroke: var(--_fg);
        stroke-width: 1;
        stroke-dasharray: 3 3;
      }
      .current-point {
        fill: var(--_series);
        stroke: var(--_bg);
        stroke-width: 2;
      }
    `,
  ];
  static override messagesNamespace = 'gd-playground';

  /** Whole-data loss per step (index = step; step 0 is the start). */
  @property({ attribute: false }) losses: readonly number[] = [];

  /** `linear` (default) or `log` y axis. */
  @property() scale: 'linear' | 'log' = 'linear';

  /** The step shown as current (e.g. after stepping back); default the last. */
  @property({ type: Number }) current?: number;

  /** The one-line summary of the curve, as shown and spoken. */
  get summary(): string {
    const { losses } = this;
    if (losses.length === 0) return this.t('view.loss.empty');
    const last = losses.length - 1;
    // Before any step there is one loss: naming step 0 twice would read as a repeat.
    if (last === 0) return this.t('view.loss.start', { first: this.formatLoss(losses[0]!) });
    return this.t('view.loss.summary', {
      first: this.formatLoss(losses[0]!),
      last: this.formatLoss(losses[last]!),
      step: this.num(last),
    });
  }

  private formatLoss(value: number): string {
    if (!Number.isFinite(value)) return this.t('view.notFinite');
    return this.num(value, { maximumSignificantDigits: 4 });
  }

  override render(): TemplateResult {
    const width = this.width || FALLBACK_WIDTH;
    const summary = this.summary;
    const label = this.t('view.loss.label');
    return html`<figure part="chart">
      <div class="chart">${this.renderChart(width, label, summary)}</div>
      <figcaption class="summary">${summary}</figcaption>
    </figure>`;
  }

  private renderChart(width: number, label: string, summary: string): TemplateResult {
    const height = HEIGHT;
    const log = this.scale === 'log';
    const floor = smallestPositive(this.losses);
    const useLog = log && floor !== undefined;
    const points: CurvePoint[] = this.losses.map((loss, step) => ({
      step,
      loss: useLog && Number.isFinite(loss) && loss <= 0 ? floor : loss,
    }));
    const finite = points.filter((p) => Number.isFinite(p.loss)).map((p) => p.loss);
    let yDomain: [number, number];
    if (useLog) {
      const hi = Math.max(...finite);
      const lo = floor;
      yDomain = hi > lo * 1.0001 ? [lo / 1.15, hi * 1.15] : [lo / 2, lo * 2];
    } else {
      const [lo, hi] = paddedDomain(finite, 0.05);
      yDomain = [Math.min(0, lo), hi];
    }
    const lastStep = Math.max(1, points.length - 1);
    const yProbe: Scale = useLog ? logScale(yDomain, [0, 1]) : linearScale(yDomain, [0, 1]);
    const longest = ticks(yProbe, 4, this.i18n.locale).reduce((m, t) => Math.max(m, t.label.length), 0);
    const margin: Margin = { top: 10, right: 12, bottom: 36, left: Math.max(38, 22 + longest * 6.5) };
    const area = plotArea(width, height, margin);
    const x = linearScale([0, lastStep], [area.left, area.right]);
    const y: Scale = useLog
      ? logScale(yDomain, [area.bottom, area.top])
      : linearScale(yDomain, [area.bottom, area.top]);
    const shown = decimate(points, Math.max(8, Math.round(area.width)));
    const current = this.currentStep();
    const currentLoss = current === undefined ? undefined : points[current]?.loss;
    return html`<svg
      role="img"
      aria-label=${`${label}. ${summary}`}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
    >
      ${renderAxes({
        x,
        y,
        width,
        height,
        margin,
        xLabel: this.t('view.loss.xLabel'),
        yLabel: useLog ? this.t('view.loss.yLabelLog') : this.t('view.loss.yLabel'),
        locale: this.i18n.locale,
        xTicks: 5,
        yTicks: 4,
      })}
      ${runs(shown).map(
        (run) =>
          svg`<polyline class="loss-line" points=${run.map((p) => `${round(x(p.step))},${round(y(p.loss))}`).join(' ')}></polyline>`,
      )}
      ${current !== undefined && currentLoss !== undefined ? this.renderCurrent(current, currentLoss, x, y, area) : nothing}
    </svg>`;
  }

  private renderCurrent(
    step: number,
    loss: number,
    x: Scale,
    y: Scale,
    area: { top: number; bottom: number },
  ): SVGTemplateResult {
    const px = round(x(step));
    return svg`<line class="current-step" x1=${px} x2=${px} y1=${area.top} y2=${area.bottom}></line>
      ${Number.isFinite(loss) ? svg`<circle class="current-point" cx=${px} cy=${round(y(loss))} r="4"></circle>` : nothing}`;
  }

  private currentStep(): number | undefined {
    const n = this.losses.length;
    if (n === 0) return undefined;
    const wanted = this.current ?? n - 1;
    if (!Number.isFinite(wanted)) return n - 1;
    return Math.min(n - 1, Math.max(0, Math.round(wanted)));
  }
}

/** Splits points into runs of finite losses (a non-finite one ends a run). */
function runs(points: readonly CurvePoint[]): CurvePoint[][] {
  const out: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  for (const point of points) {
    if (Number.isFinite(point.loss)) run.push(point);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

const round = (value: number) => Math.round(value * 100) / 100;
