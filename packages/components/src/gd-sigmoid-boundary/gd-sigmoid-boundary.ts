// At ~500 lines only by its class JSDoc (~60 lines, the source of the manifest and Storybook
// controls); data, math, views and panels already live in their own files.
import type { StepRecord } from '@gd-playground/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { GdElement } from '../internal/gd-element.js';
import { panelsLayoutStyles } from '../internal/panels-layout.js';
import { draggablePointStyles, layeredChartStyles, type MovePhase } from '../internal/plot/index.js';
import type { AttributeSpec } from '../internal/schema.js';
import { renderSigmoidChart } from './chart-view.js';
import { presetData, resolveData, type SigmoidData, type SigmoidPreset, type SigmoidRow } from './data.js';
import type {
  SigmoidConvergedDetail,
  SigmoidDivergedDetail,
  SigmoidProbeDetail,
  SigmoidStepDetail,
  SigmoidThresholdDetail,
} from './events.js';
import './gd-sigmoid-boundary.messages.js';
import { sigmoidBoundaryStyles } from './gd-sigmoid-boundary.styles.js';
import {
  classify,
  confusion,
  linearScore,
  logit,
  meanBce,
  type Point2,
  parametersThrough,
  sigmoid,
} from './logistic-math.js';
import { renderMatrixPanel } from './matrix-panel.js';
import { renderModelPanel } from './model-panel.js';
import { drawPlaneHeatmap, type ModelView } from './plane-view.js';
import { renderProbePanel } from './probe-panel.js';
import { DEFAULTS, fitFeatures, sigmoidSchema, specOf } from './settings.js';
import { TypedEntries } from './slider-field.js';
import { renderTrainingPanel } from './training-panel.js';
import { type Params, TrainingRun } from './training-run.js';
import type { ViewText } from './view-context.js';

export type * from './events.js';

/**
 * Logistic regression in one picture (lessons A.8 and A.9): the learner sets the weights, the bias and
 * the decision threshold, or drags the decision boundary, probes any point for z, σ(z) and its
 * class, reads the confusion matrix, and trains the model with gradient descent on binary
 * cross-entropy.
 *
 * With `features="2"` (the default) the chart shows the points of two classes over a heat map of
 * σ(w·x + b) and the boundary line w·x + b = logit(threshold), with two handles on it. With
 * `features="1"` it shows points at y = 0 and y = 1, the sigmoid curve σ(wx + b), the threshold as a
 * horizontal line and the boundary as a vertical line with a handle.
 *
 * A point is predicted as class 1 when σ(z) ≥ threshold. Training is full-batch gradient descent on
 * the mean BCE: w ← w − (α/n) Σ (σ(z) − y) x, b ← b − (α/n) Σ (σ(z) − y); the core session it runs
 * is built by the exported `buildSessionOptions`.
 *
 * Data, first found wins: the `data` attribute or property, a child
 * `<script type="application/json">` with the same JSON, then `preset` (two-class presets of core,
 * 40 rows, `seed`). The JSON is a list of rows: `[{"x": [1, 2], "y": 1}, …]`, `x` with one number per
 * feature (a bare number is fine with one feature), `y` 0 or 1.
 *
 * @summary Logistic regression: drag the decision boundary, move the threshold, probe a point, train.
 *
 * @attr {string} features - `1` or `2` (default `2`): the number of features, and so the view.
 * @attr {string} weights - Weights, comma-separated, one per feature (default `1` each).
 * @attr {string} bias - The bias b (default `0`).
 * @attr {string} threshold - Decision threshold, strictly between 0 and 1 (default `0.5`).
 * @attr {string} learning-rate - Learning rate α > 0 (default `0.5`).
 * @attr {string} probe - Probe point, comma-separated, one number per feature, e.g. `1,1.5`.
 * @attr {string} data - JSON rows `[{"x":[1,2],"y":1}, …]`.
 * @attr {string} preset - `blobs` (default), `xor`, `circles` or `moons` when no data is given.
 * @attr {string} seed - Seed of the preset (default `1`).
 * @attr {string} steps-per-frame - Training steps per animation frame while playing, 1 to 100 (default `1`).
 *
 * @fires input - The learner is changing a weight, the bias, the threshold or the probe (slider,
 *   typed entry, dragging the boundary). Never fired for programmatic changes.
 * @fires change - The learner committed such a change.
 * @fires {CustomEvent<SigmoidStepDetail>} gd-step - After each frame of training steps: `{ step, weights, bias, loss }`.
 * @fires {CustomEvent<SigmoidThresholdDetail>} gd-threshold-change - The learner moved the threshold: `{ threshold }`.
 * @fires {CustomEvent<SigmoidProbeDetail>} gd-probe - The learner moved the probe: `{ x, z, probability, label }`.
 * @fires {CustomEvent<SigmoidConvergedDetail>} gd-converged - Training stopped changing the loss: `{ step, loss }`.
 * @fires {CustomEvent<SigmoidDivergedDetail>} gd-diverged - Training blew up (training pauses): `{ step, loss, reason }`.
 *
 * @csspart chart - The figure: chart, legend and text summary.
 * @csspart model - The weights, bias and threshold controls.
 * @csspart training - Play, step, reset, learning rate, step count and loss.
 * @csspart probe - The probe's coordinates, z, σ(z) and class.
 * @csspart matrix - The confusion matrix with accuracy, precision and recall.
 * @csspart problems - Messages about attribute values the widget could not use.
 * @csspart live - The visually hidden live region that narrates training.
 *
 * @cssproperty [--gd-color-class-0=#d55e00] - Colour of class 0 (circles). Dark theme: #e69f00.
 * @cssproperty [--gd-color-class-1=#0072b2] - Colour of class 1 (squares). Dark theme: #56b4e9.
 * @cssproperty [--gd-color-series=#882255] - Colour of the sigmoid curve. Dark theme: #f0e442.
 * @cssproperty [--gd-color-accent=#0a66c2] - Buttons, sliders and boundary handles.
 * @cssproperty [--gd-color-background=#ffffff] - Background.
 * @cssproperty [--gd-color-text=#1b1f24] - Text, the boundary and threshold lines.
 * @cssproperty [--gd-sigmoid-heatmap-opacity=0.4] - Opacity of the probability heat map.
 */
