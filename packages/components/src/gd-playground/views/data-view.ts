// Over 500 lines (~780) by a written choice: one element draws four kinds of chart (line, slice,
// regions, curves) in SVG or, past MANY_POINTS, on a canvas, and its editing by pointer, touch and
// keyboard works on those same scales and state. Its styles, the model's class probabilities and
// the scale/colour helpers live in data-view.styles.ts, class-probabilities.ts, data-view-scales.ts.
import type { Dataset, ParameterValues } from '@gd-playground/core';
import { html, nothing, type PropertyValues, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { GdElement } from '../../internal/gd-element.js';
import {
  classStyle,
  draggablePointStyles,
  drawHeatmap,
  linearScale,
  type Margin,
  type MarkerShape,
  type MovePhase,
  markerPath,
  type PlotArea,
  paddedDomain,
  plotArea,
  type Rgb,
  renderAxes,
  renderDraggablePoints,
  type Scale,
  sizeCanvas,
  traceMarker,
} from '../../internal/plot/index.js';
import '../gd-playground.messages.js';
import { type ProbeMark, type ProbePickDetail, probeMarkStyles, renderProbeMark } from '../probe-panel.js';
import type { PlaygroundModel } from '../state.js';
import { classProbabilities, columnMeans } from './class-probabilities.js';
import { dataViewStyles } from './data-view.styles.js';
import { niceStep, resolveRgb, resolveVar, roundTo } from './data-view-scales.js';
import { FALLBACK_WIDTH, viewStyles } from './view-styles.js';

/** `detail` of `gd-data-edit`: the whole data set after the learner's edit, in original units. */
export interface DataEditDetail {
  readonly features: number[][];
  readonly targets: number[];
}

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

const MARGIN: Margin = { top: 10, right: 14, bottom: 38, left: 52 };
const REGION_RESOLUTION = 48;
const CURVE_SAMPLES = 96;
/**
 * Above this many points they are painted on a canvas and only the active one is an SVG handle
 * (N and P move between points, a pointer grabs any point): a thousand focusable circles cost
 * more than a hundred milliseconds of the first frame. At or below it each point is its own handle.
 */
export const MANY_POINTS = 200;

/** The colour of class c: the theme's class colours (distinct under colour-vision deficiencies). */
function classColor(c: number): string {
  return classStyle(c).color;
}

/** The class that colours an element as class c, from a style sheet (never a style attribute). */
function colorClass(c: number): string {
  return classStyle(c).className;
}

/** The marker of class c (regression points are circles): colour is never the only cue. */
function classMarker(c: number): MarkerShape {
  return classStyle(c).marker;
}

/**
 * The data-space view of `<gd-playground>`: the data with the fitted model, in original units.
 *
 * - Regression, one feature: scatter and the fitted line ŷ = w·x + b.
 * - Regression, more features: feature 1 against the target with a slice of the fitted plane,
 *   the other features held at their mean (the view says so).
 * - Classification, two or more features: the decision regions (each cell tinted by its most
 *   likely class, stronger where the model is surer) under the points, coloured by class.
 * - Classification, one feature: points at their class (0, 1, …) and the probability curves.
 *
 * Members of the current batch get a ring (unless the batch is the whole data set). Unless
 * `locked`, the data are editable: click empty space to add a point (of the class chosen in the
 * radio group, for classification), drag a point or move the focused one with the arrow keys, and
 * press Delete or Backspace to remove it. Every edit fires `gd-data-edit` with the whole new data.
 * Not registered.
 *
 * @summary The data and the fitted model, editable by pointer, touch and keyboard.
 * @fires {CustomEvent<DataEditDetail>} gd-data-edit - The learner added, moved or deleted a point:
 *   `{ features, targets }`, the whole data set (bubbles inside the playground; not composed).
 * @csspart chart - The figure.
 * @csspart classes - The class picker for new points.
 */
export class GdPlaygroundDataView extends GdElement {
  static override styles = [
    ...GdElement.styles,
    ...viewStyles,
    draggablePointStyles,
    dataViewStyles,
    probeMarkStyles,
  ];
  static override messagesNamespace = 'gd-playground';

  /**
   * The data, in original units. (Named `data`, not `dataset`: `HTMLElement.dataset` is the
   * element's `data-*` attributes.)
   */
  @property({ attribute: false }) data?: Dataset;

  /** The model family: picks the regression or classification drawing. */
  @property() model: PlaygroundModel = 'linear';

  /**
   * The model's parameters in original units: `w` [m] and `b` [1] (linear, logistic); `W` [m·k]
   * row-major (feature r, class c at r·k + c) and `b` [k] (softmax).
   */
  @property({ attribute: false }) parameters: ParameterValues = {};

  /**
   * The normal-equation solution in original units (`w`, `b`), drawn as a dashed line beside the
   * fit (linear models; the line and slice modes).
   */
  @property({ attribute: false }) solution?: ParameterValues;

  /** Rows of the current batch (highlighted with a ring). */
  @property({ attribute: false }) batch: readonly number[] = [];

  /** No editing (the teacher locked the data). */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** The prediction probe's mark (probe-panel.ts); while `probePicking`, a click picks it (`gd-probe-pick`). */
  @property({ attribute: false }) probe?: ProbeMark;
  @property({ type: Boolean }) probePicking = false;

  /** Class given to points added by a click. */
  @state() newClass = 0;

  /** With many points: the one shown as a focusable handle (N, P, Home, End and clicks move it). */
  @state() private activeIndex = 0;

  /** With many points: a point grabbed on the canvas, until the pointer is released. */
  private canvasDrag?: { index: number; pointerId: number };
  /** A click that ended a drag must not also add a point. */
  private swallowClick = false;

  /** A point being dragged: drawn where the pointer is until the drag ends. */
  @state() private preview?: { index: number; x: number; y: number };

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('canvas.points') private pointsCanvas?: HTMLCanvasElement;

  /** Whether the points are painted on a canvas (more than MANY_POINTS of them). */
  get manyPoints(): boolean {
    return (this.data?.features.length ?? 0) > MANY_POINTS;
  }

  /** How the current data and model are drawn. */
  get mode(): DataViewMode {
    const dataset = this.data;
    const m = dataset?.featureNames.length ?? 1;
    const classification = this.model !== 'linear' && dataset?.classes !== undefined;
    if (classification) return m >= 2 ? 'regions' : 'curve';
    return m >= 2 ? 'slice' : 'line';
  }

  private size(): { width: number; height: number } {
    const width = this.width || FALLBACK_WIDTH;
    return { width, height: Math.round(Math.min(360, Math.max(220, width * 0.75))) };
  }

  private classCount(): number {
    return this.data?.classes?.length ?? 2;
  }

  /** Chart coordinates of row i: (feature 1, target) or (feature 1, feature 2). */
  private pointOf(i: number): { x: number; y: number } {
    const dataset = this.data!;
    const row = dataset.features[i] ?? [];
    if (this.preview?.index === i) return { x: this.preview.x, y: this.preview.y };
    const x = row[0] ?? 0;
    return this.mode === 'regions' ? { x, y: row[1] ?? 0 } : { x, y: dataset.targets[i] ?? 0 };
  }

  /** The scales the chart uses now (data → SVG user units = CSS pixels). */
  scales(): { x: Scale; y: Scale; area: PlotArea } {
    const { width, height } = this.size();
    const area = plotArea(width, height, MARGIN);
    const { x, y } = this.domains();
    return {
      x: linearScale(x, [area.left, area.right]),
      y: linearScale(y, [area.bottom, area.top]),
      area,
    };
  }

  /** The axes' domains and what they were computed from (they change with the data, not per step). */
  private domainsMemo?: {
    data?: Dataset;
    mode: DataViewMode;
    classes: number;
    x: [number, number];
    y: [number, number];
  };

  /** The data's padded domains, scanned over every row only when the data or the mode changed. */
  private domains(): { x: [number, number]; y: [number, number] } {
    const dataset = this.data;
    const mode = this.mode;
    const classes = this.classCount();
    const memo = this.domainsMemo;
    if (memo && memo.data === dataset && memo.mode === mode && memo.classes === classes) return memo;
    const xs = dataset?.features.map((row) => row[0] ?? 0) ?? [];
    let y: [number, number];
    if (mode === 'regions') y = paddedDomain(dataset?.features.map((row) => row[1] ?? 0) ?? [], 0.08);
    else if (mode === 'curve') y = [-0.15, classes - 1 + 0.15];
    else y = paddedDomain(dataset?.targets ?? [], 0.08);
    this.domainsMemo = { data: dataset, mode, classes, x: paddedDomain(xs, 0.08), y };
    return this.domainsMemo;
  }

  override render(): TemplateResult {
    const dataset = this.data;
    const { width, height } = this.size();
    const { x, y, area } = this.scales();
    const mode = this.mode;
    const editable = !this.locked && dataset !== undefined;
    const names = dataset?.featureNames ?? [];
    const xLabel = names[0] ?? 'x';
    const yLabel =
      mode === 'regions' ? (names[1] ?? 'x₂') : mode === 'curve' ? '' : (dataset?.targetName ?? 'y');
    const note =
      mode === 'slice'
        ? this.t('view.data.slice', { feature: xLabel })
        : mode === 'regions' && names.length > 2
          ? this.t('view.data.firstTwo')
          : '';
    return html`<figure part="chart">
        <div class="chart">
          <canvas aria-hidden="true"></canvas>
          ${this.manyPoints ? html`<canvas class="points" aria-hidden="true"></canvas>` : nothing}
          <svg
            role="group"
            aria-label=${`${this.t('view.data.label')}. ${this.summary}`}
            width=${width}
            height=${height}
            viewBox="0 0 ${width} ${height}"
            @click=${this.onClick}
            @keydown=${this.onKeyDown}
            @pointerdown=${this.onCanvasPointer}
            @pointermove=${this.onCanvasPointer}
            @pointerup=${this.onCanvasPointer}
            @pointercancel=${this.onCanvasPointer}
          >
            ${guard(
              [x.domain().join(), y.domain().join(), width, height, this.i18n.locale, xLabel, yLabel, mode],
              () =>
                renderAxes({
                  x,
                  y,
                  width,
                  height,
                  margin: MARGIN,
                  xLabel,
                  yLabel,
                  locale: this.i18n.locale,
                  xTicks: 5,
                  yTicks: mode === 'curve' ? this.classCount() : 5,
                }),
            )}
            ${
              this.manyPoints
                ? this.renderActivePoint(x, y, editable)
                : guard(
                    [
                      dataset,
                      width,
                      height,
                      this.locked,
                      this.i18n.locale,
                      this.preview,
                      mode,
                      this.newClass,
                    ],
                    () => this.renderPoints(x, y, editable),
                  )
            }
          </svg>
          <svg class="overlay" aria-hidden="true" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
            <defs>
              <clipPath id="data-clip">
                <rect x=${area.left} y=${area.top} width=${area.width} height=${area.height}></rect>
              </clipPath>
            </defs>
            <g clip-path="url(#data-clip)">${this.renderSolution(x, y)}${this.renderFit(x, y)}${renderProbeMark(this.probe, mode === 'regions', x, y)}</g>
            ${this.renderBatch(x, y)}
          </svg>
        </div>
        <figcaption class="summary">${this.summary}</figcaption>
        ${note ? html`<p class="note">${note}</p>` : nothing}
        ${editable ? html`<p class="note">${this.t('view.data.editHint')}</p>` : nothing}
        ${editable && (mode === 'regions' || mode === 'curve') ? this.renderClassPicker() : nothing}
      </figure>
      ${this.renderLiveRegion()}`;
  }

  /** The one-line description of the data and the fit, as shown and spoken. */
  get summary(): string {
    const dataset = this.data;
    if (!dataset || dataset.features.length === 0) return this.t('view.data.summaryEmpty');
    const n = this.num(dataset.features.length);
    if (this.mode === 'regions' || this.mode === 'curve')
      return this.t('view.data.summaryClasses', { n, k: this.num(this.classCount()) });
    const { slope, intercept } = this.line();
    const f = (v: number) =>
      Number.isFinite(v) ? this.num(v, { maximumSignificantDigits: 4 }) : this.t('view.notFinite');
    return this.t('view.data.summaryLine', { n, w: f(slope), b: f(intercept) });
  }

  /** The fitted line along feature 1: ŷ = slope·x + intercept (other features at their mean). */
  line(parameters: ParameterValues = this.parameters): { slope: number; intercept: number } {
    const w = parameters.w ?? [];
    let intercept = parameters.b?.[0] ?? 0;
    if (this.data && w.length > 1) {
      const means = columnMeans(this.data);
      for (let j = 1; j < w.length; j++) intercept += (w[j] ?? 0) * (means[j] ?? 0);
    }
    return { slope: w[0] ?? 0, intercept };
  }

  /** The normal-equation line, dashed, labelled at its right end (inside the plot). */
  private renderSolution(x: Scale, y: Scale): SVGTemplateResult | typeof nothing {
    if (!this.solution || (this.mode !== 'line' && this.mode !== 'slice')) return nothing;
    const { slope, intercept } = this.line(this.solution);
    const [x0, x1] = x.domain() as [number, number];
    const y0 = slope * x0 + intercept;
    const y1 = slope * x1 + intercept;
    if (!Number.isFinite(y0) || !Number.isFinite(y1)) return nothing;
    const label = this.t('view.param.solution');
    // Label near the right end, above the line when it rises, below when it falls, kept in the plot.
    const [top, bottom] = [Math.min(...y.range()), Math.max(...y.range())];
    const ly = Math.min(bottom - 4, Math.max(top + 12, y(y1) + (slope >= 0 ? 14 : -6)));
    return svg`<line class="solution" x1=${x(x0)} y1=${y(y0)} x2=${x(x1)} y2=${y(y1)}><title>${label}</title></line>
      <text class="solution-label" x=${x(x1) - 4} y=${ly} text-anchor="end">${label}</text>`;
  }

  private renderFit(x: Scale, y: Scale): SVGTemplateResult | typeof nothing {
    const mode = this.mode;
    const [x0, x1] = x.domain() as [number, number];
    if (mode === 'line' || mode === 'slice') {
      const { slope, intercept } = this.line();
      const y0 = slope * x0 + intercept;
      const y1 = slope * x1 + intercept;
      if (!Number.isFinite(y0) || !Number.isFinite(y1)) return nothing;
      return svg`<line class="fit" x1=${x(x0)} y1=${y(y0)} x2=${x(x1)} y2=${y(y1)}></line>`;
    }
    if (mode === 'curve' && this.data) {
      const k = this.classCount();
      const means = columnMeans(this.data);
      const samples = Array.from(
        { length: CURVE_SAMPLES + 1 },
        (_, i) => x0 + ((x1 - x0) * i) / CURVE_SAMPLES,
      );
      const probabilities = samples.map((v) =>
        classProbabilities(this.model, this.parameters, [v, ...means.slice(1)], k),
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

  private renderPoints(x: Scale, y: Scale, editable: boolean): SVGTemplateResult | typeof nothing {
    const dataset = this.data;
    if (!dataset) return nothing;
    const n = dataset.features.length;
    const classified = this.mode === 'regions' || this.mode === 'curve';
    const k = this.classCount();
    const groups = classified ? Array.from({ length: k }, (_, c) => c) : [0];
    const radius = this.radius(n);
    const axis = this.mode === 'curve' ? 'x' : 'xy';
    const step = niceStep(x);
    return svg`${groups.map((group) => {
      const indices: number[] = [];
      for (let i = 0; i < n; i++) if (!classified || dataset.targets[i] === group) indices.push(i);
      // Regression points keep the chart's accent (the default --gd-handle-color).
      const colored = classified ? colorClass(group) : '';
      const marker = classified ? classMarker(group) : 'circle';
      if (!editable) {
        const glyph = marker === 'circle' ? '' : markerPath(marker, radius);
        return svg`<g class="points ${colored}">${indices.map((i) => {
          const p = this.pointOf(i);
          return marker === 'circle'
            ? svg`<circle class="point" cx=${x(p.x)} cy=${y(p.y)} r=${radius}></circle>`
            : svg`<path class="point" d=${glyph} transform="translate(${x(p.x)} ${y(p.y)})"></path>`;
        })}</g>`;
      }
      return svg`<g class="points editable ${colored}" data-group=${group}>${renderDraggablePoints({
        points: indices.map((i) => ({
          ...this.pointOf(i),
          label: this.t('view.data.point', { i: this.num(i + 1) }),
        })),
        x,
        y,
        axis,
        step,
        radius,
        marker,
        locale: this.i18n.locale,
        rovingFocus: true,
        onMove: (local, px, py, phase) => this.onMove(indices[local] ?? -1, px, py, phase),
      })}</g>`;
    })}`;
  }

  /** Point radius for n points. */
  private radius(n: number): number {
    return n > 300 ? 3 : n > 60 ? 4 : 6;
  }

  /** With many points: the active one as the single focusable, draggable handle. */
  private renderActivePoint(x: Scale, y: Scale, editable: boolean): SVGTemplateResult | typeof nothing {
    const dataset = this.data;
    if (!dataset || !editable) return nothing;
    const n = dataset.features.length;
    const index = Math.min(n - 1, Math.max(0, this.activeIndex));
    const classified = this.mode === 'regions' || this.mode === 'curve';
    const group = dataset.targets[index] ?? 0;
    const colored = classified ? colorClass(group) : '';
    const label = this.t('view.data.pointOfMany', { i: this.num(index + 1), n: this.num(n) });
    return svg`<g class="points editable active ${colored}">${renderDraggablePoints({
      points: [{ ...this.pointOf(index), label }],
      x,
      y,
      axis: this.mode === 'curve' ? 'x' : 'xy',
      step: niceStep(x),
      radius: this.radius(n) + 2,
      marker: classified ? classMarker(group) : 'circle',
      locale: this.i18n.locale,
      onMove: (_, px, py, phase) => this.onMove(index, px, py, phase),
      onNavigate: (to) => this.navigate(to),
    })}</g>`;
  }

  /** Moves the active point (many points): next, previous, first or last, and says which it is. */
  private navigate(to: 'next' | 'previous' | 'first' | 'last'): void {
    const n = this.data?.features.length ?? 0;
    if (n === 0) return;
    const i = this.activeIndex;
    this.activeIndex =
      to === 'next' ? (i + 1) % n : to === 'previous' ? (i - 1 + n) % n : to === 'first' ? 0 : n - 1;
    const p = this.pointOf(this.activeIndex);
    this.announce(
      `${this.t('view.data.pointOfMany', { i: this.num(this.activeIndex + 1), n: this.num(n) })}: ${this.num(p.x)}, ${this.num(p.y)}`,
    );
  }

  /** Paints all points on the canvas (many points), only when what they look like changed. */
  private drawManyPoints(): void {
    const canvas = this.pointsCanvas;
    const dataset = this.data;
    if (!canvas || !dataset) return;
    const { width, height } = this.size();
    const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
    const deps = [dataset, width, height, this.mode, this.preview, this.theme, dark];
    const drawn = this.pointsDrawnFor;
    if (drawn && drawn.length === deps.length && drawn.every((d, i) => Object.is(d, deps[i]))) return;
    this.pointsDrawnFor = deps;
    const ctx = sizeCanvas(canvas, width, height);
    const { x, y } = this.scales();
    const style = getComputedStyle(this);
    const k = this.classCount();
    const classified = this.mode === 'regions' || this.mode === 'curve';
    const cssColor = (css: string) => resolveVar(style, css) || '#808080';
    const n = dataset.features.length;
    const radius = this.radius(n);
    ctx.lineWidth = 1;
    ctx.strokeStyle = cssColor('var(--_bg)');
    const groups = classified ? Array.from({ length: k }, (_, c) => c) : [0];
    for (const group of groups) {
      ctx.fillStyle = cssColor(classified ? classColor(group) : 'var(--_accent)');
      const marker = classified ? classMarker(group) : 'circle';
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        if (classified && dataset.targets[i] !== group) continue;
        const p = this.pointOf(i);
        traceMarker(ctx, marker, x(p.x), y(p.y), radius);
      }
      ctx.fill();
      ctx.stroke();
    }
  }

  /** What the points canvas was last painted from. */
  private pointsDrawnFor?: readonly unknown[];

  /** A pointer's position in the chart's SVG user units (CSS pixels of the unscaled chart). */
  private userPoint(event: MouseEvent): { ux: number; uy: number } {
    const box = this.renderRoot.querySelector('svg')?.getBoundingClientRect();
    const { width, height } = this.size();
    if (!box) return { ux: Number.NaN, uy: Number.NaN };
    return {
      ux: ((event.clientX - box.left) * width) / (box.width || width),
      uy: ((event.clientY - box.top) * height) / (box.height || height),
    };
  }

  /** The point under a pointer (many points), within a few pixels, nearest first. */
  private pointAt(event: PointerEvent | MouseEvent): number | undefined {
    const dataset = this.data;
    if (!dataset) return undefined;
    const { ux, uy } = this.userPoint(event);
    const { x, y } = this.scales();
    const reach = this.radius(dataset.features.length) + 4;
    let best: number | undefined;
    let bestDistance = reach * reach;
    for (let i = 0; i < dataset.features.length; i++) {
      const p = this.pointOf(i);
      const d = (x(p.x) - ux) ** 2 + (y(p.y) - uy) ** 2;
      if (d <= bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }

  /** With many points: grab a painted point and drag it (the handle itself drags on its own). */
  private readonly onCanvasPointer = (event: PointerEvent): void => {
    if (!this.manyPoints || this.locked || !this.data) return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.classList.contains('gd-handle')) return;
    const svgElement = event.currentTarget as SVGSVGElement;
    if (event.type === 'pointerdown') {
      if (event.button !== 0) return;
      const index = this.pointAt(event);
      if (index === undefined) return;
      event.preventDefault();
      this.activeIndex = index;
      this.canvasDrag = { index, pointerId: event.pointerId };
      this.swallowClick = true;
      try {
        svgElement.setPointerCapture(event.pointerId);
      } catch {
        // Synthetic events have no live pointer to capture.
      }
      return;
    }
    const drag = this.canvasDrag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const { ux, uy } = this.userPoint(event);
    const { x, y } = this.scales();
    const px = roundTo(x.invert(ux), x);
    const py = roundTo(y.invert(uy), y);
    const curve = this.mode === 'curve';
    const start = this.pointOf(drag.index);
    if (event.type === 'pointermove') {
      this.onMove(drag.index, px, curve ? start.y : py, 'input');
      return;
    }
    this.canvasDrag = undefined;
    this.onMove(drag.index, px, curve ? start.y : py, 'change');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<SVGCircleElement>('g.active circle.gd-handle')?.focus(),
    );
  };

  private renderBatch(x: Scale, y: Scale): SVGTemplateResult | typeof nothing {
    const dataset = this.data;
    if (!dataset) return nothing;
    const n = dataset.features.length;
    // A batch of every row marks nothing in particular: no rings (full-batch training).
    const rows = [...new Set(this.batch)].filter((i) => Number.isInteger(i) && i >= 0 && i < n);
    if (rows.length === 0 || rows.length >= n) return nothing;
    const radius = this.radius(n) + 3;
    return svg`<g class="batch" aria-hidden="true">${rows.map((i) => {
      const p = this.pointOf(i);
      return svg`<circle class="batch-ring" cx=${x(p.x)} cy=${y(p.y)} r=${radius}></circle>`;
    })}</g>`;
  }

  private renderClassPicker(): TemplateResult {
    const k = this.classCount();
    const names = this.data?.classes ?? [];
    return html`<fieldset class="classes" part="classes">
      <legend>${this.t('view.data.newClass')}</legend>
      ${Array.from(
        { length: k },
        (_, c) => html`<label
          ><input
            type="radio"
            name="new-class"
            .value=${String(c)}
            .checked=${this.newClass === c}
            @change=${() => {
              this.newClass = c;
            }}
          /><svg class="swatch" viewBox="-7 -7 14 14" aria-hidden="true"
            ><path class=${colorClass(c)} d=${markerPath(classMarker(c), 5)}></path></svg
          >${names[c] ?? String(c)}</label
        >`,
      )}
    </fieldset>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Only decision regions live on the canvas: other modes clear it once, not every frame.
    if (this.mode === 'regions' || this.regionsShown) this.drawRegions();
    if (this.manyPoints) this.drawManyPoints();
    else this.pointsDrawnFor = undefined;
  }

  /** Whether the canvas holds regions (so leaving the regions mode clears it). */
  private regionsShown = false;

  /** Paints the decision regions (classification with two or more features) on the canvas. */
  private drawRegions(): void {
    const canvas = this.canvas;
    const dataset = this.data;
    if (!canvas) return;
    const { width, height } = this.size();
    const ctx = sizeCanvas(canvas, width, height);
    ctx.clearRect(0, 0, width, height);
    this.regionsShown = this.mode === 'regions' && dataset !== undefined;
    if (!this.regionsShown || !dataset) return;
    const { x, y } = this.scales();
    const xDomain = x.domain() as [number, number];
    const yDomain = y.domain() as [number, number];
    const k = this.classCount();
    const style = getComputedStyle(this);
    const background = resolveRgb(style.getPropertyValue('--_bg').trim() || '#fff');
    const colors = Array.from({ length: k }, (_, c) => {
      return resolveRgb(resolveVar(style, classColor(c)));
    });
    const means = columnMeans(dataset);
    const g = REGION_RESOLUTION;
    const values = new Float32Array(g * g);
    const row = [...means];
    for (let i = 0; i < g; i++) {
      row[1] = yDomain[0] + ((yDomain[1] - yDomain[0]) * i) / (g - 1);
      for (let j = 0; j < g; j++) {
        row[0] = xDomain[0] + ((xDomain[1] - xDomain[0]) * j) / (g - 1);
        const p = classProbabilities(this.model, this.parameters, row, k);
        let best = 0;
        for (let c = 1; c < k; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
        // Encode class and confidence in one number: class + confidence in [0, 1).
        const confidence = ((p[best] ?? 0) - 1 / k) / (1 - 1 / k);
        values[i * g + j] = best + Math.min(0.999, Math.max(0, confidence));
      }
    }
    ctx.save();
    ctx.globalAlpha = 0.5;
    drawHeatmap(ctx, values, g, {
      x,
      y,
      xDomain,
      yDomain,
      smooth: true,
      color: (v) => {
        const c = Math.floor(v);
        const t = 0.15 + 0.6 * (v - c);
        const color = colors[c] ?? background;
        return [0, 1, 2].map((ch) => Math.round(background[ch]! + (color[ch]! - background[ch]!) * t)) as Rgb;
      },
    });
    ctx.restore();
  }

  // --- editing ----------------------------------------------------------------------------------

  private currentData(): DataEditDetail {
    const dataset = this.data!;
    return {
      features: dataset.features.map((row) => [...row]),
      targets: [...dataset.targets],
    };
  }

  private emitEdit(detail: DataEditDetail): void {
    this.dispatchEvent(new CustomEvent<DataEditDetail>('gd-data-edit', { detail, bubbles: true }));
  }

  /** Writes chart coordinates (x, y) into a row and target, by mode. */
  private place(detail: DataEditDetail, index: number, x: number, y: number): void {
    const row = detail.features[index];
    if (!row) return;
    row[0] = x;
    if (this.mode === 'regions') row[1] = y;
    else if (this.mode === 'line' || this.mode === 'slice') detail.targets[index] = y;
  }

  private onMove(index: number, x: number, y: number, phase: MovePhase): void {
    if (index < 0 || this.locked || !this.data) return;
    if (phase === 'input') {
      this.preview = { index, x, y };
      return;
    }
    this.preview = undefined;
    const detail = this.currentData();
    this.place(detail, index, x, y);
    this.emitEdit(detail);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const dataset = this.data;
    if (this.probePicking && dataset) {
      const { ux, uy } = this.userPoint(event);
      const { x, y } = this.scales();
      const detail: ProbePickDetail = {
        x: roundTo(x.invert(ux), x),
        y: roundTo(y.invert(uy), y),
        regions: this.mode === 'regions',
      };
      this.dispatchEvent(new CustomEvent('gd-probe-pick', { detail, bubbles: true }));
      return;
    }
    if (this.locked || !dataset) return;
    // A click that grabbed (or released) a painted point is not a click on empty space.
    if (this.swallowClick) {
      this.swallowClick = false;
      return;
    }
    if (this.manyPoints && this.pointAt(event) !== undefined) return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.classList.contains('gd-handle')) return;
    const { ux, uy } = this.userPoint(event);
    const { x, y, area } = this.scales();
    if (ux < area.left || ux > area.right || uy < area.top || uy > area.bottom) return;
    const px = roundTo(x.invert(ux), x);
    const py = roundTo(y.invert(uy), y);
    const detail = this.currentData();
    const means = columnMeans(dataset);
    const row = means.map((v) => v);
    row[0] = px;
    let target0: number;
    if (this.mode === 'regions') {
      row[1] = py;
      target0 = this.newClass;
    } else if (this.mode === 'curve') {
      target0 = this.newClass;
    } else {
      target0 = py;
    }
    detail.features.push(row);
    detail.targets.push(target0);
    this.emitEdit(detail);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.locked || !this.data) return;
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    const handle = event.composedPath()[0];
    if (!(handle instanceof SVGCircleElement) || !handle.classList.contains('gd-handle')) return;
    if (this.manyPoints) {
      event.preventDefault();
      this.deleteRow(Math.min(this.activeIndex, this.data.features.length - 1));
      return;
    }
    const group = handle.closest('g.points');
    const groupIndex = Number(group?.getAttribute('data-group') ?? 0);
    const local = [...(group?.querySelectorAll('circle.gd-handle') ?? [])].indexOf(handle);
    const classified = this.mode === 'regions' || this.mode === 'curve';
    let seen = -1;
    let index = -1;
    for (let i = 0; i < this.data.features.length; i++) {
      if (classified && this.data.targets[i] !== groupIndex) continue;
      seen++;
      if (seen === local) {
        index = i;
        break;
      }
    }
    if (index < 0) return;
    event.preventDefault();
    this.deleteRow(index);
  };

  private deleteRow(index: number): void {
    if (index < 0) return;
    const detail = this.currentData();
    detail.features.splice(index, 1);
    detail.targets.splice(index, 1);
    this.emitEdit(detail);
  }
}
