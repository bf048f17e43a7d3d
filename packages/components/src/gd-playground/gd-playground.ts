import {
  type Dataset,
  DatasetError,
  type DivergenceReason,
  datasetFromCsv,
  type ParameterValues,
  ready,
  type StepRecord,
  type TrainingSession,
} from '@gd-playground/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GdElement } from '../internal/gd-element.js';
import { panelsLayoutStyles } from '../internal/panels-layout.js';
import { layeredChartStyles } from '../internal/plot/chart-styles.js';
import { TrainingController } from '../internal/training-controller.js';
import {
  type ControlsContext,
  renderBatchingControls,
  renderDataControls,
  renderModelControls,
  renderOptimizerControls,
} from './controls.js';
import './gd-playground.messages.js';
import { playgroundStyles } from './gd-playground.styles.js';
import { type RunOutcome, renderRunControls } from './run-controls.js';
import {
  checkPoints,
  composeState,
  FIELD_ATTRIBUTES,
  type PlaygroundPoints,
  parseFieldAttribute,
  parsePoints,
} from './settings.js';
import {
  canvasToPng,
  composeViews,
  copyText,
  DEFAULT_BUNDLE_URL,
  type ExportedView,
  embedSnippet,
  fragmentKey,
  readFragment,
  shareLink,
  withFragment,
} from './share.js';
import {
  buildDataset,
  DEFAULT_STATE,
  decodeState,
  encodeState,
  isSolutionError,
  normalEquationSolution,
  type PlaygroundPart,
  type PlaygroundState,
  type SolutionProblem,
  sessionOptions,
  toOriginalUnits,
  toTrainingUnits,
  validateState,
} from './state.js';
import { renderStepTable, stepTableStyles } from './step-table.js';
import { updateRuleTex } from './update-rule.js';
import {
  computePlaygroundLandscape,
  landscapeAxes,
  landscapePoint,
  type PlaygroundLandscape,
} from './views/landscape-source.js';

/** `detail` of `gd-step`: the state after the latest frame of training steps. */
export interface PlaygroundStepDetail {
  readonly step: number;
  /** Loss over the whole data set after the step. */
  readonly loss: number;
  /** Parameters in the data's original units (`w`, `b`; `W`, `b` for softmax). */
  readonly parameters: ParameterValues;
}

/** `detail` of `gd-converged`. */
export interface PlaygroundConvergedDetail {
  readonly step: number;
  readonly loss: number;
}

/** `detail` of `gd-diverged`: training stopped because the loss grew without bound. */
export interface PlaygroundDivergedDetail {
  readonly step: number;
  readonly loss: number;
  /** `loss-exploded` (it grew far beyond its start) or `not-finite` (it overflowed). */
  readonly reason: DivergenceReason;
}

/** `detail` of `gd-reset`: the run went back to `step` (0 after reset or a new start point). */
export interface PlaygroundResetDetail {
  readonly step: number;
}

/** Steps a "train until converged" run takes at most, and per frame at least. */
const TRAIN_LIMIT = 10_000;
const TRAIN_SPEED = 100;
const NARRATION_INTERVAL_MS = 1500;
/** Rows of the per-step table (the latest ones). */
const TABLE_ROWS = 8;
/** Points of the optimizer's path drawn in parameter space (the latest ones). */
const PATH_POINTS = 2000;
/**
 * While playing, the update rule (a `<gd-math>` typeset) and the per-step table are rebuilt at most
 * this often: nobody reads numbers that change 60 times a second, and re-typesetting and rewriting
 * every table cell each frame cost more than the frame's training steps. Paused, they follow every step.
 */
const PANEL_INTERVAL_MS = 250;

/** The fields of the state whose change needs a new training session. */
function sessionKeyOf(state: PlaygroundState): string {
  // Not the optimizer: switching it keeps the run going (`session.setOptimizer`).
  const { data, model, bias, loss, convention, delta, batching, seed, standardize } = state;
  return JSON.stringify({
    data,
    model,
    bias,
    loss,
    convention,
    delta,
    batching,
    seed,
    standardize,
  });
}

/** The fields of the state whose change needs a new loss landscape. */
function landscapeKeyOf(state: PlaygroundState): string {
  const { data, model, bias, loss, convention, delta, standardize, start } = state;
  return JSON.stringify({ data, model, bias, loss, convention, delta, standardize, start });
}

/** The URL of the single-file bundle this element came from, when it came from one. */
function bundleUrl(): string {
  const here = import.meta.url;
  return /\/gd-playground(\.min)?\.js(\?.*)?$/.test(here) && !/\/gd-playground\/gd-playground\.js/.test(here)
    ? here
    : DEFAULT_BUNDLE_URL;
}

