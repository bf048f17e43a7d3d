// The element's wiring: attributes, lifecycle, public methods, the training results it announces.
// Its pieces live beside it: the template (layout-view.ts), views and panels, data text, state
// string (training-text.ts for the weights), canvas painting and sizes (canvas-painter.ts), the
// learner's edits and sharing (learner-edits.ts), core's refusals (core-problem.ts) and the
// training run (network-run.ts). About 540 lines because the class JSDoc (the manifest's source:
// 39 attributes, events, parts) is a large share of them; the rest is wiring only.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Parsed } from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import { draggablePointStyles, layeredChartStyles } from '../internal/plot/index.js';
import { type AttributeSpec, attr } from '../internal/schema.js';
import { checkRows, type NetworkRow } from './data-text.js';
import type { NetworkSettledDetail, NetworkStepDetail } from './events.js';
import './gd-network.messages.js';
import { CanvasPainter } from './canvas-painter.js';
import { networkStyles } from './gd-network.styles.js';
import { type LayoutUi, renderLayout } from './layout-view.js';
import { inferenceMath, sharing } from './lazy-parts.js';
import { LearnerEdits } from './learner-edits.js';
import { NetworkRun, type RunConfig } from './network-run.js';
import {
  type Activation,
  DEFAULTS,
  type FeatureName,
  type InitKind,
  type NetworkPreset,
  type NetworkSettings,
  networkSchema,
  type OptimizerName,
  type OutputKind,
  SETTING_ATTRIBUTES,
  specOf,
} from './settings.js';
import { decodeState, encodeState, type StateSettings } from './state.js';
import type { SavedTraining } from './training-text.js';
import type { ViewText } from './view-text.js';

export type * from './events.js';

/** Options objects reused on every call, so the number formatter cache hits at once. */
const FOUR_SIGNIFICANT: Intl.NumberFormatOptions = {
  minimumSignificantDigits: 4,
  maximumSignificantDigits: 4,
};
const WHOLE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

const stateSpec = attr<StateSettings | undefined>({
  attribute: 'state',
  property: 'state',
  parse: (text): Parsed<StateSettings> => decodeState(text),
  default: undefined,
});

