// Over 500 lines (~650) by its class JSDoc (~125 lines: 55 attributes, events, parts and custom
// properties, from which the manifest and Storybook controls are built) and the wiring of its
// lazy panels and whenReady(); its code is ~525 lines, all of it wiring.
// New panels live in their own files (probe-panel.ts, matrix-view.ts, code-panel.ts): only wired here.
// The rule, table, matrix and code are a chunk of their own, loaded on demand (lazy-panels.ts).
import type { Dataset, OptimizerKind, TrainingSession } from '@gd-playground/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { afterNextPaint } from '../internal/after-paint.js';
import { GdElement } from '../internal/gd-element.js';
import { panelsLayoutStyles } from '../internal/panels-layout.js';
import { layeredChartStyles } from '../internal/plot/chart-styles.js';
import type { AttributeSpec } from '../internal/schema.js';
import { refreshPeers, uniqueRegionName } from '../internal/widget-label.js';
import { startFromPick, stateWithEditedPoints } from './data-input.js';
import type { GdPlaygroundDataView } from './views/data-view.js';
import './gd-playground.messages.js';
import './fidelity.messages.js';
import { CodePanelState } from './code-panel-state.js';
import { fidelityPanelStyles } from './fidelity-panels.styles.js';
import { playgroundStyles } from './gd-playground.styles.js';
import { LazyPanels } from './lazy-panels.js';
import { type PanelsContext, PanelThrottle, renderViews } from './panels.js';
import { ProbeInput } from './probe-panel.js';
import { PlaygroundSession } from './session.js';
import { composeAttributes, PLAYGROUND_SCHEMA, type PlaygroundPoints } from './settings.js';
import { SettingsPanels } from './settings-panels.js';
import { DEFAULT_BUNDLE_URL, embedSnippet, fragmentKey, shareLink, viewsToPng } from './share.js';
import { SharePanel } from './share-panel.js';
import {
  buildDataset,
  DEFAULT_STATE,
  encodeState,
  type PlaygroundPart,
  type PlaygroundState,
  validateState,
} from './state.js';
import { stepTableStyles } from './step-table.styles.js';
import { UrlSync } from './url-sync.js';