/**
 * The gradient-descent playground: data, a model and its loss, an optimizer and its batching, run
 * step by step or played, with the data and the fit, the loss landscape and the optimizer's path,
 * the loss curve, a per-step table that matches a hand calculation, and the update rule with the
 * current numbers.
 *
 * The optimizer can be switched while a run goes on: parameters and history stay, the new optimizer
 * starts from zero state. The history scrubber shows any kept step in every view; Play or Step then
 * continue from it. Keyboard: every control is a native one; in the data view the points are one
 * Tab stop (N and P go to the next and previous point, the arrows move it, Delete removes it); in
 * the parameter view the arrows move a crosshair and Enter starts training there.
 *
 * Everything is set by attributes, or all at once by `state` (the encoded state a shared link or
 * the embed button gives; it wins over the other attributes). Data, first found wins: the `data`
 * property, the `data` attribute, a child `<script type="application/json">` (both JSON
 * `{"features":[[…]],"targets":[…],"classes"?:[…]}`), then `preset`. A teacher removes a part with
 * `hide-<part>` or freezes it with `lock-<part>`.
 *
 * @summary Gradient descent, step by step: data, model, loss, optimizer, batching, landscape and table.
 *
 * @attr {string} preset - Data preset of core: `house-prices` (default), `linear`, `linear-multi`,
 *   `blobs`, `xor`, `circles`, `moons`, `blobs-multi`, `outliers`.
 * @attr {string} seed - Seed of the preset's data and of the batch order.
 * @attr {string} size - Number of preset points (default: the preset's own).
 * @attr {string} noise - Noise of the preset (default: the preset's own).
 * @attr {string} data - Points as JSON `{"features":[[…]],"targets":[…],"classes"?:[…]}`.
 * @attr {string} model - `linear`, `logistic` or `softmax` (default: what the data calls for).
 * @attr {boolean} no-bias - Train without a bias term b.
 * @attr {string} loss - A loss that fits the model: `mse`, `rmse`, `mae`, `huber` (linear);
 *   `bce-logits`, `bce` (logistic); `cce-logits` (softmax).
 * @attr {string} convention - Squared error as `mean` (y − ŷ)² (default) or `half` ½(y − ŷ)².
 * @attr {string} delta - Huber's δ > 0 (default 1).
 * @attr {string} optimizer - `sgd` (default), `momentum`, `heavy-ball`, `nesterov`, `adagrad`, `rmsprop`, `adam`.
 * @attr {string} learning-rate - Learning rate α (γ for the momentum forms), > 0.
 * @attr {string} momentum - Momentum β in [0, 1).
 * @attr {string} beta1 - Adam's β₁ in [0, 1).
 * @attr {string} beta2 - Adam's β₂ in [0, 1).
 * @attr {string} epsilon - ε > 0 of AdaGrad, RMSprop and Adam.
 * @attr {string} decay - RMSprop's decay ρ in [0, 1).
 * @attr {string} initial-accumulator-value - AdaGrad's starting accumulator (≥ 0).
 * @attr {string} batching - `full` (default), `mini-batch` or `online`.
 * @attr {string} batch-size - Mini-batch size (default 16).
 * @attr {string} start - Start point in the data's units: `"2,2,2"` (weights, then the bias) or
 *   JSON `{"w":[…],"b":[…]}`. Default: zeros.
 * @attr {string} standardize - `true` (default) trains on standardised features; `false` on raw ones.
 * @attr {string} speed - Steps per animation frame while playing, 1 to 1000 (default 1).
 * @attr {string} loss-scale - Loss curve scale: `linear` (default) or `log`.
 * @attr {string} state - The whole state, encoded (from a shared link); wins over the other attributes.
 * @attr {boolean} sync-url - Read the state from, and write it to, the URL fragment
 *   `#gd-playground=…` (`#gd-playground-<id>=…` when the element has an id).
 * @attr {boolean} hide-data-view - Hide the data view (likewise `hide-parameter-view`, `hide-loss-curve`,
 *   `hide-table`, `hide-rule`, `hide-data-controls`, `hide-model-controls`, `hide-optimizer-controls`,
 *   `hide-batching-controls`, `hide-run-controls`, `hide-share`).
 * @attr {boolean} lock-data-view - Freeze the data view: no adding, moving or deleting points
 *   (likewise `lock-parameter-view` and `lock-…` for each part above: its controls stay visible but disabled).
 *
 * @fires input - The learner is changing a control (slider dragged, option picked). Never for programmatic changes.
 * @fires change - The learner committed a change to a control.
 * @fires {CustomEvent<PlaygroundStepDetail>} gd-step - After each frame of steps: `{ step, loss, parameters }`.
 * @fires {CustomEvent<PlaygroundConvergedDetail>} gd-converged - The loss stopped changing: `{ step, loss }`.
 * @fires {CustomEvent<PlaygroundDivergedDetail>} gd-diverged - The loss grew without bound; training stops: `{ step, loss, reason }`.
 * @fires {CustomEvent<PlaygroundResetDetail>} gd-reset - The run went back (reset, step back, continuing
 *   from a scrubbed step, new start): `{ step }`.
 *
 * @csspart views - The views: data, parameter space, loss curve and update rule.
 * @csspart data-view - The data with the fitted line, plane slice or decision regions.
 * @csspart parameter-view - The loss landscape with the optimizer's path.
 * @csspart loss-curve - The loss over the steps, with its scale toggle.
 * @csspart rule - The update rule with the current numbers.
 * @csspart table - The per-step table.
 * @csspart panels - The column of control panels.
 * @csspart run-controls - Play, step, step back, reset, train, speed, history scrubber, status.
 * @csspart viewing - The note shown while the history scrubber shows an earlier step.
 * @csspart normal-equation - Why a linear model has no normal-equation solution to mark (e.g. XᵀX singular).
 * @csspart data-controls - Preset, seed, size, noise and CSV.
 * @csspart model-controls - Model, bias, loss, convention, δ and standardisation.
 * @csspart optimizer-controls - Optimizer and its hyperparameters.
 * @csspart batching-controls - Batching mode and size.
 * @csspart share - Link, embed code and PNG export.
 * @csspart status - The current step and loss.
 * @csspart alert - Why training stopped (divergence).
 * @csspart problems - Messages about attribute values the widget could not use.
 * @csspart live - The visually hidden live region that narrates training.
 *
 * @cssproperty [--gd-color-accent=#0a66c2] - Buttons, sliders, the solution marker.
 * @cssproperty [--gd-color-background=#ffffff] - Background.
 * @cssproperty [--gd-color-text=#1b1f24] - Text and the optimizer's path.
 * @cssproperty [--gd-color-border=#d0d7de] - Panel borders.
 * @cssproperty [--gd-color-series=#e07a00] - The fitted line, the loss curve, the current point.
 * @cssproperty [--gd-color-class-0=#d1495b] - Class 0 points.
 * @cssproperty [--gd-color-class-1=#1f77b4] - Class 1 points.
 * @cssproperty [--gd-color-danger=#b3261e] - Error and divergence messages.
 */
