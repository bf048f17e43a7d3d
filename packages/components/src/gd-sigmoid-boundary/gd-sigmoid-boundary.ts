import { ready, type StepRecord } from '@gd-playground/core';
import { html, nothing, type PropertyValues, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  type AttributeProblem,
  type Parsed,
  parseInRange,
  parseNumber,
  parseNumberList,
  parseOption,
  parsePositive,
} from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import { panelsLayoutStyles } from '../internal/panels-layout.js';
import {
  colorRamp,
  draggablePointStyles,
  drawHeatmap,
  layeredChartStyles,
  linearScale,
  type Margin,
  paddedDomain,
  plotArea,
  renderAxes,
  renderDraggablePoints,
  type Scale,
  sizeCanvas,
} from '../internal/plot/index.js';
import { TrainingController } from '../internal/training-controller.js';
import {
  buildSessionOptions,
  checkRows,
  parseRows,
  presetData,
  SIGMOID_PRESETS,
  type SigmoidData,
  type SigmoidPreset,
  type SigmoidRow,
} from './data.js';
import './gd-sigmoid-boundary.messages.js';
import { sigmoidBoundaryStyles } from './gd-sigmoid-boundary.styles.js';
import {
  boundarySegment,
  classify,
  confusion,
  type Domain2,
  linearScore,
  logit,
  meanBce,
  niceStep,
  onBoundary,
  type Point2,
  parametersThrough,
  sigmoid,
} from './logistic-math.js';

/** `detail` of `gd-step`: the model after the latest training step. */
export interface SigmoidStepDetail {
  readonly step: number;
  readonly weights: readonly number[];
  readonly bias: number;
  /** Mean BCE over the whole data set after the step. */
  readonly loss: number;
}

/** `detail` of `gd-threshold-change`. */
export interface SigmoidThresholdDetail {
  readonly threshold: number;
}

/** `detail` of `gd-probe`: where the probe is and what the model says there. */
export interface SigmoidProbeDetail {
  readonly x: readonly number[];
  readonly z: number;
  readonly probability: number;
  /** Predicted class at the current threshold. */
  readonly label: 0 | 1;
}

/** `detail` of `gd-converged`. */
export interface SigmoidConvergedDetail {
  readonly step: number;
  readonly loss: number;
}

/** `detail` of `gd-diverged`. */
export interface SigmoidDivergedDetail {
  readonly step: number;
  readonly loss: number;
  readonly reason: string;
}

/** Attributes parsed by the element itself (a typo is reported in the widget, never thrown). */
const PARSED_ATTRIBUTES = [
  'features',
  'weights',
  'bias',
  'threshold',
  'learning-rate',
  'probe',
  'data',
  'preset',
  'seed',
  'steps-per-frame',
] as const;
type ParsedAttribute = (typeof PARSED_ATTRIBUTES)[number];

const MARGIN: Margin = { top: 12, right: 14, bottom: 38, left: 44 };
const HEATMAP_RESOLUTION = 48;
const NARRATION_INTERVAL_MS = 1500;
const ramp = colorRamp('diverging');

interface Params {
  readonly w: readonly number[];
  readonly b: number;
}

/** A probability in (0, 1), exclusive: a threshold of 0 or 1 puts the boundary at infinity. */
function parseOpenUnit(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  return parsed.value > 0 && parsed.value < 1
    ? parsed
    : { ok: false, problem: { code: 'out-of-range', params: { min: 0, max: 1 } } };
}