/**
 * A neural-network playground that shows its numbers (lessons B.1, B.5, B.6, C.2), after
 * TensorFlow Playground: 2-D data sets with 2 to 5 classes or a 1-D regression curve, the learner's
 * own points, a network of 0 to 6 hidden layers of 1 to 8 neurons, every core optimizer, and views
 * of everything it computes: decision regions (class colour, confidence as lightness), a small
 * heat map per neuron, weights as edges (thickness = magnitude, colour = sign), train and test loss
 * curves, the test confusion matrix, and the forward pass of any point written out in MathML.
 *
 * Training runs in core (`packages/core/src/network`): a fused kernel runs `speed` mini-batch
 * steps per frame, one grid call evaluates every neuron for the heat maps, and the forward pass
 * shown is core's float64 trace. The whole state is one string (`state`, and the URL fragment
 * `#gd-network=…` with `sync-url`): the attributes as `name=value&…`, and the trained weights.
 *
 * @summary A neural-network playground: data, network graph with neuron heat maps, training, confusion matrix, forward pass.
 *
 * @attr {string} preset - `circles` (default), `xor`, `moons`, `spiral`, `blobs` or `regression` (1-D curve).
 * @attr {string} classes - Number of classes, 2 to 5 (default `2`; spiral and blobs use it).
 * @attr {string} noise - Noise of the preset, 0 to 1 (default `0.1`).
 * @attr {string} size - Number of points, 10 to 1000 (default `200`).
 * @attr {string} seed - Seed of the data, the split and the initial weights (default `1`).
 * @attr {string} train-ratio - Share of points used for training, 0.1 to 0.9 (default `0.5`); the rest are test points, drawn hollow.
 * @attr {boolean} standardize - Standardise the inputs (mean 0, standard deviation 1 on the training set).
 * @attr {string} features - Extra inputs beside x₁, x₂: any of `x1^2`, `x2^2`, `x1x2`, `sin(x1)`, `sin(x2)` (or `x1sq`, `sinx1` …), comma-separated (default none).
 * @attr {string} layers - Hidden layer sizes, e.g. `4,2` (default); `none` for no hidden layer. 0 to 6 layers of 1 to 8 neurons.
 * @attr {string} activation - `relu`, `tanh` (default), `sigmoid` or `linear`; one for all hidden layers or one per layer (`relu,tanh`; the last repeats).
 * @attr {string} output - `auto` (default: softmax + cross-entropy for classes, linear + MSE for regression), `softmax`, `sigmoid` (two classes, BCE) or `linear`.
 * @attr {string} init - Initial weights: `zeros`, `random` (uniform ±0.5), `xavier` (default) or `he`; seeded.
 * @attr {string} l2 - L2 penalty λ on the weights, 0 to 1 (default `0`).
 * @attr {string} optimizer - `sgd` (default), `momentum`, `nesterov`, `adagrad`, `rmsprop` or `adam`.
 * @attr {string} learning-rate - Learning rate > 0 (default `0.03`).
 * @attr {string} momentum - Momentum β of `momentum`, `nesterov` and `rmsprop`, 0 to <1 (default `0.9`).
 * @attr {string} beta1 - Adam's β₁ (default `0.9`).
 * @attr {string} beta2 - Adam's β₂ (default `0.999`).
 * @attr {string} epsilon - ε of Adagrad, RMSprop and Adam (default `1e-7`).
 * @attr {string} decay - RMSprop's decay ρ (default `0.9`).
 * @attr {string} batch-size - Points per mini-batch: `1` (online), a number, or `full` (default `10`).
 * @attr {string} speed - Mini-batch steps per animation frame while playing, 1 to 500 (default `5`).
 * @attr {string} target-accuracy - Stop playing once the test accuracy reaches this (`0.95` or `95%`).
 * @attr {string} converge-tolerance - Stop playing once the training loss has settled: it moved by less than this fraction of its value over the last 10 epochs (`0.01` or `1%`).
 * @attr {string} data - The learner's points: CSV lines `x1,x2,class` (or `x,y` for regression) or JSON `[{"x":[1,2],"y":0}, …]`. Replaces the preset.
 * @attr {string} probe - The point whose forward pass is written out, e.g. `0.5,-1`.
 * @attr {string} state - Every setting in one string, `preset=xor&layers=4&activation=tanh` (the URL fragment's form); after training also `weights=…`, the trained network (`stateString` writes it).
 * @attr {boolean} sync-url - Read the state from, and write it to, the URL fragment `#gd-network=…` (`#gd-network-<id>=…` with an id).
 * @attr {boolean} hide-data - Hide the data settings (the plot stays).
 * @attr {boolean} hide-network - Hide the network graph.
 * @attr {boolean} hide-training - Hide the training settings (optimizer, rates, batch size).
 * @attr {boolean} hide-controls - Hide play, step, epoch, step back, reset and speed.
 * @attr {boolean} hide-curves - Hide the loss curves.
 * @attr {boolean} hide-matrix - Hide the confusion matrix.
 * @attr {boolean} hide-inference - Hide the forward-pass panel.
 * @attr {boolean} hide-share - Hide copy link, copy embed and PNG.
 * @attr {boolean} lock-data - The learner cannot change the data (settings, points).
 * @attr {boolean} lock-network - The learner cannot change the network's shape, activations or init.
 * @attr {boolean} lock-training - The learner cannot change the optimizer, rates or batch size.
 *
 * @fires {CustomEvent<NetworkStepDetail>} gd-step - After each frame of training, step, epoch, step back or reset: `{ step, epoch, trainLoss, testLoss, accuracy }`.
 * @fires {CustomEvent<NetworkProbeDetail>} gd-probe - The learner ran a point through the network: `{ point, probabilities, predicted }`.
 * @fires {CustomEvent<NetworkSettledDetail>} gd-settled - Playing stopped by itself: target accuracy reached, the loss settled (`converge-tolerance`), or the loss diverged.
 * @fires {CustomEvent<NetworkBackpropDetail>} gd-backprop-request - The learner asked for the probe's backward pass (a page may show it in `<gd-backprop>`).
 * @fires change - The learner changed a setting (the `state` property has the new state string's settings).
 *
 * @csspart plot - The data plane with the decision regions.
 * @csspart data - Data settings, class picker and CSV paste.
 * @csspart network - The network graph with neuron heat maps and weights.
 * @csspart training - Optimizer, rates and batch size.
 * @csspart run-controls - Play, step, epoch, step back, reset, speed and the status line.
 * @csspart curves - Training and test loss curves.
 * @csspart matrix - The test confusion matrix with accuracy.
 * @csspart inference - The forward pass of the probe in MathML.
 * @csspart share - Copy link, copy embed, PNG.
 * @csspart problems - Messages about attribute values the widget could not use.
 * @csspart live - The visually hidden live region.
 *
 * @cssproperty [--gd-color-class-0=#d55e00] - Class 0 (circles); classes 1–4 use `--gd-color-class-1` … `-4`.
 * @cssproperty [--gd-color-accent=#0a66c2] - Buttons and focus.
 * @cssproperty [--gd-color-background=#ffffff] - Background.
 * @cssproperty [--gd-color-text=#1b1f24] - Text.
 */