export class GdSigmoidBoundary extends GdElement {
  static override styles = [
    ...GdElement.styles,
    draggablePointStyles,
    layeredChartStyles,
    panelsLayoutStyles,
    sigmoidBoundaryStyles,
  ];
  static override messagesNamespace = 'gd-sigmoid-boundary';
  static override schema = sigmoidSchema;

  /** Number of features, 1 or 2 (attribute `features`, default 2): picks the one- or two-feature view. */
  @property({ attribute: false }) features: 1 | 2 = DEFAULTS.features;

  /**
   * The weights w, one per feature (attribute `weights`, e.g. `"2.8,-4.5"`). Undefined until set: the
   * widget then uses 1 for each feature. Training updates it.
   */
  @property({ attribute: false }) weights?: number[];

  /** The bias b (attribute `bias`, default 0). Training updates it. */
  @property({ attribute: false }) bias: number = DEFAULTS.bias;

  /** Decision threshold in (0, 1) (attribute `threshold`, default 0.5): class 1 when σ(z) ≥ threshold. */
  @property({ attribute: false }) threshold: number = DEFAULTS.threshold;

  /** Learning rate α > 0 of gradient descent (attribute `learning-rate`, default 0.5). */
  @property({ attribute: false }) learningRate: number = DEFAULTS.learningRate;

  /** The probe point, one coordinate per feature (attribute `probe`, e.g. `"1,1.5"`), or undefined for none. */
  @property({ attribute: false }) probe?: number[];

  /** Data rows `{ x, y }` (attribute `data` as JSON). Overrides a child script and `preset`. */
  @property({ attribute: false }) data?: readonly SigmoidRow[];

  /** Two-class preset of core used when no data is given (attribute `preset`, default `blobs`). */
  @property({ attribute: false }) preset: SigmoidPreset = DEFAULTS.preset;