/** Typed entry: accepts a decimal comma and the Unicode minus sign, as readers in tr/pt/ko type them. */
function parseTyped(text: string): number | undefined {
  let cleaned = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s/g, '');
  if (cleaned.includes(',') && !cleaned.includes('.')) cleaned = cleaned.replace(',', '.');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

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
 * @cssproperty [--gd-color-class-0=#d1495b] - Colour of class 0 (circles).
 * @cssproperty [--gd-color-class-1=#1f77b4] - Colour of class 1 (squares).
 * @cssproperty [--gd-color-series=#e07a00] - Colour of the sigmoid curve.
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

  static override get observedAttributes(): string[] {
    // `super` keeps Lit's getter bound to this class, so its own reactive attributes (hide-*) stay observed.
    // biome-ignore lint/complexity/noThisInStatic: GdElement.observedAttributes would miss this class's properties.
    return [...super.observedAttributes, ...PARSED_ATTRIBUTES];
  }

  /** Number of features, 1 or 2 (attribute `features`, default 2): picks the one- or two-feature view. */
  @property({ attribute: false }) features: 1 | 2 = 2;

  /** The weights w, one per feature (attribute `weights`, e.g. `"2.8,-4.5"`; default 1 each). Training updates it. */
  @property({ attribute: false }) weights?: number[];

  /** The bias b (attribute `bias`, default 0). Training updates it. */
  @property({ attribute: false }) bias = 0;

  /** Decision threshold in (0, 1) (attribute `threshold`, default 0.5): class 1 when σ(z) ≥ threshold. */
  @property({ attribute: false }) threshold = 0.5;

  /** Learning rate α > 0 of gradient descent (attribute `learning-rate`, default 0.5). */
  @property({ attribute: false }) learningRate = 0.5;

  /** The probe point, one coordinate per feature (attribute `probe`, e.g. `"1,1.5"`), or undefined for none. */
  @property({ attribute: false }) probe?: number[];

  /** Data rows `{ x, y }` (attribute `data` as JSON). Overrides a child script and `preset`. */
  @property({ attribute: false }) data?: readonly SigmoidRow[];

  /** Two-class preset of core used when no data is given (attribute `preset`, default `blobs`). */
  @property({ attribute: false }) preset: SigmoidPreset = 'blobs';

  /** Seed of the preset (attribute `seed`, default 1). */
  @property({ attribute: false }) seed = 1;

  /** Training steps per animation frame while playing (attribute `steps-per-frame`, 1–100, default 1). */
  @property({ attribute: false }) stepsPerFrame = 1;

  /** Hide the probability heat map of the two-feature view. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-heatmap' }) hideHeatmap = false;

  /** Hide the training controls (play, step, reset, learning rate). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-training' }) hideTraining = false;

  /** Hide the probe panel (the probe still shows on the chart when set). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-probe' }) hideProbe = false;

  /** Hide the confusion matrix and its rates. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-matrix' }) hideMatrix = false;

  /** The data in use (last good). */
  @state() private rows: SigmoidData = presetData('blobs', 1, 2);
  /** Typed entries the learner left unparseable, by field. */
  @state() private badEntries: ReadonlySet<string> = new Set();

  @query('canvas') private canvas?: HTMLCanvasElement;

  private readonly training = new TrainingController(this, {
    stepsPerFrame: () => this.stepsPerFrame,
    onRecords: (records) => this.onRecords(records),
    onSettled: (kind, detail) => this.onSettled(kind, detail as SigmoidDivergedDetail),
  });

  /** Raw text of each parsed attribute, for messages about values set through properties. */
  private dataText?: string;
  private scriptText?: string;
  /** Last values that passed validation. */
  private good: {
    weights?: number[];
    bias: number;
    threshold: number;
    learningRate: number;
    probe?: number[];
  } = { bias: 0, threshold: 0.5, learningRate: 0.5 };
  /** Parameters the session holds (from its last record, or the restart we asked for). */
  private synced?: Params;
  /** Where "reset" goes back to: the last parameters set by the page or the learner. */
  private start?: Params;
  private knownSession?: unknown;
  private dataDirty = true;
  private restarting = false;
  private lastNarration = 0;
  private anchors?: [Point2, Point2];
  private status: 'running' | 'converged' | 'diverged' = 'running';

  // --- attributes ----------------------------------------------------------------------------

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!(PARSED_ATTRIBUTES as readonly string[]).includes(name)) {
      super.attributeChangedCallback(name, old, value);
      return;
    }
    this.applyAttribute(name as ParsedAttribute, value);
  }

  private applyAttribute(name: ParsedAttribute, raw: string | null): void {
    if (raw === null) {
      this.clearProblem(name);
      this.resetToDefault(name);
      return;
    }
    const take = <T>(parsed: Parsed<T>, set: (value: T) => void) => {
      if (parsed.ok) {
        this.clearProblem(name);
        set(parsed.value);
      } else {
        this.reportProblem(name, raw, parsed.problem);
      }
    };
    switch (name) {
      case 'features':
        take(parseOption(raw, ['1', '2'] as const), (v) => {
          this.features = v === '1' ? 1 : 2;
        });
        break;
      case 'weights':
        take(parseNumberList(raw), (v) => {
          this.weights = v;
        });
        break;
      case 'bias':
        take(parseNumber(raw), (v) => {
          this.bias = v;
        });
        break;
      case 'threshold':
        take(parseOpenUnit(raw), (v) => {
          this.threshold = v;
        });
        break;
      case 'learning-rate':
        take(parsePositive(raw), (v) => {
          this.learningRate = v;
        });
        break;
      case 'probe':
        take(parseNumberList(raw), (v) => {
          this.probe = v;
        });
        break;
      case 'data':
        this.dataText = raw;
        this.dataDirty = true;
        this.requestUpdate();
        break;
      case 'preset':
        take(parseOption(raw, SIGMOID_PRESETS), (v) => {
          this.preset = v;
        });
        break;
      case 'seed':
        take(parseNumber(raw), (v) => {
          this.seed = v;
        });
        break;
      case 'steps-per-frame':
        take(parseInRange(raw, 1, 100), (v) => {
          this.stepsPerFrame = Math.round(v);
        });
        break;
    }
  }

  private resetToDefault(name: ParsedAttribute): void {
    switch (name) {
      case 'features':
        this.features = 2;
        break;
      case 'weights':
        this.weights = undefined;
        break;
      case 'bias':
        this.bias = 0;
        break;
      case 'threshold':
        this.threshold = 0.5;
        break;
      case 'learning-rate':
        this.learningRate = 0.5;
        break;
      case 'probe':
        this.probe = undefined;
        break;
      case 'data':
        this.dataText = undefined;
        this.dataDirty = true;
        this.requestUpdate();
        break;
      case 'preset':
        this.preset = 'blobs';
        break;
      case 'seed':
        this.seed = 1;
        break;
      case 'steps-per-frame':
        this.stepsPerFrame = 1;
        break;
    }
  }

  // --- public methods ------------------------------------------------------------------------

  /** Starts training (animated, `steps-per-frame` steps each frame). */
  play(): void {
    if (this.status === 'diverged') return;
    this.training.play();
  }

  /** Pauses training. */
  pause(): void {
    this.training.pause();
  }

  /** Runs `count` gradient-descent steps now; resolves when their results are shown. */
  async step(count = 1): Promise<void> {
    await this.whenSessionReady();
    await this.training.step(count);
    await this.updateComplete;
  }

  /** Goes back to step 0 with the weights and bias last set by the page or the learner. */
  async reset(): Promise<void> {
    this.training.pause();
    const start = this.start ?? { w: this.currentWeights(), b: this.bias };
    this.weights = [...start.w];
    this.bias = start.b;
    this.synced = undefined;
    this.status = 'running';
    await this.whenSessionReady();
    await this.restartSession({ w: this.currentWeights(), b: this.bias });
    this.announce(this.t('resetDone'));
  }

  /** Resolves once the training session exists and matches the shown parameters. */
  async whenSessionReady(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await this.updateComplete;
      if (this.training.session && !this.restarting && this.inSync()) return;
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
    this.knownSession = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('features') || changed.has('data') || changed.has('preset') || changed.has('seed')) {
      this.dataDirty = true;
    }
    if (this.dataDirty) {
      this.dataDirty = false;
      this.resolveData();
    }
    this.validateParameters(changed);
  }

  private resolveData(): void {
    const features = this.features;
    let parsed: Parsed<SigmoidData> | undefined;
    let raw = '';
    if (this.data !== undefined) {
      parsed = checkRows(this.data, features);
      raw = this.dataText ?? JSON.stringify(this.data).slice(0, 80);
    } else if (this.dataText !== undefined) {
      parsed = parseRows(this.dataText, features);
      raw = this.dataText;
    } else if (this.scriptText !== undefined && this.scriptText.trim() !== '') {
      parsed = parseRows(this.scriptText, features);
      raw = this.scriptText.trim();
    }
    let next: SigmoidData | undefined;
    if (parsed === undefined) {
      this.clearProblem('data');
      next = presetData(this.preset, this.seed, features);
    } else if (parsed.ok) {
      this.clearProblem('data');
      next = parsed.value;
    } else {
      this.reportProblem('data', raw.length > 80 ? `${raw.slice(0, 77)}…` : raw, parsed.problem);
      // Keep the last good data if it fits the view; otherwise fall back to the preset.
      if ((this.rows.features[0]?.length ?? 0) !== features)
        next = presetData(this.preset, this.seed, features);
    }
    if (next && next !== this.rows) {
      this.rows = next;
      this.sessionDirty = true;
    }
  }

  private sessionDirty = true;

  private validateParameters(changed: PropertyValues<this>): void {
    const features = this.features;
    const fromTraining = this.synced !== undefined && this.weights === this.synced.w;
    // Weights: the right count for the features.
    if (this.weights === undefined) {
      this.weights = new Array<number>(features).fill(1);
    } else if (
      !fromTraining &&
      (this.weights !== this.good.weights ||
        (changed.has('features') && changed.get('features') !== undefined))
    ) {
      const problem = this.checkWeights(this.weights, features);
      if (problem) {
        this.reportProblem('weights', this.weights.join(','), problem);
        const last = this.good.weights;
        this.weights = last && last.length === features ? last : new Array<number>(features).fill(1);
      } else {
        this.clearProblem('weights');
      }
    }
    this.good.weights = this.weights;
    if (changed.has('bias') && !fromTraining && this.bias !== this.good.bias) {
      if (Number.isFinite(this.bias)) this.clearProblem('bias');
      else {
        this.reportProblem('bias', String(this.bias), { code: 'not-finite' });
        this.bias = this.good.bias;
      }
    }
    this.good.bias = this.bias;
    if (changed.has('threshold') && this.threshold !== this.good.threshold) {
      if (this.threshold > 0 && this.threshold < 1) this.clearProblem('threshold');
      else {
        this.reportProblem('threshold', String(this.threshold), {
          code: 'out-of-range',
          params: { min: 0, max: 1 },
        });
        this.threshold = this.good.threshold;
      }
    }
    this.good.threshold = this.threshold;
    if (changed.has('learningRate') && this.learningRate !== this.good.learningRate) {
      if (Number.isFinite(this.learningRate) && this.learningRate > 0) this.clearProblem('learning-rate');
      else {
        this.reportProblem('learning-rate', String(this.learningRate), { code: 'not-positive' });
        this.learningRate = this.good.learningRate;
      }
    }
    this.good.learningRate = this.learningRate;
    const probeChanged = this.probe !== this.good.probe;
    if ((probeChanged || changed.has('features')) && this.probe !== undefined) {
      const problem = this.checkWeights(this.probe, features);
      if (problem) {
        this.reportProblem('probe', this.probe.join(','), problem);
        const last = this.good.probe;
        this.probe = last && last.length === features ? last : undefined;
      } else {
        this.clearProblem('probe');
      }
    } else if (probeChanged) {
      this.clearProblem('probe');
    }
    this.good.probe = this.probe;
  }

  private checkWeights(values: readonly number[], features: number): AttributeProblem | undefined {
    if (!Array.isArray(values)) return { code: 'not-a-list' };
    if (values.length !== features) {
      return {
        code: 'length-mismatch',
        params: { actual: values.length, expected: features, other: 'features' },
      };
    }
    if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) return { code: 'not-a-list' };
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawHeatmap();
    const session = this.training.session;
    if (session && session.optimizer.hyperparameters['learningRate'] !== this.learningRate) {
      (session.optimizer.hyperparameters as Record<string, number>)['learningRate'] = this.learningRate;
    }
    if (this.sessionDirty) {
      this.sessionDirty = false;
      void this.configureSession();
      return;
    }
    if (session && session !== this.knownSession) {
      // A new session (first one, or rebuilt after reconnecting): it starts from its options' init.
      this.knownSession = session;
      const init = session.options.model.init as { w: number[]; b?: number[] };
      this.synced = { w: init.w, b: init.b?.[0] ?? 0 };
    }
    if (session && !this.restarting && !this.inSync()) {
      void this.restartSession({ w: this.currentWeights(), b: this.bias });
    }
  }

  private currentWeights(): number[] {
    return this.weights ?? new Array<number>(this.features).fill(1);
  }

  private inSync(): boolean {
    const synced = this.synced;
    if (!synced) return false;
    const w = this.currentWeights();
    return synced.b === this.bias && synced.w.length === w.length && synced.w.every((v, i) => v === w[i]);
  }

  private async configureSession(): Promise<void> {
    const params: Params = { w: [...this.currentWeights()], b: this.bias };
    // Called from updated(): reactive changes wait a microtask, or Lit warns of a change-in-update.
    await Promise.resolve();
    this.training.pause();
    this.status = 'running';
    this.start = params;
    this.synced = undefined;
    this.knownSession = undefined;
    try {
      await ready();
      await this.training.configure(
        buildSessionOptions({
          data: this.rows,
          weights: params.w,
          bias: params.b,
          learningRate: this.learningRate,
        }),
      );
    } catch (error) {
      console.warn(`<${this.localName}>: could not start training: ${(error as Error).message}`);
    }
    this.requestUpdate();
  }

  /** Moves the session to parameters the page or the learner chose (training starts again from there). */
  private async restartSession(params: Params): Promise<void> {
    const session = this.training.session;
    if (!session) return;
    this.restarting = true;
    this.synced = { w: [...params.w], b: params.b };
    // Called from updated(): reactive changes wait a microtask (see configureSession).
    await Promise.resolve();
    this.training.pause();
    this.start = this.synced;
    this.status = 'running';
    try {
      await session.restartFrom({ w: [...params.w], b: [params.b] });
    } catch {
      // Disposed meanwhile (disconnected): the next session starts from the shown parameters.
    } finally {
      this.restarting = false;
      this.requestUpdate();
    }
  }

  private onRecords(records: readonly StepRecord[]): void {
    const last = records[records.length - 1];
    if (!last) return;
    const w = last.parameters['w'] ?? [];
    const b = last.parameters['b']?.[0] ?? 0;
    this.synced = { w, b };
    this.weights = w;
    this.bias = b;
    this.emit<SigmoidStepDetail>('gd-step', { step: last.step, weights: [...w], bias: b, loss: last.loss });
    const now = performance.now();
    if (!this.training.playing || now - this.lastNarration >= NARRATION_INTERVAL_MS) {
      this.lastNarration = now;
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
    this.status = kind;
    if (kind === 'converged') {
      this.training.pause();
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

  // --- formatting ----------------------------------------------------------------------------

  /** A number in the widget's locale with a true minus sign (−3,55), up to `digits` decimals. */
  private fmt(value: number, digits = 4): string {
    return this.num(value, { maximumFractionDigits: digits }).replace(/^-/, '\u2212');
  }

  // --- geometry ------------------------------------------------------------------------------

  private chartSize(): { width: number; height: number } {
    const total = this.width > 0 ? this.width : 560;
    const width = total >= 700 ? total - 19 * 16 - 16 : total;
    const height =
      this.features === 2
        ? Math.round(Math.min(Math.max(width * 0.78, 240), 440))
        : Math.round(Math.min(Math.max(width * 0.6, 220), 360));
    return { width: Math.max(200, Math.floor(width)), height };
  }

  private domain(): Domain2 {
    const xs = this.rows.features.map((row) => row[0] ?? 0);
    const probe = this.probe ?? [];
    if (this.features === 1) {
      return { x: paddedDomain([...xs, ...probe.slice(0, 1)], 0.08), y: [-0.08, 1.08] };
    }
    const ys = this.rows.features.map((row) => row[1] ?? 0);
    return {
      x: paddedDomain([...xs, ...probe.slice(0, 1)], 0.08),
      y: paddedDomain([...ys, ...probe.slice(1, 2)], 0.08),
    };
  }

  private scales(width: number, height: number, domain: Domain2): { x: Scale; y: Scale } {
    const area = plotArea(width, height, MARGIN);
    return {
      x: linearScale(domain.x, [area.left, area.right]),
      y: linearScale(domain.y, [area.bottom, area.top]),
    };
  }

  // --- user actions --------------------------------------------------------------------------

  /** Re-dispatches a native event from the host (the inner control's `change` does not leave the shadow root). */
  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' }));
  }

  private userSetsParameters(weights: number[], bias: number, phase: 'input' | 'change'): void {
    this.training.pause();
    this.weights = weights;
    this.bias = bias;
    this.fire(phase);
  }

  private onWeightInput(index: number, value: number, phase: 'input' | 'change'): void {
    const next = [...this.currentWeights()];
    next[index] = value;
    this.userSetsParameters(next, this.bias, phase);
  }

  private onThreshold(value: number, phase: 'input' | 'change'): void {
    this.threshold = Math.min(0.99, Math.max(0.01, value));
    this.fire(phase);
    this.emit<SigmoidThresholdDetail>('gd-threshold-change', { threshold: this.threshold });
  }

  private onLearningRate(value: number, phase: 'input' | 'change'): void {
    if (!(value > 0)) return;
    this.learningRate = value;
    this.fire(phase);
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

  private onChartClick(event: MouseEvent, x: Scale, y: Scale, domain: Domain2): void {
    if ((event.target as Element).closest('.gd-handle')) return;
    const svgElement = event.currentTarget as SVGSVGElement;
    const box = svgElement.getBoundingClientRect();
    const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
    const round = (v: number) => Math.round(v * 100) / 100;
    const px = clamp(x.invert(event.clientX - box.left), domain.x);
    if (this.features === 1) {
      this.moveProbe([round(px)]);
    } else {
      const py = clamp(y.invert(event.clientY - box.top), domain.y);
      this.moveProbe([round(px), round(py)]);
    }
  }

  /** A typed entry: commits on change (Enter or leaving the field); a non-number is flagged and ignored. */
  private typed(field: string, event: Event, commit: (value: number) => void): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const value = parseTyped(input.value);
    const bad = new Set(this.badEntries);
    if (value === undefined) {
      bad.add(field);
      this.badEntries = bad;
      return;
    }
    bad.delete(field);
    this.badEntries = bad;
    commit(value);
  }

  // --- rendering -----------------------------------------------------------------------------

  override render(): TemplateResult {
    const weights = this.currentWeights();
    const counts = [0, 0];
    for (const label of this.rows.labels) counts[label] = (counts[label] ?? 0) + 1;
    return html`${this.renderProblems()}
      <div class="layout">
        ${this.renderChart(weights, counts)}
        <div class="panels">
          ${this.renderModel(weights)} ${this.hideTraining ? nothing : this.renderTraining(weights)}
          ${this.hideProbe ? nothing : this.renderProbe(weights)}
        </div>
        ${this.hideMatrix ? nothing : this.renderMatrix(weights)}
      </div>
      ${this.renderLiveRegion()}`;
  }

  private renderChart(weights: number[], counts: number[]): TemplateResult {
    const { width, height } = this.chartSize();
    const domain = this.domain();
    const { x, y } = this.scales(width, height, domain);
    const twoD = this.features === 2;
    const summaryId = 'chart-summary';
    const body = twoD ? this.renderPlane(weights, x, y, domain) : this.renderCurve(weights, x, y, domain);
    return html`<figure part="chart">
      <div class="chart">
        ${twoD && !this.hideHeatmap ? html`<canvas aria-hidden="true"></canvas>` : nothing}
        <svg
          width=${width}
          height=${height}
          role="group"
          aria-label=${this.t(twoD ? 'chartLabel2' : 'chartLabel1')}
          aria-describedby=${summaryId}
          @click=${(event: MouseEvent) => this.onChartClick(event, x, y, domain)}
        >
          ${renderAxes({
            x,
            y,
            width,
            height,
            margin: MARGIN,
            xLabel: 'x₁',
            yLabel: twoD ? 'x₂' : this.t('probability'),
            locale: this.i18n.locale,
            xTicks: width < 360 ? 4 : 6,
          })}
          ${body}
        </svg>
      </div>
      <figcaption>
        <ul class="legend">
          <li><span class="swatch swatch-0" aria-hidden="true"></span>${this.t('class0')}</li>
          <li><span class="swatch swatch-1" aria-hidden="true"></span>${this.t('class1')}</li>
        </ul>
        <p id=${summaryId}>${this.summary(weights, counts, domain)}</p>
      </figcaption>
    </figure>`;
  }

  private summary(weights: number[], counts: number[], domain: Domain2): string {
    const n0 = this.num(counts[0] ?? 0);
    const n1 = this.num(counts[1] ?? 0);
    if (weights.every((w) => w === 0)) return this.t('noBoundary', { p: this.fmt(sigmoid(this.bias), 3) });
    const c = logit(this.threshold);
    if (this.features === 1) {
      const boundary = (c - this.bias) / (weights[0] ?? 1);
      const inside = boundary >= domain.x[0] && boundary <= domain.x[1];
      return `${this.t('summary1', { boundary: this.fmt(boundary, 3), n0, n1 })}${inside ? '' : ` ${this.t('offChart')}`}`;
    }
    const terms = weights
      .map(
        (w, i) =>
          `${i === 0 ? this.fmt(w, 3) : w < 0 ? `− ${this.fmt(-w, 3)}` : `+ ${this.fmt(w, 3)}`} x${i === 0 ? '₁' : '₂'}`,
      )
      .join(' ');
    const b = this.bias < 0 ? `− ${this.fmt(-this.bias, 3)}` : `+ ${this.fmt(this.bias, 3)}`;
    const equation = `${terms} ${b} = ${this.fmt(c, 3)}`;
    const inside = boundarySegment(weights, this.bias, this.threshold, domain) !== undefined;
    return `${this.t('summary2', { equation, n0, n1 })}${inside ? '' : ` ${this.t('offChart')}`}`;
  }

  private renderPoint(px: number, py: number, label: 0 | 1): SVGTemplateResult {
    return label === 1
      ? svg`<rect class="point-1" x=${px - 4.5} y=${py - 4.5} width="9" height="9"></rect>`
      : svg`<circle class="point-0" cx=${px} cy=${py} r="5"></circle>`;
  }

  private renderPlane(weights: number[], x: Scale, y: Scale, domain: Domain2): SVGTemplateResult {
    const { features, labels } = this.rows;
    const segment = boundarySegment(weights, this.bias, this.threshold, domain);
    let anchors = this.anchors;
    const valid =
      anchors?.every(
        (p) =>
          onBoundary(p, weights, this.bias, this.threshold) &&
          p.x >= domain.x[0] &&
          p.x <= domain.x[1] &&
          p.y >= domain.y[0] &&
          p.y <= domain.y[1],
      ) ?? false;
    if (!valid && segment) {
      const [a, b] = segment;
      const at = (t: number): Point2 => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
      anchors = [at(0.25), at(0.75)];
    }
    if (!segment) anchors = undefined;
    this.anchors = anchors;
    const step = niceStep(Math.max(domain.x[1] - domain.x[0], domain.y[1] - domain.y[0]));
    const probe = this.probe;
    return svg`
      <g class="points">${features.map((row, i) => this.renderPoint(x(row[0] ?? 0), y(row[1] ?? 0), labels[i] ?? 0))}</g>
      ${segment ? svg`<line class="boundary" x1=${x(segment[0].x)} y1=${y(segment[0].y)} x2=${x(segment[1].x)} y2=${y(segment[1].y)}></line>` : nothing}
      ${probe ? svg`<path class="probe-mark" d="M ${x(probe[0] ?? 0)} ${y(probe[1] ?? 0) - 8} l 8 8 l -8 8 l -8 -8 z"></path>` : nothing}
      ${
        anchors
          ? renderDraggablePoints({
              points: anchors.map((p, i) => ({
                x: p.x,
                y: p.y,
                label: this.t('handle', { n: this.num(i + 1) }),
              })),
              x,
              y,
              axis: 'xy',
              step,
              locale: this.i18n.locale,
              onMove: (index, px, py, phase) => this.onHandleMove(index, px, py, phase),
            })
          : nothing
      }`;
  }

  private onHandleMove(index: number, px: number, py: number, phase: 'input' | 'change'): void {
    const anchors = this.anchors;
    if (!anchors) return;
    const moved: [Point2, Point2] = [anchors[0], anchors[1]];
    moved[index === 0 ? 0 : 1] = { x: px, y: py };
    const next = parametersThrough(moved[0], moved[1], this.currentWeights(), this.threshold);
    if (!next) return;
    this.anchors = moved;
    this.userSetsParameters(next.weights, next.bias, phase);
  }

  private renderCurve(weights: number[], x: Scale, y: Scale, domain: Domain2): SVGTemplateResult {
    const w = weights[0] ?? 0;
    const { features, labels } = this.rows;
    const samples = 160;
    let d = '';
    for (let i = 0; i <= samples; i++) {
      const xv = domain.x[0] + ((domain.x[1] - domain.x[0]) * i) / samples;
      d += `${i === 0 ? 'M' : 'L'} ${x(xv).toFixed(2)} ${y(sigmoid(w * xv + this.bias)).toFixed(2)} `;
    }
    const boundary = w === 0 ? Number.NaN : (logit(this.threshold) - this.bias) / w;
    const inside = boundary >= domain.x[0] && boundary <= domain.x[1];
    const probe = this.probe;
    const probeP = probe ? sigmoid(w * (probe[0] ?? 0) + this.bias) : 0;
    const xs = x.range() as [number, number];
    const ys = y.range() as [number, number];
    return svg`
      <line class="threshold-line" x1=${xs[0]} x2=${xs[1]} y1=${y(this.threshold)} y2=${y(this.threshold)}></line>
      ${inside ? svg`<line class="boundary" x1=${x(boundary)} x2=${x(boundary)} y1=${ys[0]} y2=${ys[1]}></line>` : nothing}
      <path class="curve" d=${d}></path>
      <g class="points">${features.map((row, i) => this.renderPoint(x(row[0] ?? 0), y(labels[i] ?? 0), labels[i] ?? 0))}</g>
      ${
        probe
          ? svg`<line class="probe-guide" x1=${x(probe[0] ?? 0)} x2=${x(probe[0] ?? 0)} y1=${ys[0]} y2=${y(probeP)}></line>
            <path class="probe-mark" d="M ${x(probe[0] ?? 0)} ${y(probeP) - 7} l 7 7 l -7 7 l -7 -7 z"></path>`
          : nothing
      }
      ${
        inside
          ? renderDraggablePoints({
              points: [{ x: boundary, y: this.threshold, label: this.t('handle1d') }],
              x,
              y,
              axis: 'x',
              step: niceStep(domain.x[1] - domain.x[0]),
              locale: this.i18n.locale,
              valueText: (p) => `x = ${this.fmt(p.x, 3)}`,
              onMove: (_index, px, _py, phase) =>
                this.userSetsParameters([w], logit(this.threshold) - w * px, phase),
            })
          : nothing
      }`;
  }

  private drawHeatmap(): void {
    const canvas = this.canvas;
    if (!canvas || this.features !== 2) return;
    const { width, height } = this.chartSize();
    const domain = this.domain();
    const { x, y } = this.scales(width, height, domain);
    const ctx = sizeCanvas(canvas, width, height);
    const g = HEATMAP_RESOLUTION;
    const values = new Float32Array(g * g);
    const weights = this.currentWeights();
    const w1 = weights[0] ?? 0;
    const w2 = weights[1] ?? 0;
    for (let i = 0; i < g; i++) {
      const yv = domain.y[0] + ((domain.y[1] - domain.y[0]) * i) / (g - 1);
      for (let j = 0; j < g; j++) {
        const xv = domain.x[0] + ((domain.x[1] - domain.x[0]) * j) / (g - 1);
        values[i * g + j] = sigmoid(w1 * xv + w2 * yv + this.bias);
      }
    }
    const opacity = Number.parseFloat(
      getComputedStyle(this).getPropertyValue('--gd-sigmoid-heatmap-opacity'),
    );
    ctx.globalAlpha = Number.isFinite(opacity) ? opacity : 0.4;
    drawHeatmap(ctx, values, g, {
      x,
      y,
      xDomain: domain.x,
      yDomain: domain.y,
      smooth: true,
      color: (p) => ramp.rgb(1 - p),
    });
  }

  private renderSlider(options: {
    id: string;
    label: string;
    value: number;
    min: number;
    max: number;
    step: number;
    digits?: number;
    onValue: (value: number, phase: 'input' | 'change') => void;
    /** What the typed entry shows, when the slider works in other units (default: `value`). */
    shown?: number;
    /** Typed number → slider units (default: the same); undefined refuses it. */
    fromTyped?: (typed: number) => number | undefined;
  }): TemplateResult {
    const { id, label, value, min, max, step, onValue } = options;
    const shown = options.shown ?? value;
    const bad = this.badEntries.has(id);
    return html`<div class="field">
      <label for=${`${id}-range`}>${label}</label>
      <input
        id=${`${id}-range`}
        type="range"
        min=${min}
        max=${max}
        step=${step}
        .value=${String(Math.min(max, Math.max(min, value)))}
        aria-valuetext=${this.fmt(shown, options.digits ?? 3)}
        @input=${(event: Event) => {
          event.stopPropagation();
          onValue(Number((event.target as HTMLInputElement).value), 'input');
        }}
        @change=${(event: Event) => {
          event.stopPropagation();
          onValue(Number((event.target as HTMLInputElement).value), 'change');
        }}
      />
      <input
        id=${`${id}-text`}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        aria-label=${this.t('exact', { name: label })}
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${bad ? `${id}-error` : nothing}
        .value=${this.fmt(shown, options.digits ?? 3)}
        @input=${(event: Event) => event.stopPropagation()}
        @change=${(event: Event) =>
          this.typed(id, event, (typed) => {
            const v = options.fromTyped ? options.fromTyped(typed) : typed;
            if (v !== undefined) onValue(v, 'change');
          })}
      />
      ${bad ? html`<p class="entry-error" id=${`${id}-error`}>${this.t('badEntry')}</p>` : nothing}
    </div>`;
  }

  private renderModel(weights: number[]): TemplateResult {
    return html`<fieldset part="model">
      <legend>${this.t('model')}</legend>
      ${weights.map((w, i) =>
        this.renderSlider({
          id: `w${i + 1}`,
          label: this.t('weight', { i: i === 0 ? '₁' : '₂' }),
          value: w,
          min: -10,
          max: 10,
          step: 0.1,
          onValue: (v, phase) => this.onWeightInput(i, v, phase),
        }),
      )}
      ${this.renderSlider({
        id: 'bias',
        label: this.t('bias'),
        value: this.bias,
        min: -10,
        max: 10,
        step: 0.1,
        onValue: (v, phase) => this.userSetsParameters([...this.currentWeights()], v, phase),
      })}
      ${this.renderSlider({
        id: 'threshold',
        label: this.t('threshold'),
        value: this.threshold,
        min: 0.01,
        max: 0.99,
        step: 0.01,
        onValue: (v, phase) => this.onThreshold(v, phase),
      })}
    </fieldset>`;
  }

  private renderTraining(weights: number[]): TemplateResult {
    const session = this.training.session;
    const step = session?.history.at(-1)?.step ?? 0;
    const playing = this.training.playing;
    const loss = meanBce(weights, this.bias, this.rows.features, this.rows.labels);
    const logRate = Math.log10(this.learningRate);
    return html`<fieldset part="training">
      <legend>${this.t('training')}</legend>
      ${this.renderSlider({
        id: 'lr',
        label: this.t('learningRate'),
        value: logRate,
        min: -3,
        max: 1,
        step: 0.1,
        shown: this.learningRate,
        digits: 4,
        // The slider moves log10 α (0.001 … 10); the typed entry takes α itself, any value > 0.
        fromTyped: (typed) => (typed > 0 ? Math.log10(typed) : undefined),
        onValue: (v, phase) => this.onLearningRate(Number((10 ** v).toPrecision(3)), phase),
      })}
      <div class="buttons">
        <button
          type="button"
          data-action="play"
          aria-pressed=${playing ? 'true' : 'false'}
          ?disabled=${!session || this.status === 'diverged'}
          @click=${() => (playing ? this.pause() : this.play())}
        >
          ${playing ? this.t('pause') : this.t('play')}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="step"
          ?disabled=${!session || this.status === 'diverged'}
          @click=${() => void this.step(1)}
        >
          ${this.t('step')}
        </button>
        <button type="button" class="secondary" data-action="reset" ?disabled=${!session} @click=${() => void this.reset()}>
          ${this.t('reset')}
        </button>
      </div>
      <p class="status">
        <span data-value="step">${this.t('stepCount', { step: this.num(step) })}</span>
        <span>${this.t('bce')}: <output data-value="loss">${this.fmt(loss, 4)}</output></span>
      </p>
    </fieldset>`;
  }

  private renderProbe(weights: number[]): TemplateResult {
    const probe = this.probe;
    const features = this.features;
    const z = probe ? linearScore(weights, this.bias, probe) : Number.NaN;
    const p = sigmoid(z);
    const label = classify(p, this.threshold);
    const coordinates = Array.from({ length: features }, (_, i) => probe?.[i]);
    return html`<fieldset part="probe">
      <legend>${this.t('probe')}</legend>
      <div class="probe-inputs">
        ${coordinates.map((value, i) => {
          const id = `probe${i + 1}`;
          const bad = this.badEntries.has(id);
          return html`<label
            >${this.t('probeCoordinate', { i: i === 0 ? '₁' : '₂' })}
            <input
              type="text"
              inputmode="decimal"
              autocomplete="off"
              data-field=${id}
              aria-invalid=${bad ? 'true' : 'false'}
              .value=${value === undefined ? '' : this.fmt(value, 3)}
              @input=${(event: Event) => event.stopPropagation()}
              @change=${(event: Event) =>
                this.typed(id, event, (v) => {
                  const next = Array.from({ length: features }, (_, k) => this.probe?.[k] ?? 0);
                  next[i] = v;
                  this.moveProbe(next);
                })}
          /></label>`;
        })}
      </div>
      ${
        probe
          ? html`<dl>
            <dt>z = w·x + b</dt>
            <dd data-value="z">${this.fmt(z, 4)}</dd>
            <dt>σ(z)</dt>
            <dd data-value="probability">${this.fmt(p, 4)}</dd>
            <dt>${this.t('predicted')}</dt>
            <dd data-value="class">
              ${this.t('classN', { k: this.num(label) })}
              <small class="comparison"
                >${this.t(label === 1 ? 'aboveThreshold' : 'belowThreshold', { p: this.fmt(p, 4), t: this.fmt(this.threshold, 2) })}</small
              >
            </dd>
          </dl>`
          : nothing
      }
      <p class="hint">${this.t('probeHint')}</p>
    </fieldset>`;
  }

  private renderMatrix(weights: number[]): TemplateResult {
    const m = confusion(weights, this.bias, this.threshold, this.rows.features, this.rows.labels);
    const pct = (v: number) =>
      Number.isNaN(v) ? '—' : this.num(v, { style: 'percent', maximumFractionDigits: 1 });
    return html`<div part="matrix">
      <div class="scroll">
        <table>
          <caption>${this.t('matrixCaption', { t: this.fmt(this.threshold, 2) })}</caption>
          <thead>
            <tr>
              <td></td>
              <th scope="col">${this.t('predicted1')}</th>
              <th scope="col">${this.t('predicted0')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">${this.t('actual1')}</th>
              <td data-cell="tp">${this.num(m.tp)}<small>${this.t('tp')}</small></td>
              <td data-cell="fn">${this.num(m.fn)}<small>${this.t('fn')}</small></td>
            </tr>
            <tr>
              <th scope="row">${this.t('actual0')}</th>
              <td data-cell="fp">${this.num(m.fp)}<small>${this.t('fp')}</small></td>
              <td data-cell="tn">${this.num(m.tn)}<small>${this.t('tn')}</small></td>
            </tr>
          </tbody>
        </table>
      </div>
      <dl class="metrics">
        <dt>${this.t('accuracy')}</dt>
        <dd data-value="accuracy">${pct(m.accuracy)}</dd>
        <dt>${this.t('precision')}</dt>
        <dd data-value="precision">${pct(m.precision)}</dd>
        <dt>${this.t('recall')}</dt>
        <dd data-value="recall">${pct(m.recall)}</dd>
      </dl>
      ${Number.isNaN(m.precision) ? html`<p class="note" data-note="precision">${this.t('precisionUndefined')}</p>` : nothing}
      ${Number.isNaN(m.recall) ? html`<p class="note" data-note="recall">${this.t('recallUndefined')}</p>` : nothing}
    </div>`;
  }
}
