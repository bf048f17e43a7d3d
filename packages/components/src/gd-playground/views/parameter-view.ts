import type { Landscape } from '@gd-playground/core';
import {
  css,
  html,
  nothing,
  type PropertyValues,
  type SVGTemplateResult,
  svg,
  type TemplateResult,
} from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { GdElement } from '../../internal/gd-element.js';
import {
  colorRamp,
  drawContours,
  drawHeatmap,
  linearScale,
  type Margin,
  type PlotArea,
  paddedDomain,
  plotArea,
  renderAxes,
  type Scale,
  sizeCanvas,
} from '../../internal/plot/index.js';
import '../gd-playground.messages.js';
import { FALLBACK_WIDTH, viewStyles } from './view-styles.js';

/** A point in parameter space (the landscape's two coordinates). */
export interface ParameterPoint {
  readonly x: number;
  readonly y: number;
}

/** `detail` of `gd-start-pick`: where the learner wants training to start, in the landscape's units. */
export type StartPickDetail = ParameterPoint;

const MARGIN: Margin = { top: 10, right: 14, bottom: 38, left: 52 };
/** Contour levels drawn. */
const LEVELS = 12;
/** Arrow-key moves per axis span; Shift moves five times as far. */
const KEY_STEPS = 20;
/** Most path points drawn as dots (the line keeps every point up to MAX_LINE_POINTS). */
const MAX_DOTS = 60;
const MAX_LINE_POINTS = 1500;
const ramp = colorRamp('sequential');

/**
 * Contour levels that show the whole bowl: `count` quantiles of the finite values (so levels are
 * dense where most of the area is), strictly between the minimum and the maximum, without repeats.
 */
export function contourLevels(values: ArrayLike<number>, count = LEVELS): number[] {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) finite.push(v);
  }
  if (finite.length < 2) return [];
  finite.sort((a, b) => a - b);
  const min = finite[0]!;
  const max = finite[finite.length - 1]!;
  if (!(max > min)) return [];
  const levels: number[] = [];
  for (let q = 1; q <= count; q++) {
    // Squared fractions crowd the levels towards the minimum, where the path ends.
    const fraction = (q / (count + 1)) ** 2;
    const value = finite[Math.min(finite.length - 1, Math.round(fraction * (finite.length - 1)))]!;
    if (value > min && value < max && value !== levels[levels.length - 1]) levels.push(value);
  }
  return levels;
}

/** Properties drawn in the SVG overlay only: changing just these leaves the canvas as it is. */
const OVERLAY_PROPERTIES: ReadonlySet<PropertyKey> = new Set(['path', 'solution', 'crosshair']);

/** Keeps every `stride`-th point (and always the last), so a long path stays cheap to draw. */
function thin<T>(points: readonly T[], most: number): T[] {
  if (points.length <= most) return [...points];
  const stride = Math.ceil(points.length / most);
  const kept = points.filter((_, i) => i % stride === 0);
  const last = points[points.length - 1];
  if (last !== undefined && kept[kept.length - 1] !== last) kept.push(last);
  return kept;
}

/**
 * The parameter-space view of `<gd-playground>`: the loss landscape over two parameter coordinates
 * as a faint heat map with contour lines, the optimizer's path with its current point, and the
 * normal-equation solution. Clicking the chart, or moving its crosshair with the arrow keys and
 * pressing Enter, picks where training starts (unless `locked`). Not registered.
 *
 * The heat map and contours are drawn on a canvas only when the landscape or the size changes;
 * a new path only re-renders the SVG overlay.
 *
 * @summary Loss contours in parameter space with the optimizer's path.
 * @fires {CustomEvent<StartPickDetail>} gd-start-pick - The learner picked a start point `{ x, y }`
 *   (bubbles inside the playground's shadow root; not composed).
 * @csspart chart - The figure.
 */