  /** Seed of the preset (attribute `seed`, default 1). */
  @property({ attribute: false }) seed: number = DEFAULTS.seed;

  /** Training steps per animation frame while playing (attribute `steps-per-frame`, 1–100, default 1). */
  @property({ attribute: false }) stepsPerFrame: number = DEFAULTS.stepsPerFrame;

  /** Hide the probability heat map of the two-feature view. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-heatmap' }) hideHeatmap = false;

  /** Hide the training controls (play, step, reset, learning rate). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-training' }) hideTraining = false;

  /** Hide the probe panel (the probe still shows on the chart when set). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-probe' }) hideProbe = false;

  /** Hide the confusion matrix and its rates. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-matrix' }) hideMatrix = false;

  /** The data in use (last good). */
  @state() private rows: SigmoidData = presetData(DEFAULTS.preset, DEFAULTS.seed, DEFAULTS.features);
  /** Typed entries (exact values, probe coordinates), with those the learner left unparseable. */
  private readonly entries = new TypedEntries(this);

  @query('canvas') private canvas?: HTMLCanvasElement;

  private readonly run = new TrainingRun(this, {
    stepsPerFrame: () => this.stepsPerFrame,
    onRecords: (records) => this.onRecords(records),
    onSettled: (kind, detail) => this.onSettled(kind, detail as SigmoidDivergedDetail),
  });

  /** Rows last taken from the `data` attribute (so a message can quote the attribute's text). */
  private attributeData?: readonly SigmoidRow[];
  private scriptText?: string;
  /** The last weights and probe with one number per feature, for when a new value does not fit. */
  private readonly fitting: { weights?: number[]; probe?: number[] } = {};
  private dataDirty = true;
  private sessionDirty = true;
  private anchors?: [Point2, Point2];

  // --- public methods ------------------------------------------------------------------------

  /** Starts training (animated, `steps-per-frame` steps each frame). */
  play(): void {
    if (this.run.status === 'diverged') return;
    this.run.controller.play();
  }

  /** Pauses training. */
  pause(): void {
    this.run.controller.pause();
  }

  /** Runs `count` gradient-descent steps now; resolves when their results are shown. */
  async step(count = 1): Promise<void> {
    await this.whenSessionReady();
    await this.run.controller.step(count);
    await this.updateComplete;
  }

  /** Goes back to step 0 with the weights and bias last set by the page or the learner. */
  async reset(): Promise<void> {
    this.run.controller.pause();
    const start = this.run.resetPoint ?? this.shownParams();
    this.weights = [...start.w];
    this.bias = start.b;
    this.run.forget();
    await this.whenSessionReady();
    await this.run.restart(this.shownParams());
    this.announce(this.t('resetDone'));
  }

  /** Resolves once the training session exists and matches the shown parameters. */
  async whenSessionReady(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await this.updateComplete;
      if (this.run.matches(this.shownParams())) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  // --- lifecycle -----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.dataDirty = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.run.disconnected();
  }

  protected override setSchemaValue(spec: AttributeSpec<unknown>, value: unknown): void {
    if (spec.property === 'data') this.attributeData = value as readonly SigmoidRow[] | undefined;
    super.setSchemaValue(spec, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.resetRequested(changed)) this.dataDirty = true;
    if (this.dataDirty) {
      this.dataDirty = false;
      this.resolveData();
    }
    this.fitToFeatures(changed);
  }

  /** The data in use, first found wins: `data`, a child script, the preset. Bad data keeps the last good. */
  private resolveData(): void {
    const { rows, refused } = resolveData(
      {
        data: this.data,
        dataText:
          this.data === undefined || this.data === this.attributeData
            ? (this.getAttribute('data') ?? '')
            : JSON.stringify(this.data).slice(0, 80),
        script: this.scriptText,
        preset: this.preset,
        seed: this.seed,
        features: this.features,
      },
      this.rows,
    );
    if (refused) this.reportProblem('data', refused.value, refused.problem);
    else this.clearProblem('data');
    if (rows && rows !== this.rows) {
      this.rows = rows;
      this.sessionDirty = true;
    }
  }

