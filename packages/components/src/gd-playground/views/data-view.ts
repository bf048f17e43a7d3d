// One element, its parts beside it by concept: data-view-layout.ts (chart kind, size, domains),
// data-view-fit.ts (fitted line, normal equation, probability curves), data-view-regions.ts
// (decision regions), data-view-points.ts (points, handles, batch rings), canvas-point-drag.ts,
// data-view-edits.ts (the edited data), class-picker.ts, class-marks.ts. This file keeps the
// element's properties and state, puts the parts together and handles its events.
import type { Dataset, ParameterValues } from '@gd-playground/core';
import { html, nothing, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { GdElement } from '../../internal/gd-element.js';
import {
  draggablePointStyles,
  linearScale,
  type MovePhase,
  type PlotArea,
  plotArea,
  renderAxes,
  type Scale,
  sizeCanvas,
} from '../../internal/plot/index.js';
import '../gd-playground.messages.js';
import { afterNextPaint } from '../../internal/after-paint.js';
import { columnTitles } from '../column-titles.js';
import { type ProbeMark, type ProbePickDetail, probeMarkStyles, renderProbeMark } from '../probe-panel.js';
import type { PlaygroundModel } from '../state.js';
import { CanvasPointDrag } from './canvas-point-drag.js';
import { renderClassPicker } from './class-picker.js';
import { dataViewStyles } from './data-view.styles.js';
import {
  copyData,
  type DataEditDetail,
  placePoint,
  rowOfHandle,
  withAddedPoint,
  withoutRow,
} from './data-view-edits.js';
import { type FitLayout, fittedLine, renderFit, renderSolution } from './data-view-fit.js';
import {
  axisLabels,
  chartSize,
  chartUnits,
  type DataViewMode,
  dataDomains,
  dataViewMode,
  isClassified,
  MANY_POINTS,
  MARGIN,
} from './data-view-layout.js';
import {
  type Navigation,
  nearestPoint,
  PaintedFrom,
  type PointsLayout,
  paintManyPoints,
  renderActivePoint,
  renderBatch,
  renderPoints,
  steppedIndex,
} from './data-view-points.js';
import { RegionsCanvas } from './data-view-regions.js';
import { roundTo } from './data-view-scales.js';
import { FALLBACK_WIDTH, viewStyles } from './view-styles.js';

export type { DataEditDetail } from './data-view-edits.js';
export { type DataViewMode, MANY_POINTS } from './data-view-layout.js';

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
    return dataViewMode(this.data, this.model);
  }

  private size(): { width: number; height: number } {
    return chartSize(this.width || FALLBACK_WIDTH);
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
  private domainsMemo?: { data?: Dataset; mode: DataViewMode; classes: number } & ReturnType<
    typeof dataDomains
  >;

  /** The data's padded domains, scanned over every row only when the data or the mode changed. */
  private domains(): { x: [number, number]; y: [number, number] } {
    const dataset = this.data;
    const mode = this.mode;
    const classes = this.classCount();
    const memo = this.domainsMemo;
    if (memo && memo.data === dataset && memo.mode === mode && memo.classes === classes) return memo;
    this.domainsMemo = { data: dataset, mode, classes, ...dataDomains(dataset, mode, classes) };
    return this.domainsMemo;
  }

  /** What the drawings of data-view-fit.ts and data-view-points.ts need (points only with data). */
  private layout(x: Scale, y: Scale): FitLayout & PointsLayout {
    const { mode, model, parameters } = this;
    const dataset = this.data!;
    return {
      mode,
      model,
      parameters,
      dataset,
      classes: this.classCount(),
      x,
      y,
      pointOf: (i) => this.pointOf(i),
    };
  }

  override render(): TemplateResult {
    const dataset = this.data;
    const { width, height } = this.size();
    const { x, y, area } = this.scales();
    const mode = this.mode;
    const editable = !this.locked && dataset !== undefined;
    const names = dataset?.featureNames ?? [];
    const { xLabel, yLabel } = axisLabels(dataset && columnTitles(dataset, (key) => this.t(key)), mode);
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
            @pointerdown=${this.canvasDrag.onPointer}
            @pointermove=${this.canvasDrag.onPointer}
            @pointerup=${this.canvasDrag.onPointer}
            @pointercancel=${this.canvasDrag.onPointer}
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
            <g clip-path="url(#data-clip)">${renderSolution(this.layout(x, y), this.solution, this.t('view.param.solution'))}${renderFit(this.layout(x, y))}${renderProbeMark(this.probe, mode === 'regions', x, y)}</g>
            ${this.data ? renderBatch(this.layout(x, y), this.batch) : nothing}
          </svg>
        </div>
        <figcaption class="summary">${this.summary}</figcaption>
        ${note ? html`<p class="note">${note}</p>` : nothing}
        ${editable ? html`<p class="note">${this.t('view.data.editHint')}</p>` : nothing}
        ${
          editable && isClassified(mode)
            ? renderClassPicker({
                classes: this.classCount(),
                names: dataset?.classes ?? [],
                selected: this.newClass,
                legend: this.t('view.data.newClass'),
                onPick: (c) => {
                  this.newClass = c;
                },
              })
            : nothing
        }
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
    return fittedLine(parameters, this.data);
  }

  private renderPoints(x: Scale, y: Scale, editable: boolean): SVGTemplateResult | typeof nothing {
    if (!this.data) return nothing;
    return renderPoints(this.layout(x, y), {
      editable,
      locale: this.i18n.locale,
      label: (i) => this.t('view.data.point', { i: this.num(i + 1) }),
      onMove: (index, px, py, phase) => this.onMove(index, px, py, phase),
    });
  }

  /** With many points: the active one as the single focusable, draggable handle. */
  private renderActivePoint(x: Scale, y: Scale, editable: boolean): SVGTemplateResult | typeof nothing {
    if (!this.data || !editable) return nothing;
    return renderActivePoint(this.layout(x, y), {
      active: this.activeIndex,
      label: (i, n) => this.t('view.data.pointOfMany', { i: this.num(i + 1), n: this.num(n) }),
      locale: this.i18n.locale,
      onMove: (i, px, py, phase) => this.onMove(i, px, py, phase),
      onNavigate: (to) => this.navigate(to),
    });
  }

  /** Moves the active point (many points): next, previous, first or last, and says which it is. */
  private navigate(to: Navigation): void {
    const n = this.data?.features.length ?? 0;
    if (n === 0) return;
    this.activeIndex = steppedIndex(this.activeIndex, n, to);
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
    if (!this.pointsPainted.changed(deps)) return;
    const ctx = sizeCanvas(canvas, width, height);
    const { x, y } = this.scales();
    paintManyPoints(ctx, this.layout(x, y), getComputedStyle(this));
  }

  private readonly pointsPainted = new PaintedFrom();

  /** A pointer's position in the chart's SVG user units, and the data values there (rounded to the pixel). */
  private pointerAt(event: MouseEvent): { ux: number; uy: number; px: number; py: number } {
    const { width, height } = this.size();
    const { ux, uy } = chartUnits(event, this.renderRoot.querySelector('svg'), width, height);
    const { x, y } = this.scales();
    return { ux, uy, px: roundTo(x.invert(ux), x), py: roundTo(y.invert(uy), y) };
  }

  /** The point under a pointer (many points), within a few pixels, nearest first. */
  private pointAt(event: PointerEvent | MouseEvent): number | undefined {
    if (!this.data) return undefined;
    const { ux, uy } = this.pointerAt(event);
    const { x, y } = this.scales();
    return nearestPoint(this.layout(x, y), ux, uy);
  }

  /** With many points: a painted point grabbed and dragged by the pointer. */
  private readonly canvasDrag = new CanvasPointDrag({
    canGrab: () => this.manyPoints && !this.locked && this.data !== undefined,
    pointAt: (event) => this.pointAt(event),
    dropAt: (event, index) => {
      const { px, py } = this.pointerAt(event);
      // On the curve chart y is the class: a drag moves the point along x only.
      return { x: px, y: this.mode === 'curve' ? this.pointOf(index).y : py };
    },
    grab: (index) => {
      this.activeIndex = index;
    },
    move: (index, x, y, phase) => this.onMove(index, x, y, phase),
    dropped: () =>
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<SVGCircleElement>('g.active circle.gd-handle')?.focus(),
      ),
  });

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dataset = this.data;
    // Only decision regions live on the canvas: other modes clear it once, not every frame.
    if (this.canvas && this.regions.due(this.mode)) {
      const paint = () => {
        if (!this.canvas) return;
        const { width, height } = this.size();
        const regions = () => {
          const { x, y } = this.scales();
          return { ...this.layout(x, y), dataset: this.data!, style: getComputedStyle(this) };
        };
        this.regions.draw(
          this.canvas,
          width,
          height,
          this.mode === 'regions' && this.data ? regions : undefined,
        );
      };
      // The first paint reads the computed style (a whole-page style and layout pass on load) and
      // fills the grid: done in a later task, so the page's first render stays short. Later
      // updates (a training step) repaint in place.
      if (this.regionsPaintedOnce) paint();
      else if (!this.firstRegionsPaint && dataset)
        this.firstRegionsPaint = this.deferFirstRegionsPaint(paint);
    }
    if (this.manyPoints) this.drawManyPoints();
    else this.pointsPainted.forget();
  }

  private readonly regions = new RegionsCanvas();
  private regionsPaintedOnce = false;
  private firstRegionsPaint?: Promise<void>;

  /**
   * Resolves once the canvas shows what the last update asked for: the first regions paint runs
   * in a task after the first render (see `updated`), later ones within the update.
   */
  get regionsPainted(): Promise<void> {
    return this.updateComplete.then(() => this.firstRegionsPaint ?? undefined);
  }

  private deferFirstRegionsPaint(paint: () => void): Promise<void> {
    return afterNextPaint().then(() => {
      this.regionsPaintedOnce = true;
      paint();
    });
  }

  // --- editing ----------------------------------------------------------------------------------

  private emitEdit(detail: DataEditDetail): void {
    this.dispatchEvent(new CustomEvent<DataEditDetail>('gd-data-edit', { detail, bubbles: true }));
  }

  private onMove(index: number, x: number, y: number, phase: MovePhase): void {
    if (index < 0 || this.locked || !this.data) return;
    if (phase === 'input') {
      this.preview = { index, x, y };
      return;
    }
    this.preview = undefined;
    const detail = copyData(this.data);
    placePoint(detail, index, x, y, this.mode);
    this.emitEdit(detail);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const dataset = this.data;
    if (this.probePicking && dataset) {
      const { px, py } = this.pointerAt(event);
      const detail: ProbePickDetail = { x: px, y: py, regions: this.mode === 'regions' };
      this.dispatchEvent(new CustomEvent('gd-probe-pick', { detail, bubbles: true }));
      return;
    }
    if (this.locked || !dataset) return;
    // A click that grabbed (or released) a painted point is not a click on empty space.
    if (this.canvasDrag.takeClick()) return;
    if (this.manyPoints && this.pointAt(event) !== undefined) return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.classList.contains('gd-handle')) return;
    const { ux, uy, px, py } = this.pointerAt(event);
    const { area } = this.scales();
    if (ux < area.left || ux > area.right || uy < area.top || uy > area.bottom) return;
    this.emitEdit(withAddedPoint(dataset, this.mode, px, py, this.newClass));
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
    const index = rowOfHandle(this.data, isClassified(this.mode), handle);
    if (index < 0) return;
    event.preventDefault();
    this.deleteRow(index);
  };

  private deleteRow(index: number): void {
    if (index < 0 || !this.data) return;
    this.emitEdit(withoutRow(this.data, index));
  }
}