export class GdPlaygroundParameterView extends GdElement {
  static override styles = [
    ...GdElement.styles,
    ...viewStyles,
    css`
      .chart svg {
        cursor: crosshair;
        touch-action: manipulation;
      }
      :host([locked]) .chart svg {
        cursor: default;
      }
      .path-line {
        fill: none;
        stroke: var(--_fg);
        stroke-width: 1.5;
        stroke-linejoin: round;
      }
      .path-dot {
        fill: var(--_fg);
      }
      .current {
        fill: var(--_series);
        stroke: var(--_bg);
        stroke-width: 2;
      }
      .solution {
        fill: var(--_accent);
        stroke: var(--_bg);
        stroke-width: 1;
      }
      .solution-label {
        fill: var(--_fg);
        font-size: 11px;
        paint-order: stroke;
        stroke: var(--_bg);
        stroke-width: 3px;
      }
      .crosshair {
        stroke: var(--_accent);
        stroke-width: 1.5;
      }
      .pending {
        fill: var(--_muted);
        font-size: 12px;
      }
    `,
  ];
  static override messagesNamespace = 'gd-playground';

  /** The loss landscape to draw (from `computePlaygroundLandscape`), or undefined while computing. */
  @property({ attribute: false }) landscape?: Landscape;

  /** The optimizer's path in the landscape's coordinates, oldest first; the last point is current. */
  @property({ attribute: false }) path: readonly ParameterPoint[] = [];

  /** The normal-equation solution in the landscape's coordinates, when there is one. */
  @property({ attribute: false }) solution?: ParameterPoint;

  /** Title of the x axis, e.g. `w₁`. */
  @property({ attribute: 'x-label' }) xLabel = 'w';

  /** Title of the y axis, e.g. `b`. */
  @property({ attribute: 'y-label' }) yLabel = 'b';

  /** No picking of a start point (the teacher locked it). */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** The keyboard crosshair, shown once the arrow keys move it. */
  @state() private crosshair?: ParameterPoint;

  @query('canvas') private canvas?: HTMLCanvasElement;

  /** What the canvas currently shows, to skip redrawing when only the path changed. */
  private drawn?: { landscape: Landscape; width: number; height: number; theme: string };

  private size(): { width: number; height: number } {
    const width = this.width || FALLBACK_WIDTH;
    return { width, height: Math.round(Math.min(360, Math.max(220, width * 0.8))) };
  }

  private domains(): { x: [number, number]; y: [number, number] } {
    const land = this.landscape;
    if (land && land.xs.length > 1 && land.ys.length > 1) {
      return {
        x: [land.xs[0]!, land.xs[land.xs.length - 1]!],
        y: [land.ys[0]!, land.ys[land.ys.length - 1]!],
      };
    }
    const points = [...this.path, ...(this.solution ? [this.solution] : [])];
    return {
      x: paddedDomain(
        points.map((p) => p.x),
        0.2,
      ),
      y: paddedDomain(
        points.map((p) => p.y),
        0.2,
      ),
    };
  }

  /** The scales the chart uses now (data → SVG user units = CSS pixels). */
  scales(): { x: Scale; y: Scale; area: PlotArea } {
    const { width, height } = this.size();
    const area = plotArea(width, height, MARGIN);
    const domains = this.domains();
    return {
      x: linearScale(domains.x, [area.left, area.right]),
      y: linearScale(domains.y, [area.bottom, area.top]),
      area,
    };
  }

  override render(): TemplateResult {
    const { width, height } = this.size();
    const { x, y, area } = this.scales();
    const label = this.t('view.param.label', { x: this.xLabel, y: this.yLabel });
    const current = this.path[this.path.length - 1];
    const summary = current
      ? // One point reads “1 point”, not “1 points” (en, pt); tr and ko use the same text for both.
        this.t(this.path.length === 1 ? 'view.param.summaryOne' : 'view.param.summary', {
          count: this.num(this.path.length),
          x: this.xLabel,
          y: this.yLabel,
          xv: this.format(current.x),
          yv: this.format(current.y),
        })
      : '';
    const pickable = !this.locked;
    return html`<figure part="chart">
      <div class="chart">
        <canvas aria-hidden="true"></canvas>
        <svg
          role=${pickable ? 'application' : 'img'}
          aria-label=${[label, summary, pickable ? this.t('view.param.hint') : ''].filter(Boolean).join('. ')}
          aria-describedby=${pickable ? 'crosshair-text' : nothing}
          tabindex=${pickable ? '0' : nothing}
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
          @click=${this.onClick}
          @keydown=${this.onKeyDown}
          @blur=${this.onBlur}
        >
          <defs>
            <clipPath id="plot-clip">
              <rect x=${area.left} y=${area.top} width=${area.width} height=${area.height}></rect>
            </clipPath>
          </defs>
          ${renderAxes({
            x,
            y,
            width,
            height,
            margin: MARGIN,
            xLabel: this.xLabel,
            yLabel: this.yLabel,
            locale: this.i18n.locale,
            xTicks: 5,
            yTicks: 5,
          })}
          ${
            this.landscape
              ? nothing
              : svg`<text class="pending" x=${area.left + area.width / 2} y=${area.top + area.height / 2}
                  text-anchor="middle">${this.t('view.param.pending')}</text>`
          }
          <g clip-path="url(#plot-clip)">
            ${this.renderPath(x, y)} ${this.renderSolution(x, y)} ${this.renderCrosshair(x, y, area)}
          </g>
        </svg>
      </div>
      <figcaption class="summary">${summary}</figcaption>
      <p class="visually-hidden" id="crosshair-text" aria-live="polite">${this.crosshairText()}</p>
    </figure>
    ${this.renderLiveRegion()}`;
  }