  /**
   * The rule across attributes: one weight and one probe coordinate per feature. A value that does
   * not fit is reported and the last one that did comes back (weights: else 1 for each feature).
   */
  private fitToFeatures(changed: PropertyValues<this>): void {
    const featuresChanged = changed.has('features') && changed.get('features') !== undefined;
    for (const name of ['weights', 'probe'] as const) {
      const value = this[name];
      if (value !== undefined && !featuresChanged && (!changed.has(name) || value === this.fitting[name]))
        continue;
      const fit = fitFeatures(value, this.fitting[name], this.features, name === 'weights' ? 1 : undefined);
      this.fitting[name] = fit.value;
      if (fit.problem) {
        this.reportProblem(name, value?.join(',') ?? '', fit.problem);
        this.setSchemaValue(specOf(name), fit.value);
      } else if (this.problems.get(name)?.code === 'length-mismatch') this.clearProblem(name);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.canvas && this.features === 2)
      drawPlaneHeatmap(this.canvas, this, this.width, this.rows, this.model, this.probe);
    if (this.sessionDirty) {
      this.sessionDirty = false;
      void this.run.configure(this.rows, this.shownParams(), this.learningRate);
      return;
    }
    this.run.sync(this.shownParams(), this.learningRate);
  }

  private currentWeights(): number[] {
    return this.weights ?? new Array<number>(this.features).fill(1);
  }

  private shownParams(): Params {
    return { w: this.currentWeights(), b: this.bias };
  }

  private onRecords(records: readonly StepRecord[]): void {
    const last = records[records.length - 1];
    if (!last) return;
    const w = last.parameters['w'] ?? [];
    const b = last.parameters['b']?.[0] ?? 0;
    this.run.recorded({ w, b });
    // Trained values are taken as they come (a diverging run is reported by gd-diverged, not refused).
    this.setSchemaValue(specOf('weights'), w);
    this.setSchemaValue(specOf('bias'), b);
    this.emit<SigmoidStepDetail>('gd-step', { step: last.step, weights: [...w], bias: b, loss: last.loss });
    if (this.run.narrationDue()) {
      const matrix = confusion(w, b, this.threshold, this.rows.features, this.rows.labels);
      this.announce(
        this.t('narrate', {
          step: this.num(last.step),
          loss: this.fmt(last.loss, 2),
          accuracy: this.num(matrix.accuracy, { style: 'percent', maximumFractionDigits: 0 }),
        }),
      );
    }
  }

  private onSettled(kind: 'converged' | 'diverged', detail: SigmoidDivergedDetail): void {
    this.run.status = kind;
    if (kind === 'converged') {
      this.run.controller.pause();
      this.emit<SigmoidConvergedDetail>('gd-converged', { step: detail.step, loss: detail.loss });
      this.announce(this.t('converged', { step: this.num(detail.step), loss: this.fmt(detail.loss, 4) }));
    } else {
      this.emit<SigmoidDivergedDetail>('gd-diverged', {
        step: detail.step,
        loss: detail.loss,
        reason: detail.reason,
      });
      this.announce(this.t('diverged', { step: this.num(detail.step) }));
    }
    this.requestUpdate();
  }

  // --- user actions --------------------------------------------------------------------------