export class GdNetwork extends GdElement {
  static override styles = [...GdElement.styles, draggablePointStyles, layeredChartStyles, networkStyles];
  static override messagesNamespace = 'gd-network';
  static override schema = [...networkSchema, stateSpec];

  /** Data set when no `data` is given (attribute `preset`). */
  @property({ attribute: false }) preset: NetworkPreset = DEFAULTS.preset;
  /** Number of classes, 2–5 (attribute `classes`). */
  @property({ attribute: false }) classes: number = DEFAULTS.classes;
  /** Noise of the preset (attribute `noise`). */
  @property({ attribute: false }) noise: number | undefined = DEFAULTS.noise;
  /** Number of points (attribute `size`). */
  @property({ attribute: false }) size: number = DEFAULTS.size;
  /** Seed of data, split and initial weights (attribute `seed`). */
  @property({ attribute: false }) seed: number = DEFAULTS.seed;
  /** Share of training points (attribute `train-ratio`). */
  @property({ attribute: false }) trainRatio: number = DEFAULTS.trainRatio;
  /** Extra input features (attribute `features`). */
  @property({ attribute: false }) features: FeatureName[] = [...DEFAULTS.features];
  /** Hidden layer sizes (attribute `layers`). */
  @property({ attribute: false }) layers: number[] = [...DEFAULTS.layers];
  /** Hidden activations, one or one per layer (attribute `activation`). */
  @property({ attribute: false }) activation: Activation[] = [...DEFAULTS.activation];
  /** Output function (attribute `output`). */
  @property({ attribute: false }) output: OutputKind = DEFAULTS.output;
  /** Weight initialisation (attribute `init`). */
  @property({ attribute: false }) init: InitKind = DEFAULTS.init;
  /** L2 penalty λ (attribute `l2`). */
  @property({ attribute: false }) l2: number = DEFAULTS.l2;
  /** Optimizer (attribute `optimizer`). */
  @property({ attribute: false }) optimizer: OptimizerName = DEFAULTS.optimizer;
  /** Learning rate (attribute `learning-rate`). */
  @property({ attribute: false }) learningRate: number = DEFAULTS.learningRate;
  /** Momentum β (attribute `momentum`). */
  @property({ attribute: false }) momentum: number = DEFAULTS.momentum;
  /** Adam's β₁ (attribute `beta1`). */
  @property({ attribute: false }) beta1: number = DEFAULTS.beta1;
  /** Adam's β₂ (attribute `beta2`). */
  @property({ attribute: false }) beta2: number = DEFAULTS.beta2;
  /** ε (attribute `epsilon`). */
  @property({ attribute: false }) epsilon: number = DEFAULTS.epsilon;
  /** RMSprop's ρ (attribute `decay`). */
  @property({ attribute: false }) decay: number = DEFAULTS.decay;
  /** Mini-batch size; 0 = full batch (attribute `batch-size`). */
  @property({ attribute: false }) batchSize: number = DEFAULTS.batchSize;
  /** Steps per frame while playing (attribute `speed`). */
  @property({ attribute: false }) speed: number = DEFAULTS.speed;
  /** Stop at this test accuracy (attribute `target-accuracy`). */
  @property({ attribute: false }) targetAccuracy: number | undefined = undefined;
  /** Stop once the training loss settles (attribute `converge-tolerance`). */
  @property({ attribute: false }) convergeTolerance: number | undefined = undefined;
  /** The learner's points (attribute `data`); replaces the preset. */
  @property({ attribute: false }) data: NetworkRow[] | undefined = undefined;
  /** The point whose forward pass is shown (attribute `probe`). */
  @property({ attribute: false }) probe: number[] | undefined = undefined;
  /** The settings named by the `state` attribute (applied over the others when it changes). */
  @property({ attribute: false }) state: StateSettings | undefined = undefined;