export class GdPlayground extends GdElement {
  static override styles = [
    ...GdElement.styles,
    layeredChartStyles,
    panelsLayoutStyles,
    stepTableStyles,
    playgroundStyles,
  ];
  static override messagesNamespace = 'gd-playground';

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: GdElement.observedAttributes would miss this class's properties.
    return [...super.observedAttributes, ...FIELD_ATTRIBUTES, 'state'];
  }

  /** Read the state from, and write it to, the URL fragment (attribute `sync-url`). */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;

  /** Points `{ features, targets, classes?, featureNames? }`; wins over the `data` attribute, a child script and `preset`. */
  @property({ attribute: false }) data?: PlaygroundPoints;

  /** Where the embed snippet loads the single-file bundle from. */
  @property({ attribute: false }) bundleUrl = bundleUrl();

  /** The state in use (after validation). */
  @state() private current: PlaygroundState = DEFAULT_STATE;
  @state() private points?: Dataset;
  @state() private landscape?: PlaygroundLandscape;
  @state() private outcome?: RunOutcome;
  /** The step the history scrubber shows, when it is not the latest (nothing is dropped until the run continues). */
  @state() private viewStep?: number;
  @state() private badEntries: ReadonlySet<string> = new Set();
  @state() private csv: { text: string; error?: string } = { text: '' };
  @state() private shareOutput?: { text: string; label: string };
  @state() private shareStatus = '';
  @state() private pngUrl?: string;

  private readonly attributeValues = new Map<string, unknown>();
  private attributesDirty = true;
  private fragmentPending = true;
  /** The state's data object last turned into `points` (see willUpdate). */
  private dataSeen?: PlaygroundState['data'];
  private stateText?: string;
  private scriptText?: string;
  private datasetKey = '';
  private sessionKey = '';
  private startKey = '';
  private landscapeKey = '';
  private landscapeGeneration = 0;
  private writtenFragment?: string;
  private configuring = false;
  private restarting = false;
  /** The rule's and table's last templates and when they were built (see PANEL_INTERVAL_MS). */
  private panelCache?: {
    at: number;
    rule: TemplateResult | typeof nothing;
    table: TemplateResult | typeof nothing;
  };
  private untilConverged = false;
  private trainedSteps = 0;
  private lastNarration = 0;

  private readonly training = new TrainingController(this, {
    stepsPerFrame: () =>
      this.untilConverged ? Math.max(TRAIN_SPEED, this.current.speed) : this.current.speed,
    onRecords: (records, session) => this.onRecords(records, session),
    onSettled: (kind, detail) => this.onSettled(kind, detail as PlaygroundDivergedDetail),
  });

  // --- public API ------------------------------------------------------------------------------

  /** The whole state (a copy); setting it validates it and, when it is good, replaces the attributes' state. */
  get playgroundState(): PlaygroundState {
    return this.current;
  }

  set playgroundState(value: PlaygroundState) {
    const parsed = validateState(value);
    if (parsed.ok) {
      this.clearProblem('state');
      this.current = parsed.value;
    } else {
      this.reportProblem('state', JSON.stringify(value).slice(0, 80), parsed.problem);
    }
  }

  /** The learning rate α (attribute `learning-rate`); a `<gd-lr-slider>` placed inside the playground sets it. */
  get learningRate(): number {
    return this.current.hyperparameters['learningRate'] ?? 0.01;
  }

  set learningRate(value: number) {
    if (!(Number.isFinite(value) && value > 0)) {
      this.reportProblem('learning-rate', String(value), { code: 'not-positive' });
      return;
    }
    this.clearProblem('learning-rate');
    const parsed = validateState({
      ...this.current,
      hyperparameters: { ...this.current.hyperparameters, learningRate: value },
    });
    if (parsed.ok) this.current = parsed.value;
  }

  /** The state encoded as URL-safe text: the value of the `state` attribute and of the URL fragment. */
  get encodedState(): string {
    return encodeState(this.current);
  }

  /** The training session (read its `history` for plain numbers), or undefined while it is being built. */
  get session(): TrainingSession | undefined {
    return this.training.session;
  }

  /** True while playing (or training until converged). */
  get playing(): boolean {
    return this.training.playing;
  }

  /** Starts training, `speed` steps per frame. */
  play(): void {
    this.continueFromView();
    if (this.outcome?.kind === 'diverged') return;
    this.untilConverged = false;
    this.training.play();
  }

  /** Pauses training. */
  pause(): void {
    this.untilConverged = false;
    this.training.pause();
  }

  /** Runs `count` steps now (one read-back); resolves when they are shown. */
  async step(count = 1): Promise<void> {
    await this.whenReady();
    this.continueFromView();
    await this.training.step(count);
    await this.updateComplete;
  }

  /** Goes back one step (parameters, optimizer state and batch order as they were). */
  async stepBack(): Promise<void> {
    await this.whenReady();
    const session = this.training.session;
    if (!session) return;
    const first = session.history[0]?.step ?? 0;
    const step = this.viewStep ?? session.current.step;
    if (step <= first) return;
    this.pause();
    this.rewindSession(session, step - 1);
    this.announce(
      this.t('run.narrate', { step: this.fmt(step - 1), loss: this.fmt(session.current.loss, 4) }),
    );
    this.requestUpdate();
    await this.updateComplete;
  }

  /**
   * Shows a kept step in every view and panel without dropping anything (the history scrubber).
   * Play, Step or Step back then continue from it, dropping the steps after it. A step past the
   * last shows the latest again.
   */
  showStep(step: number): void {
    const session = this.training.session;
    if (!session || !Number.isFinite(step)) return;
    this.pause();
    const first = session.history[0]?.step ?? 0;
    const shown = Math.max(first, Math.round(step));
    this.viewStep = shown >= session.current.step ? undefined : shown;
    const record = session.history.find((r) => r.step === shown) ?? session.current;
    this.announce(this.t('run.narrate', { step: this.fmt(record.step), loss: this.fmt(record.loss, 4) }));
  }

  /** The step shown: the scrubbed one, or the latest. */
  get shownStep(): number | undefined {
    return this.viewStep ?? this.training.session?.current.step;
  }

  /** If the scrubber shows an earlier step, makes it the current one (later steps are dropped). */
  private continueFromView(): void {
    const session = this.training.session;
    const step = this.viewStep;
    this.viewStep = undefined;
    if (session && step !== undefined && step < session.current.step) this.rewindSession(session, step);
  }

  /** Rewinds the run, and takes back the optimizer that made that step if the learner switched since. */
  private rewindSession(session: TrainingSession, step: number): void {
    this.viewStep = undefined;
    session.rewind(step);
    this.outcome = undefined;
    const live = session.optimizer;
    if (live.kind !== this.current.optimizer) {
      this.current = {
        ...this.current,
        optimizer: live.kind,
        hyperparameters: { ...this.current.hyperparameters, ...live.hyperparameters },
      };
    }
    this.emit<PlaygroundResetDetail>('gd-reset', { step });
  }

  /** Starts the run over from its start point with the same seed (same batches). */
  async reset(): Promise<void> {
    this.pause();
    await this.whenReady();
    const session = this.training.session;
    if (!session) return;
    this.outcome = undefined;
    this.viewStep = undefined;
    this.restarting = true;
    try {
      await session.reset();
    } finally {
      this.restarting = false;
    }
    this.emit<PlaygroundResetDetail>('gd-reset', { step: 0 });
    this.announce(this.t('run.resetDone'));
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Trains quickly until the run converges or diverges (or 10,000 steps pass). */
  trainUntilConverged(): void {
    this.continueFromView();
    if (this.outcome?.kind === 'diverged') return;
    this.untilConverged = true;
    this.trainedSteps = 0;
    this.training.play();
  }

  /** Resolves once the session matches the state (and the landscape is being computed for it). */
  async whenReady(): Promise<void> {
    for (let i = 0; i < 500; i++) {
      await this.updateComplete;
      if (
        this.training.session &&
        !this.configuring &&
        !this.restarting &&
        !this.attributesDirty &&
        this.sessionKey === this.keysOf(this.current).session &&
        this.startKey === this.keysOf(this.current).start
      ) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** A link to this page with the current state in its fragment. */
  shareLink(): string {
    return shareLink(location.href, fragmentKey(this.id), this.encodedState);
  }

  /** HTML that embeds this exact playground in another page. */
  embedSnippet(): string {
    return embedSnippet(this.encodedState, this.bundleUrl);
  }

  /** The views as one PNG (undefined when the browser refuses to encode it). */
  async toPng(): Promise<Blob | undefined> {
    await this.updateComplete;
    const container = this.renderRoot.querySelector<HTMLElement>('[part="views"]');
    if (!container) return undefined;
    const views: ExportedView[] = [];
    for (const view of container.querySelectorAll<HTMLElement>('.view')) {
      const root = view.shadowRoot ?? view;
      const layers = [...root.querySelectorAll<HTMLCanvasElement | SVGSVGElement>('canvas, svg')].filter(
        (layer) => !layer.parentElement?.closest('svg'),
      );
      views.push({ box: view.getBoundingClientRect(), layers });
    }
    const style = getComputedStyle(this);
    const canvas = await composeViews(
      views,
      container.getBoundingClientRect(),
      style.backgroundColor || '#ffffff',
      style.color || '#000000',
    );
    return canvasToPng(canvas);
  }

  // --- attributes ------------------------------------------------------------------------------

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'state') {
      this.stateText = value ?? undefined;
      this.attributesDirty = true;
      this.requestUpdate();
      return;
    }
    if (!FIELD_ATTRIBUTES.includes(name)) {
      super.attributeChangedCallback(name, old, value);
      return;
    }
    if (value === null) {
      this.attributeValues.delete(name);
      this.clearProblem(name);
    } else {
      const parsed = parseFieldAttribute(name, value);
      if (parsed.ok) {
        this.clearProblem(name);
        this.attributeValues.set(name, parsed.value);
      } else {
        this.reportProblem(name, value, parsed.problem);
      }
    }
    this.attributesDirty = true;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent?.trim() || undefined;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.attributesDirty = true;
    }
    this.fragmentPending = true;
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.sessionKey = '';
    this.startKey = '';
    this.landscapeKey = '';
    this.landscapeGeneration++;
    if (this.pngUrl) URL.revokeObjectURL(this.pngUrl);
    this.pngUrl = undefined;
  }

  private keysMemo?: { state: PlaygroundState; session: string; start: string; landscape: string };

  /** What decides a new session, a restart and a new landscape: computed once per state object, not per frame. */
  private keysOf(state: PlaygroundState): { session: string; start: string; landscape: string } {
    if (this.keysMemo?.state !== state) {
      this.keysMemo = {
        state,
        session: sessionKeyOf(state),
        start: JSON.stringify(state.start),
        landscape: landscapeKeyOf(state),
      };
    }
    return this.keysMemo;
  }

  /** Back/forward or an edited address: take this playground's state from the new fragment. */
  private readonly onHashChange = (): void => {
    if (!this.syncUrl) return;
    const text = readFragment(fragmentKey(this.id), location.hash);
    if (text === undefined || text === this.writtenFragment) return;
    this.fragmentPending = true;
    this.requestUpdate();
  };

  // --- lifecycle -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.attributesDirty = true;
    if (changed.has('syncUrl') && this.syncUrl) this.fragmentPending = true;
    if (this.attributesDirty) {
      this.attributesDirty = false;
      this.composeFromAttributes();
    }
    if (this.fragmentPending) {
      this.fragmentPending = false;
      this.readFromFragment();
    }
    // Compared by identity first: serialising a thousand points on every frame is not free.
    if (this.current.data === this.dataSeen) return;
    this.dataSeen = this.current.data;
    const dataKey = JSON.stringify(this.current.data);
    if (dataKey !== this.datasetKey) {
      try {
        this.points = buildDataset(this.current);
        this.datasetKey = dataKey;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.reportProblem('data', dataKey.slice(0, 80), { code: 'not-json', params: { reason: message } });
        console.warn(`<${this.localName}>: ${message}`);
      }
    }
  }

  /** Composes the attributes (and `state`, which wins) into the state in use. */
  private composeFromAttributes(): void {
    const values = new Map(this.attributeValues);
    if (this.data !== undefined) {
      const points = checkPoints(this.data);
      if (points.ok) {
        this.clearProblem('data');
        values.set('data', points.value);
      } else {
        this.reportProblem('data', JSON.stringify(this.data ?? null).slice(0, 80), points.problem);
      }
    } else if (!values.has('data') && this.scriptText !== undefined && !this.hasAttribute('data')) {
      const points = parsePoints(this.scriptText);
      if (points.ok) values.set('data', points.value);
      else this.reportProblem('data', this.scriptText.slice(0, 80), points.problem);
    }
    const { state: composed, refused } = composeState(values);
    for (const { attribute, problem } of refused) {
      const raw = this.getAttribute(attribute) ?? String(problem.params?.['value'] ?? '');
      this.reportProblem(attribute, raw, problem);
    }
    let next = composed;
    if (this.stateText !== undefined && this.stateText.trim() !== '') {
      const decoded = decodeState(this.stateText);
      if (decoded.ok) {
        this.clearProblem('state');
        next = {
          ...decoded.value,
          hidden: [...new Set([...decoded.value.hidden, ...composed.hidden])],
          locked: [...new Set([...decoded.value.locked, ...composed.locked])],
        };
      } else {
        const short = this.stateText.length > 40 ? `${this.stateText.slice(0, 40)}…` : this.stateText;
        this.reportProblem('state', short, {
          ...decoded.problem,
          params: { ...decoded.problem.params, attribute: 'state', value: short },
        });
      }
    } else {
      this.clearProblem('state');
    }
    this.current = next;
  }

  private readFromFragment(): void {
    if (!this.syncUrl) return;
    const text = readFragment(fragmentKey(this.id), location.hash);
    if (text === undefined) return;
    const decoded = decodeState(text);
    if (decoded.ok) {
      this.clearProblem('sync-url');
      this.current = decoded.value;
      this.writtenFragment = text;
    } else {
      const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      this.reportProblem('sync-url', short, {
        ...decoded.problem,
        params: { ...decoded.problem.params, attribute: 'sync-url', value: short },
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.isConnected) return;
    const state = this.current;
    const { session: sessionKey, start: startKey, landscape: landscapeKey } = this.keysOf(state);
    const session = this.training.session;
    if (this.points && sessionKey !== this.sessionKey) {
      this.sessionKey = sessionKey;
      this.startKey = startKey;
      void this.configureSession(state, this.points);
    } else if (this.points && session && startKey !== this.startKey && !this.configuring) {
      this.startKey = startKey;
      void this.restartFrom(session, state, this.points);
    }
    // Not while restarting: the session's history is empty until its new step 0 is recorded.
    if (session && !this.configuring && !this.restarting) {
      const wanted = sessionOptions(state, this.points ?? session.options.dataset).hyperparameters ?? {};
      // A new optimizer joins the run where it is: parameters and history stay, its state starts at zero.
      if (session.optimizer.kind !== state.optimizer) session.setOptimizer(state.optimizer, wanted);
      // Hyperparameters go to the live optimizer: a slider takes effect from the next step.
      const live = session.optimizer.hyperparameters as Record<string, number>;
      for (const [name, value] of Object.entries(wanted)) {
        if (live[name] !== value) live[name] = value;
      }
      if (this.landscapeKey !== landscapeKey && this.points) {
        void this.computeLandscape(state, this.points, session);
      }
    }
    if (this.syncUrl) this.writeFragment();
  }

  private writeFragment(): void {
    const encoded = this.encodedState;
    if (encoded === this.writtenFragment) return;
    this.writtenFragment = encoded;
    const hash = withFragment(location.hash, fragmentKey(this.id), encoded);
    history.replaceState(history.state, '', hash);
  }

  private async configureSession(state: PlaygroundState, dataset: Dataset): Promise<void> {
    this.configuring = true;
    this.landscapeKey = '';
    // Called from updated(): reactive changes wait a microtask, or Lit warns of a change-in-update.
    await Promise.resolve();
    this.training.pause();
    this.untilConverged = false;
    this.outcome = undefined;
    this.viewStep = undefined;
    try {
      await ready();
      await this.training.configure(sessionOptions(state, dataset));
    } catch (error) {
      console.warn(`<${this.localName}>: could not start training: ${(error as Error).message}`);
    } finally {
      this.configuring = false;
      this.requestUpdate();
    }
  }

  private async restartFrom(
    session: TrainingSession,
    state: PlaygroundState,
    dataset: Dataset,
  ): Promise<void> {
    this.restarting = true;
    // Called from updated(): reactive changes wait a microtask (see configureSession).
    await Promise.resolve();
    this.training.pause();
    this.untilConverged = false;
    this.outcome = undefined;
    this.viewStep = undefined;
    try {
      if (state.start === null) await session.reset();
      else await session.restartFrom(toTrainingUnits(state, dataset, state.start));
      this.emit<PlaygroundResetDetail>('gd-reset', { step: 0 });
    } catch (error) {
      console.warn(`<${this.localName}>: could not restart: ${(error as Error).message}`);
    } finally {
      this.restarting = false;
      this.requestUpdate();
    }
  }

  private async computeLandscape(state: PlaygroundState, dataset: Dataset, session: TrainingSession) {
    this.landscapeKey = landscapeKeyOf(state);
    const generation = ++this.landscapeGeneration;
    // Called from updated(): `this.landscape` is set a microtask later at the earliest.
    await Promise.resolve();
    const start = session.history[0]?.parameters;
    if (generation !== this.landscapeGeneration) return;
    if (!start) {
      this.landscapeKey = ''; // restarting meanwhile: computed again once step 0 is recorded
      return;
    }
    const include: { x: number; y: number }[] = [];
    const solution = this.solution(state, dataset);
    try {
      const axes = landscapeAxes(state, dataset);
      if (solution) {
        const point = landscapePoint(
          { xParameter: axes.x, yParameter: axes.y },
          toTrainingUnits(state, dataset, solution),
        );
        include.push(point);
      }
      const landscape = await computePlaygroundLandscape(state, dataset, start, { include });
      if (generation === this.landscapeGeneration) this.landscape = landscape;
    } catch {
      // One parameter (no 2-D landscape), or the data changed meanwhile: no parameter view.
      if (generation === this.landscapeGeneration) this.landscape = undefined;
    }
  }

  private solutionCache?: { key: string; value: ParameterValues | SolutionProblem };

  /** The normal-equation solution in original units (linear models), or why there is none. */
  private solutionOrProblem(state: PlaygroundState, dataset: Dataset): ParameterValues | SolutionProblem {
    const key = `${this.datasetKey}|${state.model}|${state.bias}`;
    if (this.solutionCache?.key !== key) {
      this.solutionCache = { key, value: normalEquationSolution(state, dataset) };
    }
    return this.solutionCache.value;
  }

  /** The normal-equation solution in original units (linear models), or undefined. */
  private solution(state: PlaygroundState, dataset: Dataset): ParameterValues | undefined {
    const result = this.solutionOrProblem(state, dataset);
    return isSolutionError(result) ? undefined : result;
  }

  /** Why a linear model has no normal-equation solution to mark (A.7: say so, never print NaN). */
  private renderSolutionNote(
    state: PlaygroundState,
    dataset: Dataset | undefined,
  ): TemplateResult | typeof nothing {
    if (!dataset || state.model !== 'linear') return nothing;
    const result = this.solutionOrProblem(state, dataset);
    if (!isSolutionError(result)) return nothing;
    const reasons = new Set([
      'more-features-than-examples',
      'duplicate-columns',
      'proportional-columns',
      'collinear-columns',
      'constant-column-with-bias',
      'zero-column',
      'nearly-collinear-columns',
    ]);
    const why = this.t(`solution.why.${reasons.has(result.reason ?? '') ? result.reason : 'other'}`);
    return html`<p class="full" part="normal-equation">${this.t('solution.none', { why })}</p>`;
  }

  private onRecords(records: readonly StepRecord[], session: TrainingSession): void {
    const last = records[records.length - 1];
    if (!last || !this.points) return;
    this.viewStep = undefined;
    const parameters = toOriginalUnits(this.current, this.points, last.parameters);
    this.emit<PlaygroundStepDetail>('gd-step', { step: last.step, loss: last.loss, parameters });
    if (this.untilConverged) {
      this.trainedSteps += records.length;
      if (this.trainedSteps >= TRAIN_LIMIT || session.status === 'converged') this.pause();
    }
    const now = performance.now();
    if (!this.training.playing || now - this.lastNarration >= NARRATION_INTERVAL_MS) {
      this.lastNarration = now;
      this.announce(this.t('run.narrate', { step: this.fmt(last.step), loss: this.fmt(last.loss, 4) }));
    }
  }

  private onSettled(kind: 'converged' | 'diverged', detail: PlaygroundDivergedDetail): void {
    if (kind === 'converged') {
      this.outcome = { kind, step: detail.step, loss: detail.loss };
      if (this.untilConverged) this.pause();
      this.emit<PlaygroundConvergedDetail>('gd-converged', { step: detail.step, loss: detail.loss });
      this.announce(this.t('run.converged', { step: this.fmt(detail.step), loss: this.fmt(detail.loss, 4) }));
    } else {
      this.untilConverged = false;
      this.outcome = { kind, step: detail.step, loss: detail.loss, reason: detail.reason };
      this.emit<PlaygroundDivergedDetail>('gd-diverged', {
        step: detail.step,
        loss: detail.loss,
        reason: detail.reason,
      });
      this.announce(
        this.t(detail.reason === 'not-finite' ? 'run.divergedNotFinite' : 'run.diverged', {
          step: this.fmt(detail.step),
        }),
      );
    }
    this.requestUpdate();
  }

  // --- learner actions -------------------------------------------------------------------------

  /** Re-dispatches a native event from the host (inner controls' events stop at the shadow root). */
  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' }));
  }

  /** Applies a change the learner made to a control. */
  private change(patch: Partial<PlaygroundState>, phase: 'input' | 'change'): void {
    const parsed = validateState({ ...this.current, ...patch });
    if (!parsed.ok) return;
    this.current = parsed.value;
    this.fire(phase);
  }

  private markEntry(id: string, bad: boolean): void {
    if (this.badEntries.has(id) === bad) return;
    const next = new Set(this.badEntries);
    if (bad) next.add(id);
    else next.delete(id);
    this.badEntries = next;
  }

  private applyCsv(): void {
    const text = this.csv.text;
    try {
      const dataset = datasetFromCsv(text);
      const points = {
        kind: 'points' as const,
        features: dataset.features,
        targets: dataset.targets,
        ...(dataset.classes ? { classes: dataset.classes } : {}),
        featureNames: dataset.featureNames,
      };
      const candidate = validateState({ ...this.current, data: points, start: null });
      const fallback = validateState({
        ...this.current,
        data: points,
        start: null,
        model: dataset.classes ? (dataset.classes.length > 2 ? 'softmax' : 'logistic') : 'linear',
        loss: dataset.classes ? (dataset.classes.length > 2 ? 'cce-logits' : 'bce-logits') : 'mse',
      });
      const next = candidate.ok ? candidate : fallback;
      if (!next.ok) {
        this.csv = { text, error: this.t('data.error.other') };
        return;
      }
      this.csv = { text };
      this.current = next.value;
      this.fire('change');
    } catch (error) {
      this.csv = { text, error: this.csvMessage(error) };
    }
  }

  /** A localised explanation of a CSV error, naming the line and column (counted from 1). */
  private csvMessage(error: unknown): string {
    if (!(error instanceof DatasetError)) return this.t('data.error.other');
    const known = [
      'empty',
      'ragged-row',
      'not-a-number',
      'not-finite',
      'missing-value',
      'too-few-classes',
      'no-features',
    ];
    const reason = this.t(`data.error.${known.includes(error.code) ? error.code : 'other'}`, {
      value: error.value ?? '',
      expected: error.expected ?? '',
      actual: error.actual ?? '',
    });
    if (error.line !== undefined && error.column !== undefined) {
      return this.t('data.error.at', {
        line: this.fmt(error.line),
        column: this.fmt(error.column + 1),
        reason,
      });
    }
    if (error.line !== undefined || error.row !== undefined) {
      return this.t('data.error.line', { line: this.fmt(error.line ?? (error.row ?? 0) + 2), reason });
    }
    return reason;
  }

  private onDataEdit(event: CustomEvent<{ features: number[][]; targets: number[] }>): void {
    event.stopPropagation();
    const { features, targets } = event.detail;
    const dataset = this.points;
    const points = {
      kind: 'points' as const,
      features,
      targets,
      ...(dataset?.classes ? { classes: dataset.classes } : {}),
      ...(dataset ? { featureNames: dataset.featureNames } : {}),
    };
    const parsed = validateState({ ...this.current, data: points });
    if (parsed.ok) {
      this.current = parsed.value;
      this.fire('change');
    }
  }

  private onStartPick(event: CustomEvent<{ x: number; y: number }>): void {
    event.stopPropagation();
    const session = this.training.session;
    const landscape = this.landscape;
    const dataset = this.points;
    if (!session || !landscape || !dataset || this.isLocked('parameter-view')) return;
    const base = session.history[0]?.parameters ?? session.current.parameters;
    const next: ParameterValues = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [...v]]));
    const set = (name: string, index: number, value: number) => {
      const list = next[name];
      if (list && index < list.length) list[index] = value;
    };
    set(landscape.xParameter.name, landscape.xParameter.index, event.detail.x);
    set(landscape.yParameter.name, landscape.yParameter.index, event.detail.y);
    this.change({ start: toOriginalUnits(this.current, dataset, next) }, 'change');
  }

  private async copy(kind: 'link' | 'embed'): Promise<void> {
    const text = kind === 'link' ? this.shareLink() : this.embedSnippet();
    const copied = await copyText(text);
    if (copied) {
      this.shareOutput = undefined;
      this.shareStatus = this.t('share.copied');
    } else {
      this.shareOutput = {
        text,
        label: this.t(kind === 'link' ? 'share.linkFallback' : 'share.embedFallback'),
      };
      this.shareStatus = this.t('share.notCopied');
    }
    this.announce(this.shareStatus);
  }

  private async exportPng(): Promise<void> {
    const blob = await this.toPng();
    if (this.pngUrl) URL.revokeObjectURL(this.pngUrl);
    this.pngUrl = blob ? URL.createObjectURL(blob) : undefined;
    this.shareStatus = this.t(blob ? 'share.pngReady' : 'share.pngFailed');
    this.announce(this.shareStatus);
    await this.updateComplete;
    if (blob) this.renderRoot.querySelector<HTMLAnchorElement>('#share-download')?.click();
  }

  // --- rendering -------------------------------------------------------------------------------

  /** A number in the widget's locale with a true minus sign, up to `digits` decimals. */
  private fmt(value: number, digits = 4): string {
    if (!Number.isFinite(value)) return this.t('view.notFinite');
    return this.num(value, { maximumFractionDigits: digits }).replace(/^-/, '\u2212');
  }

  private isHidden(part: PlaygroundPart): boolean {
    return this.current.hidden.includes(part);
  }

  private isLocked(part: PlaygroundPart): boolean {
    return this.current.locked.includes(part);
  }

  override render(): TemplateResult {
    const state = this.current;
    const session = this.training.session;
    const ready = Boolean(session) && !this.configuring && !this.restarting;
    const kept = ready && session ? session.history : [];
    const history = this.shownHistory(kept);
    const record = history[history.length - 1];
    const context: ControlsContext = {
      state,
      t: (key, params) => this.t(key, params),
      fmt: (value, digits) => this.fmt(value, digits),
      isLocked: (part) => this.isLocked(part),
      change: (patch, phase) => this.change(patch, phase),
      badEntries: this.badEntries,
      markEntry: (id, bad) => this.markEntry(id, bad),
      csv: this.csv,
      onCsvInput: (text) => {
        this.csv = { text, error: this.csv.error };
      },
      onCsvApply: () => this.applyCsv(),
      usesPoints: state.data.kind === 'points',
    };
    const show = (part: PlaygroundPart, content: () => TemplateResult | typeof nothing) =>
      this.isHidden(part) ? nothing : content();
    const panels = this.panels(history);
    return html`${this.renderProblems()}
      <div class="layout">
        ${this.renderViews(history, record, panels.rule, kept)}
        <div class="panels" part="panels">
          ${show('run-controls', () =>
            renderRunControls({
              t: (key, params) => this.t(key, params),
              fmt: (value, digits) => this.fmt(value, digits),
              locked: this.isLocked('run-controls'),
              ready,
              playing: this.training.playing,
              step: record?.step ?? 0,
              loss: record?.loss,
              canStepBack: history.length > 1,
              history: {
                first: kept[0]?.step ?? 0,
                last: kept[kept.length - 1]?.step ?? 0,
                shown: record?.step ?? 0,
              },
              onScrub: (step) => this.showStep(step),
              speed: state.speed,
              outcome: this.outcome,
              onPlay: () => (this.training.playing ? this.pause() : this.play()),
              onStep: () => void this.step(1),
              onStepBack: () => void this.stepBack(),
              onReset: () => void this.reset(),
              onTrain: () => this.trainUntilConverged(),
              onSpeed: (speed, phase) => this.change({ speed }, phase),
            }),
          )}
          ${guard([state, this.badEntries, this.csv, this.i18n.locale], () => [
            // The settings depend on none of the per-frame numbers: not rebuilt while playing.
            show('data-controls', () => renderDataControls(context)),
            show('model-controls', () => renderModelControls(context)),
            show('optimizer-controls', () => renderOptimizerControls(context)),
            show('batching-controls', () => renderBatchingControls(context)),
          ])}
          ${show('share', () => this.renderShare())}
        </div>
        ${panels.table}
      </div>
      ${this.renderLiveRegion()}`;
  }

  /** The history up to the scrubbed step (all of it when not scrubbing). */
  private shownHistory(kept: readonly StepRecord[]): readonly StepRecord[] {
    if (this.viewStep === undefined) return kept;
    const index = kept.findIndex((r) => r.step === this.viewStep);
    return index < 0 ? kept : kept.slice(0, index + 1);
  }

  private renderViews(
    history: readonly StepRecord[],
    record: StepRecord | undefined,
    rule: TemplateResult | typeof nothing,
    kept: readonly StepRecord[],
  ): TemplateResult {
    const state = this.current;
    const dataset = this.points;
    const landscape = this.landscape;
    const parameters = record && dataset ? toOriginalUnits(state, dataset, record.parameters) : undefined;
    const solution = dataset ? this.solution(state, dataset) : undefined;
    const path = landscape
      ? history.slice(-PATH_POINTS).map((r) => landscapePoint(landscape, r.parameters))
      : [];
    const solutionPoint =
      landscape && solution && dataset
        ? landscapePoint(landscape, toTrainingUnits(state, dataset, solution))
        : undefined;
    const axisLabel = (p: { name: string; index: number }) =>
      p.name === 'b' && (dataset?.classes?.length ?? 0) <= 2 ? 'b' : `${p.name}${p.index + 1}`;
    const showData = !this.isHidden('data-view') && dataset;
    const showParameters = !this.isHidden('parameter-view') && landscape;
    return html`<div part="views" class="views ${showData && showParameters ? 'two' : ''}">
      ${
        showData
          ? html`<gd-playground-data-view
            class="view"
            theme=${ifDefined(this.theme)}
            part="data-view"
            .data=${dataset}
            .model=${state.model}
            .parameters=${parameters ?? {}}
            .batch=${record?.batch ?? []}
            .solution=${state.model === 'linear' ? solution : undefined}
            ?locked=${this.isLocked('data-view')}
            @gd-data-edit=${this.onDataEdit}
          ></gd-playground-data-view>`
          : nothing
      }
      ${
        showParameters
          ? html`<gd-playground-parameter-view
            class="view"
            theme=${ifDefined(this.theme)}
            part="parameter-view"
            .landscape=${landscape}
            .path=${path}
            .solution=${solutionPoint}
            .xLabel=${axisLabel(landscape.xParameter)}
            .yLabel=${axisLabel(landscape.yParameter)}
            ?locked=${this.isLocked('parameter-view')}
            @gd-start-pick=${this.onStartPick}
          ></gd-playground-parameter-view>`
          : nothing
      }
      ${showData || showParameters ? this.renderSolutionNote(state, dataset) : nothing}
      ${this.isHidden('loss-curve') ? nothing : this.renderLossCurve(kept, record)}
      ${rule}
    </div>`;
  }

  /** The whole kept curve, with the shown step (the scrubbed one, or the latest) marked. */
  private renderLossCurve(history: readonly StepRecord[], record: StepRecord | undefined): TemplateResult {
    const state = this.current;
    return html`<figure class="full" part="loss-curve">
      <figcaption>
        <span>${this.t('view.loss.label')}</span>
        <label class="toggle">
          <input
            type="checkbox"
            id="loss-scale"
            .checked=${state.lossScale === 'log'}
            ?disabled=${this.isLocked('loss-curve')}
            @input=${(event: Event) => event.stopPropagation()}
            @change=${(event: Event) => {
              event.stopPropagation();
              const log = (event.target as HTMLInputElement).checked;
              this.change({ lossScale: log ? 'log' : 'linear' }, 'change');
            }}
          />
          ${this.t('control.logScale')}
        </label>
      </figcaption>
      <gd-playground-loss-curve
        class="view"
        theme=${ifDefined(this.theme)}
        .losses=${history.map((r) => r.loss)}
        .scale=${state.lossScale}
        .current=${record?.step}
      ></gd-playground-loss-curve>
    </figure>`;
  }

  /**
   * The rule's and table's templates: rebuilt on every render when paused. While playing they are
   * rebuilt at most every PANEL_INTERVAL_MS, and not inside an animation frame: a stale panel asks
   * for an idle-time update, so typesetting and table rows never lengthen a training frame.
   */
  private panels(history: readonly StepRecord[]): {
    rule: TemplateResult | typeof nothing;
    table: TemplateResult | typeof nothing;
  } {
    const now = performance.now();
    const cache = this.panelCache;
    if (this.training.playing && cache && !this.panelRefreshDue) {
      if (now - cache.at >= PANEL_INTERVAL_MS && !this.panelRefreshScheduled) this.schedulePanelRefresh();
      return cache;
    }
    this.panelRefreshDue = false;
    const fresh: NonNullable<typeof this.panelCache> = {
      at: now,
      rule: this.isHidden('rule') ? nothing : this.renderRule(history),
      table: this.isHidden('table') ? nothing : this.renderTable(history),
    };
    this.panelCache = this.training.playing ? fresh : undefined;
    return fresh;
  }

  private panelRefreshScheduled = false;
  private panelRefreshDue = false;

  private schedulePanelRefresh(): void {
    this.panelRefreshScheduled = true;
    const refresh = () => {
      this.panelRefreshScheduled = false;
      this.panelRefreshDue = true;
      this.requestUpdate();
    };
    // Safari has no requestIdleCallback: a timer also runs outside the animation frame.
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(refresh, { timeout: PANEL_INTERVAL_MS });
    else setTimeout(refresh, 0);
  }

  private renderRule(history: readonly StepRecord[]): TemplateResult | typeof nothing {
    const record = history[history.length - 1];
    if (!record) return nothing;
    const tex = updateRuleTex(this.current, record, history[history.length - 2], (value, options) =>
      this.num(value, options),
    );
    return html`<div class="full scroll" part="rule" role="region" tabindex="0" aria-label=${this.t('control.rule')}>
      <gd-math display .tex=${tex}></gd-math>
    </div>`;
  }

  private renderTable(history: readonly StepRecord[]): TemplateResult | typeof nothing {
    const dataset = this.points;
    if (!dataset || history.length === 0) return nothing;
    return html`<div class="wide scroll" part="table" role="region" tabindex="0" aria-label=${this.t('control.table')}>
      ${renderStepTable(history, {
        state: this.current,
        dataset,
        t: (key, params) => this.t(key, params),
        num: (value, options) => this.num(value, options),
        maxRows: TABLE_ROWS,
      })}
    </div>`;
  }

  private renderShare(): TemplateResult {
    const locked = this.isLocked('share');
    return html`<fieldset part="share" ?disabled=${locked}>
      <legend>${this.t('share.legend')}</legend>
      <div class="buttons">
        <button type="button" id="share-link" class="secondary" @click=${() => void this.copy('link')}>
          ${this.t('share.link')}
        </button>
        <button type="button" id="share-embed" class="secondary" @click=${() => void this.copy('embed')}>
          ${this.t('share.embed')}
        </button>
        <button type="button" id="share-png" class="secondary" @click=${() => void this.exportPng()}>
          ${this.t('share.png')}
        </button>
      </div>
      ${
        this.shareOutput
          ? html`<label for="share-output">${this.shareOutput.label}</label>
            <textarea id="share-output" readonly .value=${this.shareOutput.text}></textarea>`
          : nothing
      }
      ${
        this.pngUrl
          ? html`<a id="share-download" href=${this.pngUrl} download="gd-playground.png">${this.t('share.pngLink')}</a>`
          : nothing
      }
      <p class="hint" role="status">${this.shareStatus}</p>
    </fieldset>`;
  }
}