  /** Re-dispatches a native event from the host (the inner control's `change` does not leave the shadow root). */
  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' }));
  }

  private userSetsParameters(weights: number[], bias: number, phase: MovePhase): void {
    this.run.controller.pause();
    this.weights = weights;
    this.bias = bias;
    this.fire(phase);
  }

  private onWeightInput(index: number, value: number, phase: MovePhase): void {
    const next = [...this.currentWeights()];
    next[index] = value;
    this.userSetsParameters(next, this.bias, phase);
  }

  private onThreshold(value: number, phase: MovePhase): void {
    this.threshold = Math.min(0.99, Math.max(0.01, value));
    this.fire(phase);
    this.emit<SigmoidThresholdDetail>('gd-threshold-change', { threshold: this.threshold });
  }

  private onLearningRate(value: number, phase: MovePhase): void {
    if (!(value > 0)) return;
    this.learningRate = value;
    this.fire(phase);
  }

  private onHandleMove(index: number, px: number, py: number, phase: MovePhase): void {
    const anchors = this.anchors;
    if (!anchors) return;
    const moved: [Point2, Point2] = [anchors[0], anchors[1]];
    moved[index === 0 ? 0 : 1] = { x: px, y: py };
    const next = parametersThrough(moved[0], moved[1], this.currentWeights(), this.threshold);
    if (!next) return;
    this.anchors = moved;
    this.userSetsParameters(next.weights, next.bias, phase);
  }

  private moveProbe(x: number[]): void {
    this.probe = x;
    const z = linearScore(this.currentWeights(), this.bias, x);
    const probability = sigmoid(z);
    this.fire('input');
    this.fire('change');
    this.emit<SigmoidProbeDetail>('gd-probe', {
      x: [...x],
      z,
      probability,
      label: classify(probability, this.threshold),
    });
  }

  // --- rendering -----------------------------------------------------------------------------

  /** A number in the widget's locale with a true minus sign (−3,55), up to `digits` decimals. */
  private fmt(value: number, digits = 4): string {
    return this.num(value, { maximumFractionDigits: digits }).replace(/^-/, '\u2212');
  }

  private get text(): ViewText {
    return {
      t: (key, params) => this.t(key, params),
      num: (value, options) => this.num(value, options),
      fmt: (value, digits) => this.fmt(value, digits),
      locale: this.i18n.locale,
    };
  }

  private get model(): ModelView {
    return { weights: this.currentWeights(), bias: this.bias, threshold: this.threshold };
  }

  override render(): TemplateResult {
    const text = this.text;
    const model = this.model;
    const session = this.run.controller.session;
    return html`${this.renderProblems()}
      <div class="layout">
        ${this.renderChart(text, model)}
        <div class="panels">
          ${renderModelPanel(text, {
            model,
            entries: this.entries,
            onWeight: (i, v, phase) => this.onWeightInput(i, v, phase),
            onBias: (v, phase) => this.userSetsParameters([...this.currentWeights()], v, phase),
            onThreshold: (v, phase) => this.onThreshold(v, phase),
          })}
          ${
            this.hideTraining
              ? nothing
              : renderTrainingPanel(text, {
                  learningRate: this.learningRate,
                  step: session?.history.at(-1)?.step ?? 0,
                  loss: meanBce(model.weights, model.bias, this.rows.features, this.rows.labels),
                  playing: this.run.controller.playing,
                  ready: session !== undefined,
                  diverged: this.run.status === 'diverged',
                  entries: this.entries,
                  onLearningRate: (v, phase) => this.onLearningRate(v, phase),
                  onPlay: () => this.play(),
                  onPause: () => this.pause(),
                  onStep: () => void this.step(1),
                  onReset: () => void this.reset(),
                })
          }
          ${
            this.hideProbe
              ? nothing
              : renderProbePanel(text, {
                  model,
                  features: this.features,
                  probe: this.probe,
                  entries: this.entries,
                  onCoordinate: (i, v) => {
                    const next = Array.from({ length: this.features }, (_, k) => this.probe?.[k] ?? 0);
                    next[i] = v;
                    this.moveProbe(next);
                  },
                })
          }
        </div>
        ${this.hideMatrix ? nothing : renderMatrixPanel(text, this.rows, model)}
      </div>
      ${this.renderLiveRegion()}`;
  }

  private renderChart(text: ViewText, model: ModelView): TemplateResult {
    const { template, anchors } = renderSigmoidChart(text, {
      rows: this.rows,
      model,
      features: this.features,
      probe: this.probe,
      hostWidth: this.width,
      heatmap: !this.hideHeatmap,
      anchors: this.anchors,
      onHandleMove: (index, px, py, phase) => this.onHandleMove(index, px, py, phase),
      onBoundaryMove: (px, phase) => {
        const w = model.weights[0] ?? 0;
        this.userSetsParameters([w], logit(this.threshold) - w * px, phase);
      },
      onProbe: (x) => this.moveProbe(x),
    });
    this.anchors = anchors;
    return template;
  }
}