  @property({ type: Boolean, reflect: true }) standardize = false;
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-data' }) hideData = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-network' }) hideNetwork = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-training' }) hideTraining = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-controls' }) hideControls = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-curves' }) hideCurves = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-matrix' }) hideMatrix = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-inference' }) hideInference = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-share' }) hideShare = false;
  @property({ type: Boolean, reflect: true, attribute: 'lock-data' }) lockData = false;
  @property({ type: Boolean, reflect: true, attribute: 'lock-network' }) lockNetwork = false;
  @property({ type: Boolean, reflect: true, attribute: 'lock-training' }) lockTraining = false;

  /** Class given to points the learner adds. */
  @state() private addClass = 0;
  /** A click on the plot adds a point (true) or probes the network (false). */
  @state() private clickAdds = false;
  /** Focused neuron and weight of the graph's roving focus. */
  @state() private focusNeuron = 0;
  @state() private focusWeight = 0;

  @query('canvas.regions') private regionsCanvas?: HTMLCanvasElement;
  @query('canvas.neurons') private neuronsCanvas?: HTMLCanvasElement;

  private readonly run = new NetworkRun(this, {
    onFrame: () => this.afterTraining(),
    onSettled: (detail) => this.settled(detail),
    onProblem: (attribute, problem) => {
      if (problem) this.reportProblem(attribute, this.getAttribute(attribute) ?? '', problem);
      else this.clearProblem(attribute);
    },
  });
  /** What the graph writes under itself: the hovered or focused neuron or weight. */
  @state() private readout = '';
  private configDirty = true;
  /** A state string's trained network, loaded once the network for its settings exists. */
  private pendingWeights?: SavedTraining;
  private urlRead = false;
  private readonly painter = new CanvasPainter();
  private readonly edits = new LearnerEdits({
    element: this,
    run: this.run,
    addClass: () => this.addClass,
    probe: () => this.probe,
    setProbe: (point) => (this.probe = point),
    set: (name, value) => this.userSets(name, value),
    emit: (type, detail) => this.emit(type, detail),
    dataProblem: (value, problem) =>
      problem ? this.reportProblem('data', value, problem) : this.clearProblem('data'),
    say: (key) => this.announce(this.t(key)),
    stateString: () => this.stateString,
    canvases: () => [this.regionsCanvas, this.neuronsCanvas],
    preset: () => this.preset,
  });

  // --- public methods ------------------------------------------------------------------------

  /** Starts training, `speed` mini-batch steps per frame (until paused or the target accuracy). */
  play(): void {
    this.run.play();
  }

  /** Pauses training. */
  pause(): void {
    this.run.pause();
  }

  /** Runs `count` mini-batch steps now; resolves when their results are shown. */
  async step(count = 1): Promise<void> {
    await this.whenReady();
    await this.run.steps(count);
    await this.updateComplete;
  }

  /** Runs one epoch (a pass over the training set) now. */
  async epoch(): Promise<void> {
    await this.whenReady();
    await this.run.epoch();
    await this.updateComplete;
  }

  /** Goes back to the previous kept step. */
  async stepBack(): Promise<void> {
    await this.run.stepBack();
    this.afterTraining();
    await this.updateComplete;
  }

  /** Back to step 0 with freshly seeded weights. */
  async reset(): Promise<void> {
    this.run.pause();
    await this.run.reset();
    this.afterTraining();
    this.announce(this.t('resetDone'));
    await this.updateComplete;
  }

  /**
   * Sets every weight and bias, in core's flat layout: for each layer its weights [in][out]
   * row-major, then its biases (e.g. no hidden layer, 2 inputs, 3 classes: W₁₁ W₁₂ W₁₃ W₂₁ W₂₂ W₂₃
   * b₁ b₂ b₃). A vector of the wrong length is refused with one console warning.
   */
  setParameters(values: readonly number[]): void {
    if (this.run.setParameters(values)) this.afterTraining();
  }

  /** Resolves once the network for the current settings exists. */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    await this.run.ready;
  }

  /**
   * The current settings as a state string (`preset=xor&layers=4…`), with the trained network
   * (`weights=…`) once a step has been taken: setting it as `state` elsewhere shows the same network.
   */
  get stateString(): string {
    return this.stateText(true);
  }

  private stateText(withWeights: boolean): string {
    const settings = encodeState(this.settings(), this.standardize);
    const weights = withWeights ? this.run.savedTraining() : undefined;
    if (!weights) return settings;
    return settings ? `${settings}&weights=${weights}` : `weights=${weights}`;
  }

  // --- lifecycle -----------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.urlRead = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.configDirty = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.syncUrl && !this.urlRead && sharing.loaded) {
      this.urlRead = true;
      this.readUrl();
    }
    if (changed.has('state') && this.state) this.applySettings(this.state);
    if (this.resetRequested(changed) || changed.has('standardize')) this.configDirty = true;
    if (this.data && !this.problems.has('data')) {
      const problem = checkRows(this.data);
      if (problem) {
        this.reportProblem('data', JSON.stringify(this.data).slice(0, 60), problem);
        this.setSchemaValue(specOf('data'), undefined);
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const weights = this.pendingWeights;
    this.pendingWeights = undefined;
    if (this.configDirty || weights) {
      this.configDirty = false;
      void this.run.configure(this.runConfig(), weights);
    } else this.run.setHyperparameters(this.runConfig());
    this.painter.draw({
      host: this,
      run: this.run,
      width: this.width,
      theme: this.theme ?? '',
      hideNetwork: this.hideNetwork,
      regions: this.regionsCanvas,
      neurons: this.neuronsCanvas,
    });
    if (this.syncUrl) this.writeUrl();
  }

  private settings(): NetworkSettings {
    const self = this as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { property: name } of SETTING_ATTRIBUTES) out[name] = self[name];
    return out as unknown as NetworkSettings;
  }

  private applySettings(settings: StateSettings): void {
    for (const [name, value] of Object.entries(settings)) {
      if (name === 'weights') this.pendingWeights = value as SavedTraining;
      else if (name === 'standardize') this.standardize = Boolean(value);
      else this.setSchemaValue(specOf(name) as AttributeSpec<unknown>, value);
    }
  }

  private runConfig(): RunConfig {
    return { ...this.settings(), standardize: this.standardize };
  }

  /**
   * Parts a render needs that come in chunks of their own: the URL codec with `sync-url`, the
   * forward pass's MathML once a point is probed. The update waits for them (no placeholder, no jump).
   */
  protected override partsPending(): Promise<unknown> | undefined {
    const waits = [sharing.pending(this.syncUrl), inferenceMath.pending(!!this.probe && !this.hideInference)];
    const pending = waits.filter((wait) => wait !== undefined);
    return pending.length > 0 ? Promise.all(pending) : undefined;
  }

  private readUrl(): void {
    const share = sharing.loaded;
    if (!share) return;
    const text = share.readFragment(share.fragmentKey(this.id), location.hash);
    if (text === undefined) return;
    const decoded = decodeState(text);
    if (decoded.ok) this.applySettings(decoded.value);
    else this.reportProblem('sync-url', text.slice(0, 40), decoded.problem);
  }

  private writeUrl(): void {
    // The weights only while paused: a new fragment every frame would be throttled by the browser.
    const share = sharing.loaded;
    if (!share) return;
    const next = share.linkWithState(
      location.href,
      share.fragmentKey(this.id),
      this.stateText(!this.run.playing),
    );
    if (next !== location.href) history.replaceState(history.state, '', next);
  }

  // --- training results --------------------------------------------------------------------

  private afterTraining(): void {
    const last = this.run.history.at(-1);
    if (last) {
      const detail: NetworkStepDetail = {
        step: last.step,
        epoch: this.run.epochOf(last.step),
        trainLoss: last.trainLoss,
        testLoss: last.testLoss,
        accuracy: this.run.accuracy,
      };
      this.emit<NetworkStepDetail>('gd-step', detail);
      if (this.run.narrationDue())
        this.announce(
          this.t('narrate', {
            step: this.num(last.step),
            train: this.computed(last.trainLoss),
            accuracy: this.percent(this.run.accuracy),
          }),
        );
    }
    this.requestUpdate();
  }

  private settled(detail: NetworkSettledDetail): void {
    this.emit<NetworkSettledDetail>('gd-settled', detail);
    this.announce(
      detail.reason === 'target'
        ? this.t('reached', { accuracy: this.percent(detail.accuracy), step: this.num(detail.step) })
        : detail.reason === 'converged'
          ? this.t('converged', {
              step: this.num(detail.step),
              tolerance: this.percent(this.convergeTolerance ?? 0),
            })
          : this.t('diverged', { step: this.num(detail.step) }),
    );
  }

  // --- learner's edits -----------------------------------------------------------------------

  /** A setting changed by the learner: set it as the attribute would, then fire `change`. */
  private userSets(name: keyof NetworkSettings | 'standardize', value: unknown): void {
    if (name === 'standardize') this.standardize = Boolean(value);
    else this.setSchemaValue(specOf(name), value);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // --- rendering -----------------------------------------------------------------------------

  private fmt(value: number, digits = 4): string {
    if (!Number.isFinite(value)) return '–';
    return this.num(value, { maximumFractionDigits: digits }).replace(/^-/, '\u2212');
  }

  private computed(value: number): string {
    if (!Number.isFinite(value)) return '–';
    // From 10,000 up, four significant digits would print zeros in place of known digits.
    const options = Math.abs(value) >= 10_000 ? WHOLE : FOUR_SIGNIFICANT;
    return this.num(value, options).replace(/^-/, '\u2212');
  }

  private percent(value: number): string {
    return Number.isFinite(value) ? this.num(value, { style: 'percent', maximumFractionDigits: 1 }) : '–';
  }

  private get text(): ViewText {
    return {
      t: (key, params) => this.t(key, params),
      num: (value, options) => this.num(value, options),
      fmt: (value, digits) => this.fmt(value, digits),
      computed: (value) => this.computed(value),
      percent: (value) => this.percent(value),
      locale: this.i18n.locale,
    };
  }

  override render(): TemplateResult {
    return html`${this.renderProblems()}
      ${renderLayout(this.text, {
        host: this,
        run: this.run,
        edits: this.edits,
        settings: this.settings(),
        width: this.width,
        labelVersion: this.painter.labelVersion(this.run),
        ui: this.ui,
        set: (name, value) => this.userSets(name, value),
        redraw: () => this.requestUpdate(),
      })}
      ${this.renderLiveRegion()}`;
  }

  /** The private view state, as the layout reads and sets it. */
  private get ui(): LayoutUi {
    return {
      addClass: this.addClass,
      clickAdds: this.clickAdds,
      focusNeuron: this.focusNeuron,
      focusWeight: this.focusWeight,
      readout: this.readout,
      setAddClass: (k) => {
        this.addClass = k;
      },
      setClickAdds: (adds) => {
        this.clickAdds = adds;
      },
      setFocusNeuron: (index) => {
        this.focusNeuron = index;
      },
      setFocusWeight: (index) => {
        this.focusWeight = index;
      },
      setReadout: (readout) => {
        this.readout = readout;
      },
    };
  }
}