  private format(value: number): string {
    return Number.isFinite(value)
      ? this.num(value, { maximumSignificantDigits: 4 })
      : this.t('view.notFinite');
  }

  private crosshairText(): string {
    const point = this.crosshair;
    if (!point) return '';
    return this.t('view.param.crosshair', {
      x: this.xLabel,
      y: this.yLabel,
      xv: this.format(point.x),
      yv: this.format(point.y),
    });
  }

  private renderPath(x: Scale, y: Scale): SVGTemplateResult | typeof nothing {
    const finite = this.path.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (finite.length === 0) return nothing;
    const line = thin(finite, MAX_LINE_POINTS);
    const dots = thin(finite, MAX_DOTS);
    const current = finite[finite.length - 1]!;
    const point = (p: ParameterPoint) => `${round(x(p.x))},${round(y(p.y))}`;
    return svg`<polyline class="path-line" points=${line.map(point).join(' ')}></polyline>
      <g class="path-dots">${dots.map((p) => svg`<circle class="path-dot" cx=${round(x(p.x))} cy=${round(y(p.y))} r="2"></circle>`)}</g>
      <circle class="current" cx=${round(x(current.x))} cy=${round(y(current.y))} r="5"></circle>`;
  }

  private renderSolution(x: Scale, y: Scale): SVGTemplateResult | typeof nothing {
    const s = this.solution;
    if (!s || !Number.isFinite(s.x) || !Number.isFinite(s.y)) return nothing;
    const cx = x(s.x);
    const cy = y(s.y);
    const text = this.t('view.param.solution');
    // The label goes on the side of the star with more room, so it stays inside the chart.
    const [left, right] = x.range() as [number, number];
    const [bottom, top] = y.range() as [number, number];
    const toLeft = cx > (left + right) / 2;
    const below = cy - 8 - 12 < Math.min(top, bottom);
    return svg`<g class="solution-mark">
      <path class="solution" d=${star(cx, cy, 8, 3.5)}><title>${text}</title></path>
      <text
        class="solution-label"
        x=${round(toLeft ? cx - 10 : cx + 10)}
        y=${round(below ? cy + 18 : cy - 8)}
        text-anchor=${toLeft ? 'end' : 'start'}
      >${text}</text>
    </g>`;
  }