export type {
  PlaygroundConvergedDetail,
  PlaygroundDivergedDetail,
  PlaygroundResetDetail,
  PlaygroundStepDetail,
} from './events.js';

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
 * @attr {string} probe - An input to predict for, feature values in the data's units: `"120"`, `"75,2"`
 *   (linear and logistic models; default: the first example).
 * @attr {string} state - The whole state, encoded (from a shared link); wins over the other attributes
 *   (their `hide-…` and `lock-…` add to it).
 * @attr {boolean} sync-url - Read the state from, and write it to, the URL fragment
 *   `#gd-playground=…` (`#gd-playground-<id>=…` when the element has an id).
 * @attr {boolean} hide-data-view - Hide the data view (`false` shows it).
 * @attr {boolean} hide-parameter-view - Hide the parameter view (`false` shows it).
 * @attr {boolean} hide-loss-curve - Hide the loss curve (`false` shows it).
 * @attr {boolean} hide-table - Hide the per-step table (`false` shows it).
 * @attr {boolean} hide-rule - Hide the update rule (`false` shows it).
 * @attr {boolean} hide-data-controls - Hide the data controls (`false` shows it).
 * @attr {boolean} hide-model-controls - Hide the model controls (`false` shows it).
 * @attr {boolean} hide-optimizer-controls - Hide the optimizer controls (`false` shows it).
 * @attr {boolean} hide-batching-controls - Hide the batching controls (`false` shows it).
 * @attr {boolean} hide-run-controls - Hide the run controls (`false` shows it).
 * @attr {boolean} hide-share - Hide the share panel (`false` shows it).
 * @attr {boolean} hide-probe - Hide the prediction probe (`false` shows it).
 * @attr {boolean} hide-matrix - Hide the data as a matrix (`false` shows it).
 * @attr {boolean} hide-code - Hide the step as code (`false` shows it).
 * @attr {boolean} lock-data-view - Freeze the data view (no adding, moving or deleting points): it stays visible, disabled.
 * @attr {boolean} lock-parameter-view - Freeze the parameter view (no picking a start point): it stays visible, disabled.
 * @attr {boolean} lock-loss-curve - Freeze the loss curve: it stays visible, disabled.
 * @attr {boolean} lock-table - Freeze the per-step table: it stays visible, disabled.
 * @attr {boolean} lock-rule - Freeze the update rule: it stays visible, disabled.
 * @attr {boolean} lock-data-controls - Freeze the data controls: it stays visible, disabled.
 * @attr {boolean} lock-model-controls - Freeze the model controls: it stays visible, disabled.
 * @attr {boolean} lock-optimizer-controls - Freeze the optimizer controls: it stays visible, disabled.
 * @attr {boolean} lock-batching-controls - Freeze the batching controls: it stays visible, disabled.
 * @attr {boolean} lock-run-controls - Freeze the run controls: it stays visible, disabled.
 * @attr {boolean} lock-share - Freeze the share panel: it stays visible, disabled.
 * @attr {boolean} lock-probe - Freeze the prediction probe: it stays visible, disabled.
 * @attr {boolean} lock-matrix - Freeze the data as a matrix: it stays visible, disabled.
 * @attr {boolean} lock-code - Freeze the step as code: it stays visible, disabled.
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
 * @csspart probe - The prediction probe: an input and the model's prediction, worked out.
 * @csspart matrix - The data as the matrix X and the vector y, the batch's rows marked.
 * @csspart code - The step as code: loops and vectorised, Python/NumPy and TypeScript/tfjs.
 * @csspart status - The current step and loss.
 * @csspart alert - Why training stopped (divergence).
 * @csspart problems - Messages about attribute values the widget could not use.
 * @csspart live - The visually hidden live region that narrates training.
 *
 * @cssproperty [--gd-color-accent=#0a66c2] - Buttons, sliders, the solution marker.
 * @cssproperty [--gd-color-background=#ffffff] - Background.
 * @cssproperty [--gd-color-text=#1b1f24] - Text and the optimizer's path.
 * @cssproperty [--gd-color-border=#d0d7de] - Panel borders.
 * @cssproperty [--gd-color-series=#882255] - The fitted line, the loss curve, the current point. Dark theme: #f0e442.
 * @cssproperty [--gd-color-class-0=#d55e00] - Class 0 points. Dark theme: #e69f00.
 * @cssproperty [--gd-color-class-1=#0072b2] - Class 1 points. Dark theme: #56b4e9.
 * @cssproperty [--gd-color-class-2=#009e73] - Class 2 points (softmax data). Dark theme: #009e73.
 * @cssproperty [--gd-color-class-3=#cc79a7] - Class 3 points. Dark theme: #cc79a7.
 * @cssproperty [--gd-color-class-4=#4d4d4d] - Class 4 points (class 5 and up reuse the five colours with other marker shapes). Dark theme: #f0e442.
 * @cssproperty [--gd-color-danger=#b3261e] - Error and divergence messages.
 */
export class GdPlayground extends GdElement {
  static override styles = [
    ...GdElement.styles,
    layeredChartStyles,
    panelsLayoutStyles,
    stepTableStyles,
    playgroundStyles,
    fidelityPanelStyles,
  ];
  static override messagesNamespace = 'gd-playground';
  /**
   * Every attribute but `sync-url` (a plain switch whose problems come from the URL, not from its
   * text). The accepted values are kept by attribute name and composed into one state (`setSchemaValue`).
   */
  static override schema = PLAYGROUND_SCHEMA;

  /** Read the state from, and write it to, the URL fragment (attribute `sync-url`). */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;

  /** Points `{ features, targets, classes?, featureNames? }`; wins over the `data` attribute, a child script and `preset`. */
  @property({ attribute: false }) data?: PlaygroundPoints;

  /** Where the embed snippet loads the single-file bundle from. */
  @property({ attribute: false }) bundleUrl = bundleUrl();

  /** The state in use (after validation). */
  @state() private current: PlaygroundState = DEFAULT_STATE;
  @state() private points?: Dataset;

  /** The accepted value of each schema attribute that is present, by attribute name. */
  private readonly accepted = new Map<string, unknown>();
  private attributesDirty = true;
  /** The state's data object last turned into `points` (see willUpdate). */
  private dataSeen?: PlaygroundState['data'];
  private scriptText?: string;
  private datasetKey = '';
  /** This playground's position among those on the page (for unique region names). */
  /** The root the widget was connected to, for telling its peers when it leaves. */
  private peerRoot?: Node;

  private readonly run = new PlaygroundSession(this, {
    state: () => this.current,
    points: () => this.points,
    datasetKey: () => this.datasetKey,
    pending: () => this.attributesDirty,
    adoptOptimizer: (kind: OptimizerKind, hyperparameters) => {
      this.current = {
        ...this.current,
        optimizer: kind,
        hyperparameters: { ...this.current.hyperparameters, ...hyperparameters },
      };
    },
    emit: (type, detail) => this.emit(type, detail),
    say: (key, params) => this.announce(this.t(key, params)),
    fmt: (value, digits) => this.fmt(value, digits),
  });

  private readonly sharing = new SharePanel(this, {
    t: (key, params) => this.t(key, params),
    announce: (message) => this.announce(message),
    link: () => this.shareLink(),
    embed: () => this.embedSnippet(),
    png: () => this.toPng(),
    root: () => this.renderRoot,
  });

  private readonly urlSync = new UrlSync(this, {
    encoded: () => this.encodedState,
    adopt: (state) => {
      this.current = state;
    },
    problem: (problem, value) =>
      problem ? this.reportProblem('sync-url', value, problem) : this.clearProblem('sync-url'),
  });

  private readonly settings = new SettingsPanels(this, {
    state: () => this.current,
    t: (key, params) => this.t(key, params),
    fmt: (value, digits) => this.fmt(value, digits),
    locale: () => this.i18n.locale,
    change: (patch, phase) => this.change(patch, phase),
    replace: (state) => {
      this.current = state;
      this.fire('change');
    },
  });

  private readonly panelThrottle = new PanelThrottle(() => this.requestUpdate());
  private readonly probeInput = new ProbeInput(() => this.requestUpdate());
  private readonly codePanel = new CodePanelState(() => this.requestUpdate());
  /** The rule, table, matrix and code panels' chunk, loaded when a reader can get to them. */
  private readonly lazyPanels = new LazyPanels(this);

  /** The probe that fits the data (one value per feature), as last checked by `checkProbe`. */
  private probeInUse?: readonly number[];
  private probeChecked?: readonly number[];
  private probeFeatures?: number;

  /** The `probe` attribute's input (feature values in the data's units), when given. */
  get probe(): readonly number[] | undefined {
    return this.accepted.get('probe') as number[] | undefined;
  }

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
    return this.run.session;
  }

  /** True while playing (or training until converged). */
  get playing(): boolean {
    return this.run.playing;
  }

  /** Starts training, `speed` steps per frame. */
  play(): void {
    this.run.play();
  }

  /** Pauses training. */
  pause(): void {
    this.run.pause();
  }

  /** Runs `count` steps now (one read-back); resolves when they are shown. */
  step(count = 1): Promise<void> {
    return this.run.step(count);
  }

  /** Goes back one step (parameters, optimizer state and batch order as they were). */
  stepBack(): Promise<void> {
    return this.run.stepBack();
  }

  /**
   * Shows a kept step in every view and panel without dropping anything (the history scrubber).
   * Play, Step or Step back then continue from it, dropping the steps after it. A step past the
   * last shows the latest again.
   */
  showStep(step: number): void {
    this.run.showStep(step);
  }

  /** The step shown: the scrubbed one, or the latest. */
  get shownStep(): number | undefined {
    return this.run.viewStep ?? this.run.session?.current.step;
  }

  /** Starts the run over from its start point with the same seed (same batches). */
  reset(): Promise<void> {
    return this.run.reset();
  }

  /** Trains quickly until the run converges or diverges (or 10,000 steps pass). */
  trainUntilConverged(): void {
    this.run.trainUntilConverged();
  }

  /**
   * Resolves once pasted CSV is applied, the session matches the state (and the landscape is being computed for it) and
   * every shown panel is drawn: the rule, table, matrix and code panels' code is fetched now if a
   * reader has not brought it yet (by scrolling near them or focusing the element).
   */
  whenReady(): Promise<void> {
    // Ready also means every panel drawn: the secondary ones join a task after the first paint, and
    // their code (a chunk of its own) is fetched now if one of them is shown and not yet loaded.
    // Pasted CSV waiting for its reader's chunk replaces the state first.
    return this.settings.csvApplied
      .then(() => this.run.whenReady())
      .then(() => this.secondaryShown.promise)
      .then(() => (this.showsSecondaryPanel() ? this.lazyPanels.load() : undefined))
      .then(
        () => this.renderRoot.querySelector<GdPlaygroundDataView>('gd-playground-data-view')?.regionsPainted,
      );
  }

  /**
   * The matrix, rule, table and code panels (below the fold, or secondary) and the data view's
   * regions wait for the task after the first painted frame: the first render with data builds
   * only the views and controls, so no single load task holds them all.
   */
  private readonly secondaryShown = (() => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    return { held: true, scheduled: false, promise, resolve };
  })();

  private releaseSecondaryAfterPaint(): void {
    const gate = this.secondaryShown;
    if (!gate.held || gate.scheduled) return;
    gate.scheduled = true;
    void afterNextPaint().then(() => {
      gate.held = false;
      this.requestUpdate();
      void this.updateComplete.then(gate.resolve);
    });
  }

  /** Whether the rule, the table, the matrix or the code is shown (their chunk is then needed). */
  private showsSecondaryPanel(): boolean {
    return (['rule', 'table', 'matrix', 'code'] as const).some((part) => !this.isHidden(part));
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
    return viewsToPng(this.renderRoot, this);
  }

  // --- attributes ------------------------------------------------------------------------------

  /**
   * The schema hands over each accepted attribute value (or the default on removal): it is kept by
   * attribute name, and the next update composes all of them (and `state`) into one state.
   */
  protected override setSchemaValue(spec: AttributeSpec<unknown>, value: unknown): void {
    if (this.hasAttribute(spec.attribute)) this.accepted.set(spec.attribute, value);
    else this.accepted.delete(spec.attribute);
    this.attributesDirty = true;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.peerRoot = this.getRootNode();
    refreshPeers(this, this.peerRoot);
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent?.trim() || undefined;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.attributesDirty = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.peerRoot) refreshPeers(this, this.peerRoot);
    this.run.forget();
    this.sharing.release();
  }

  // --- lifecycle -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.attributesDirty = true;
    if (changed.has('syncUrl') && this.syncUrl) this.urlSync.pending = true;
    if (this.attributesDirty) {
      this.attributesDirty = false;
      this.current = composeAttributes(this.accepted, {
        dataProperty: this.data,
        scriptText: this.scriptText,
        attributeText: (attribute) => this.getAttribute(attribute),
        report: (attribute, value, problem) => this.reportProblem(attribute, value, problem),
        clear: (attribute) => this.clearProblem(attribute),
      });
    }
    this.urlSync.read();
    this.refreshPoints();
    this.checkProbe();
  }

  /**
   * The `probe` attribute needs one value per feature of the data: another count is refused in the
   * widget (one warning) and the last probe that fitted stays in use.
   */
  private checkProbe(): void {
    const probe = this.probe;
    const features = this.points?.features[0]?.length;
    if (probe === this.probeChecked && features === this.probeFeatures) return;
    this.probeChecked = probe;
    this.probeFeatures = features;
    if (probe === undefined || features === undefined || probe.length === features) {
      this.probeInUse = probe;
      if (probe === undefined || features !== undefined) this.clearProblem('probe');
      return;
    }
    this.reportProblem('probe', probe.join(','), {
      code: 'length-mismatch',
      params: { actual: probe.length, other: 'data', expected: features },
    });
    if (this.probeInUse && this.probeInUse.length !== features) this.probeInUse = undefined;
  }

  /** Rebuilds the data set when the state's data changed. */
  private refreshPoints(): void {
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.isConnected) return;
    this.run.sync(this.current, this.points);
    this.urlSync.write();
    if (this.points || this.run.ready) this.releaseSecondaryAfterPaint();
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

  private readonly onDataEdit = (event: CustomEvent<{ features: number[][]; targets: number[] }>): void => {
    event.stopPropagation();
    const next = stateWithEditedPoints(
      this.current,
      this.points,
      event.detail.features,
      event.detail.targets,
    );
    if (next) {
      this.current = next;
      this.fire('change');
    }
  };

  /** A start point picked in the parameter view (in training units on its two axes). */
  private readonly onStartPick = (event: CustomEvent<{ x: number; y: number }>): void => {
    event.stopPropagation();
    const session = this.run.session;
    const landscape = this.run.landscape;
    const dataset = this.points;
    if (!session || !landscape || !dataset || this.isLocked('parameter-view')) return;
    const first = session.history[0]?.parameters ?? session.current.parameters;
    this.change({ start: startFromPick(this.current, dataset, first, landscape, event.detail) }, 'change');
  };

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
    const run = this.run;
    const { kept, shown: history } = run.histories();
    const record = history[history.length - 1];
    const views: PanelsContext = {
      state,
      dataset: this.points,
      landscape: run.landscape,
      theme: this.theme,
      t: (key, params) => this.t(key, params),
      num: (value, options) => this.num(value, options),
      isHidden: (part) => this.isHidden(part),
      isLocked: (part) => this.isLocked(part),
      regionName: (name) => uniqueRegionName(this, name, (n) => this.num(n)),
      solutionOrProblem: (s, dataset) => run.solutionOrProblem(s, dataset),
      onDataEdit: this.onDataEdit,
      onStartPick: this.onStartPick,
      onLossScale: (lossScale) => this.change({ lossScale }, 'change'),
      probe: this.probeInput.state(this.probeInUse, this.points),
      fmt: (value, digits) => this.fmt(value, digits),
      sessionOptions: run.ready ? run.session?.options : undefined,
      codePanel: this.codePanel,
      secondary: this.lazyPanels.panels,
    };
    const show = (part: PlaygroundPart, content: () => TemplateResult | typeof nothing) =>
      this.isHidden(part) ? nothing : content();
    const held = this.secondaryShown.held;
    const panels: ReturnType<PanelThrottle['panels']> = held
      ? { rule: nothing, table: nothing, code: nothing }
      : this.panelThrottle.panels(views, history, run.playing);
    return html`${this.renderProblems()}
      <div class="layout">
        ${renderViews(views, history, record, panels.rule, kept, panels.code, held)}
        <div class="panels" part="panels">
          ${show('run-controls', () =>
            run.renderControls({
              t: (key, params) => this.t(key, params),
              fmt: (value, digits) => this.fmt(value, digits),
              locked: this.isLocked('run-controls'),
              speed: state.speed,
              onSpeed: (speed, phase) => this.change({ speed }, phase),
            }),
          )}
          ${this.settings.render(
            (part) => this.isHidden(part),
            (part) => this.isLocked(part),
          )}
          ${show('share', () => this.sharing.render(this.isLocked('share')))}
        </div>
        ${panels.table}
      </div>
      ${this.renderLiveRegion()}`;
  }
}