  private renderCrosshair(x: Scale, y: Scale, area: PlotArea): SVGTemplateResult | typeof nothing {
    const point = this.crosshair;
    if (!point || this.locked) return nothing;
    const px = round(x(point.x));
    const py = round(y(point.y));
    return svg`<g class="crosshair">
      <line x1=${px} x2=${px} y1=${area.top} y2=${area.bottom} stroke-dasharray="4 3"></line>
      <line x1=${area.left} x2=${area.right} y1=${py} y2=${py} stroke-dasharray="4 3"></line>
      <circle cx=${px} cy=${py} r="6" fill="none"></circle>
    </g>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // While playing only the path changes, every frame: skip drawLandscape then, since even its
    // "nothing to redraw" check reads getComputedStyle, which forces a style recalculation per frame.
    const overlayOnly = [...changed.keys()].every((key) => OVERLAY_PROPERTIES.has(key as PropertyKey));
    if (!overlayOnly || !this.drawn) this.drawLandscape();
  }

  /** Paints heat map and contours, only when the landscape, the size or the theme changed. */
  private drawLandscape(): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const { width, height } = this.size();
    const land = this.landscape;
    const style = getComputedStyle(this);
    const line = style.getPropertyValue('--_fg').trim() || '#1b1f24';
    const theme = `${line}|${style.getPropertyValue('--gd-landscape-opacity').trim()}`;
    const drawn = this.drawn;
    if (
      drawn &&
      drawn.landscape === land &&
      drawn.width === width &&
      drawn.height === height &&
      drawn.theme === theme
    )
      return;
    const ctx = sizeCanvas(canvas, width, height);
    ctx.clearRect(0, 0, width, height);
    if (!land) {
      this.drawn = undefined;
      return;
    }
    const { x, y } = this.scales();
    const domains = this.domains();
    const placement = { x, y, xDomain: domains.x, yDomain: domains.y };
    const { min, max } = land;
    const span = max - min;
    if (Number.isFinite(span) && span > 0) {
      ctx.save();
      const opacity = Number.parseFloat(style.getPropertyValue('--gd-landscape-opacity'));
      ctx.globalAlpha = Number.isFinite(opacity) ? opacity : 0.45;
      // Square root: a bowl's loss grows quadratically, this keeps its floor from one flat colour.
      drawHeatmap(ctx, land.values, land.resolution, {
        ...placement,
        color: (v) => ramp.rgb(Number.isFinite(v) ? Math.sqrt(Math.max(0, (v - min) / span)) : 1),
        smooth: true,
      });
      ctx.restore();
      const levels = contourLevels(land.values);
      if (levels.length) {
        ctx.save();
        ctx.globalAlpha = 0.6;
        drawContours(ctx, land.values, land.resolution, {
          ...placement,
          thresholds: levels,
          color: line,
          width: 1,
        });
        ctx.restore();
      }
    }
    this.drawn = { landscape: land, width, height, theme };
  }

  /** The point under a client position, or undefined outside the plot area. */
  private pointAt(clientX: number, clientY: number): ParameterPoint | undefined {
    const svgElement = this.shadowRoot?.querySelector('svg');
    if (!svgElement) return undefined;
    const box = svgElement.getBoundingClientRect();
    const { width, height } = this.size();
    const ux = ((clientX - box.left) * width) / (box.width || width);
    const uy = ((clientY - box.top) * height) / (box.height || height);
    const { x, y, area } = this.scales();
    if (ux < area.left || ux > area.right || uy < area.top || uy > area.bottom) return undefined;
    return { x: x.invert(ux), y: y.invert(uy) };
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (this.locked) return;
    const point = this.pointAt(event.clientX, event.clientY);
    if (point) this.pick(point);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.locked) return;
    const { x, y } = this.domains();
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.pick(this.crosshair ?? this.defaultCrosshair());
      return;
    }
    if (event.key === 'Escape') {
      this.crosshair = undefined;
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowRight: [1, 0],
      ArrowLeft: [-1, 0],
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const factor = event.shiftKey ? 5 : 1;
    const from = this.crosshair ?? this.defaultCrosshair();
    const clamp = (v: number, [lo, hi]: [number, number]) =>
      Math.min(Math.max(lo, hi), Math.max(Math.min(lo, hi), v));
    this.crosshair = {
      x: clamp(from.x + (move[0] * factor * (x[1] - x[0])) / KEY_STEPS, x),
      y: clamp(from.y + (move[1] * factor * (y[1] - y[0])) / KEY_STEPS, y),
    };
  };

  private readonly onBlur = (): void => {
    this.crosshair = undefined;
  };

  /** The crosshair starts at the current point, or the middle of the chart. */
  private defaultCrosshair(): ParameterPoint {
    const current = this.path[this.path.length - 1];
    if (current && Number.isFinite(current.x) && Number.isFinite(current.y)) return current;
    const { x, y } = this.domains();
    return { x: (x[0] + x[1]) / 2, y: (y[0] + y[1]) / 2 };
  }

  private pick(point: ParameterPoint): void {
    this.announce(
      this.t('view.param.picked', {
        x: this.xLabel,
        y: this.yLabel,
        xv: this.format(point.x),
        yv: this.format(point.y),
      }),
    );
    this.dispatchEvent(
      new CustomEvent<StartPickDetail>('gd-start-pick', {
        detail: { x: point.x, y: point.y },
        bubbles: true,
      }),
    );
  }
}

/** SVG path of a five-pointed star centred at (cx, cy). */
function star(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${round(cx + r * Math.cos(angle))},${round(cy + r * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

const round = (value: number) => Math.round(value * 100) / 100;
