import {
  type DivergenceReason,
  datasetFromArrays,
  type SessionOptions,
  type StepRecord,
} from '@gd-playground/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  GdElement,
  type Parsed,
  parseInRange,
  parseNumber,
  parseOption,
  parsePositive,
  TrainingController,
} from '../internal/index.js';
import { renderCurveChart, renderLossChart, type Visit } from './charts.js';
import { styles } from './gd-lr-slider.styles.js';
import './gd-lr-slider.messages.js';
import {
  clean,
  decades,
  logFraction,
  parseTypedNumber,
  snapRate,
  stepDecade,
  stepRate,
} from './log-steps.js';
import {
  analyse,
  type Convention,
  gradientFactor,
  lossAt,
  type OnePointProblem,
  optimum,
  type RegimeAnalysis,
  regimeBoundaries,
} from './regime.js';
import { lossTex, nextStepTex, ruleTex, texNumber } from './tex.js';

/** `detail` of `gd-step`: one step of the standalone run. */
export interface GdLrSliderStepDetail {
  /** 1 for the first update. */
  readonly step: number;
  /** The weight after the step. */
  readonly w: number;
  /** The loss at that weight. */
  readonly loss: number;
}

/** `detail` of `gd-converged`: the run came within `tolerance` of the minimum. */
export interface GdLrSliderConvergedDetail {
  readonly step: number;
  readonly w: number;
  readonly loss: number;
}

/** `detail` of `gd-diverged`: the run stopped because it blew up. */
export interface GdLrSliderDivergedDetail {
  readonly step: number;
  /** `not-finite`: w or the loss stopped being a finite number; `loss-exploded`: the loss grew a million-fold. */
  readonly reason: DivergenceReason;
}

/** Where the standalone run is. */
type RunStatus = 'ready' | 'running' | 'converged' | 'budget' | 'diverged';

/** The numeric settings, as last accepted. */
interface Settings {
  learningRate: number;
  min: number;
  max: number;
  x: number;
  target: number;
  start: number;
  steps: number;
  tolerance: number;
  convention: Convention;
}

const DEFAULTS: Settings = {
  learningRate: 0.1,
  min: 0.001,
  max: 10,
  x: 1,
  target: 2,
  start: 5,
  steps: 100,
  tolerance: 0.01,
  convention: 'half',
};

/** Keeps the attribute's text as it is, so that a bad value can be shown and refused in `willUpdate`. */
const asText = {
  fromAttribute: (value: string | null) => value as unknown,
  toAttribute: (value: unknown) => value,
};

/** Attribute name of each checked property. */
const ATTRIBUTES: Record<keyof Settings, string> = {
  learningRate: 'learning-rate',
  min: 'min',
  max: 'max',
  x: 'x',
  target: 'target',
  start: 'start',
  steps: 'steps',
  tolerance: 'tolerance',
  convention: 'convention',
};

/**
 * A learning-rate control on a logarithmic scale, with a typed entry and full keyboard use, that
 * shows what the rate does to gradient descent: on the curriculum's one-weight problem (y = 2x at
 * the single point x = 1, from w = 5) it runs the steps, draws them on the loss curve, tabulates
 * w, the error and each update, and names the regime (too slow, converges, oscillates, diverges)
 * from the problem's curvature h: each step multiplies the distance to the minimum by 1 − αh.
 *
 * Linked mode: inside a `<gd-playground>`, or with `for="id"`, it only sets that element's
 * `learningRate` property and hides its own problem.
 *
 * Keyboard on the slider: ←/↓ and →/↑ move to the next "nice" rate (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6,
 * 8 × 10ᵏ), Page Down/Page Up divide or multiply by 10, Home/End go to `min`/`max`. The typed entry
 * accepts the reader's decimal separator (`0,1` or `0.1`) and commits on Enter or when it loses focus.
 *
 * @summary Choose a learning rate on a log scale and see gradient descent crawl, converge, oscillate or diverge.
 *
 * @fires input - Native `input` (bubbles, composed) while the learner drags the slider, presses a key on it, or types a valid rate. Never on property changes.
 * @fires change - Native `change` (bubbles) when the learner commits a rate: slider release or key, Enter or leaving the typed entry.
 * @fires gd-step - After each step of the standalone run; `detail`: {@link GdLrSliderStepDetail} `{ step, w, loss }`.
 * @fires gd-converged - When the run first comes within `tolerance` of the minimum (playing pauses there); `detail`: {@link GdLrSliderConvergedDetail}.
 * @fires gd-diverged - When the run blows up and stops; `detail`: {@link GdLrSliderDivergedDetail} `{ step, reason }`.
 *
 * @csspart problems - The message shown when an attribute value was refused.
 * @csspart control - The learning-rate label, slider and typed entry.
 * @csspart slider - The range input (its position is log₁₀ α).
 * @csspart entry - The typed learning-rate entry.
 * @csspart band - The coloured band under the slider showing where each regime lies.
 * @csspart regime - The regime reached, with α·h and the factor the error is multiplied by.
 * @csspart controls - The Play/Pause, Step and Reset buttons.
 * @csspart status - The run's state (steps taken, converged, stopped and why).
 * @csspart rule - The loss, the update rule and the next step with live numbers.
 * @csspart convention - The squared-error convention switch.
 * @csspart charts - The loss curve with the iterates, and the loss per step.
 * @csspart table - The per-step table (step, w, error, update).
 * @csspart live - The polite live region.
 *
 * @cssproperty [--gd-color-background=#ffffff] - Background.
 * @cssproperty [--gd-color-text=#1b1f24] - Text colour.
 * @cssproperty [--gd-color-muted=#57606a] - Secondary text, the loss curve.
 * @cssproperty [--gd-color-border=#d0d7de] - Borders.
 * @cssproperty [--gd-color-surface=#f6f8fa] - Panels and secondary buttons.
 * @cssproperty [--gd-color-accent=#0a66c2] - Slider, buttons, the iterates; the "converges" zone.
 * @cssproperty [--gd-color-series=#e07a00] - The steps between iterates; the "oscillates" zone.
 * @cssproperty [--gd-color-danger=#b3261e] - Errors; the "diverges" zone.
 * @cssproperty [--gd-radius=6px] - Corner radius.
 * @cssproperty [--gd-font-family=system-ui] - Font.
 * @cssproperty [--gd-padding=0.75rem] - Padding inside the border.
 */
export class GdLrSlider extends GdElement {
  static override styles = [...GdElement.styles, styles];
  static override messagesNamespace = 'gd-lr-slider';

  /** The learning rate α (attribute `learning-rate`), within [`min`, `max`]. */
  @property({ attribute: 'learning-rate', converter: asText }) learningRate = DEFAULTS.learningRate;

  /** Smallest rate on the slider (> 0, below `max`). */
  @property({ converter: asText }) min = DEFAULTS.min;

  /** Largest rate on the slider (above `min`). */
  @property({ converter: asText }) max = DEFAULTS.max;

  /** The single input x of the problem (> 0). */
  @property({ converter: asText }) x = DEFAULTS.x;

  /** The target y of the problem (the curriculum's y = 2x at x = 1: 2). */
  @property({ converter: asText }) target = DEFAULTS.target;

  /** The starting weight w₀. */
  @property({ converter: asText }) start = DEFAULTS.start;

  /** How many steps to run and show at most (1–10,000); also the budget beyond which a rate is "too slow". */
  @property({ converter: asText }) steps = DEFAULTS.steps;

  /** How close to the minimum w* counts as arrived, |w − w*| (> 0). */
  @property({ converter: asText }) tolerance = DEFAULTS.tolerance;

  /** Squared-error convention: `half` is ½(y − ŷ)², `mean` is (y − ŷ)², whose gradient is twice as large. */
  @property() convention: Convention = DEFAULTS.convention;

  /** Hide the per-step table. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-table' }) hideTable = false;

  /** Hide the charts (loss curve and loss per step). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-chart' }) hideChart = false;

  /** Id of an element (in the same document or shadow root) whose `learningRate` property this slider sets; linked mode. */
  @property({ attribute: 'for' }) for = '';

  @state() private settings: Settings = { ...DEFAULTS };
  @state() private status: RunStatus = 'ready';
  @state() private divergence?: { step: number; reason: DivergenceReason; loss: number };
  /** What the learner is typing, while the entry has focus. */
  @state() private draft?: string;
  @state() private linkedTarget?: Element;

  private readonly controller = new TrainingController(this, {
    stepsPerFrame: () => 1,
    onRecords: (records) => this.onRecords(records),
    onSettled: (kind, detail) => {
      if (kind === 'diverged')
        this.onDiverged(detail as { step: number; reason: DivergenceReason; loss: number });
    },
  });
  private building: Promise<unknown> = Promise.resolve();
  private committedRate = DEFAULTS.learningRate;
  private lastRegime?: string;
  private rootObserver?: MutationObserver;
  /** Width available to the charts; measured after layout, one frame late, so a resize never loops. */
  @state() private chartsWidth = 0;
  private sizeObserver?: ResizeObserver;
  private sizeFrame = 0;

  /** Resolves when the standalone run's session for the current settings exists. */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    let seen: Promise<unknown>;
    do {
      seen = this.building;
      await seen;
    } while (seen !== this.building);
  }

  /** Plays the standalone run until it comes within `tolerance`, reaches `steps`, or diverges. */
  play(): void {
    if (!this.canStep) return;
    this.status = 'running';
    this.controller.play();
  }

  /** Pauses the standalone run. */
  pause(): void {
    this.controller.pause();
  }

  /** Runs `count` steps now (never beyond `steps`). Resolves once they are shown. */
  async step(count = 1): Promise<void> {
    await this.whenReady();
    const session = this.controller.session;
    if (!session || !this.canStep) return;
    const remaining = this.settings.steps - (session.history.at(-1)?.step ?? this.settings.steps);
    if (remaining <= 0) return;
    if (this.status === 'ready') this.status = 'running';
    await this.controller.step(Math.min(Math.max(1, Math.round(count)), remaining));
    await this.updateComplete;
  }

  /** Starts the run over from `start` (same rate). */
  async reset(): Promise<void> {
    this.controller.pause();
    await this.whenReady();
    const session = this.controller.session;
    if (!session) return;
    this.restartRun();
    await session.reset();
    this.requestUpdate();
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnected widget gets a fresh session from the controller: its run starts over.
    if (this.hasUpdated) this.restartRun();
    this.findTarget();
    this.sizeObserver ??= new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      cancelAnimationFrame(this.sizeFrame);
      this.sizeFrame = requestAnimationFrame(() => {
        if (next !== this.chartsWidth) this.chartsWidth = next;
      });
    });
    this.sizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rootObserver?.disconnect();
    this.rootObserver = undefined;
    this.sizeObserver?.disconnect();
    cancelAnimationFrame(this.sizeFrame);
  }

  // --- settings ------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.settings;
    const next: Settings = { ...before };
    const numeric: [keyof Settings, (text: string) => Parsed<number>][] = [
      ['x', parsePositive],
      ['target', parseNumber],
      ['start', parseNumber],
      ['steps', (text) => parseInRange(text, 1, 10_000)],
      ['tolerance', parsePositive],
      ['min', parsePositive],
      ['max', parsePositive],
      ['learningRate', parsePositive],
    ];
    for (const [key, parse] of numeric) {
      if (!changed.has(key)) continue;
      const raw = this[key];
      const value = this.accept(ATTRIBUTES[key], raw, parse(String(raw)));
      if (value !== undefined)
        (next as unknown as Record<string, number>)[key] = key === 'steps' ? Math.round(value) : value;
    }
    if (changed.has('convention')) {
      const value = this.accept(
        'convention',
        this.convention,
        parseOption<Convention>(String(this.convention), ['half', 'mean']),
      );
      if (value !== undefined) next.convention = value;
    }
    // min < max: refuse the side that just changed.
    if (next.min >= next.max) {
      if (changed.has('max') && next.max !== before.max) {
        this.reportProblem('max', String(this.max), {
          code: 'out-of-range',
          params: { min: next.min, max: '∞' },
        });
        next.max = before.max;
      }
      if (next.min >= next.max) {
        this.reportProblem('min', String(this.min), {
          code: 'out-of-range',
          params: { min: 0, max: next.max },
        });
        next.min = before.min;
      }
    }
    // The rate must lie on the slider; a rate set explicitly outside is refused, an old one is clamped.
    if (next.learningRate < next.min || next.learningRate > next.max) {
      if (changed.has('learningRate') && next.learningRate !== before.learningRate) {
        this.reportProblem('learning-rate', String(this.learningRate), {
          code: 'out-of-range',
          params: { min: next.min, max: next.max },
        });
        next.learningRate = before.learningRate;
      }
      next.learningRate = Math.min(next.max, Math.max(next.min, next.learningRate));
    }
    // The properties read back what is in use.
    for (const key of Object.keys(ATTRIBUTES) as (keyof Settings)[]) {
      if (this[key] !== next[key]) (this as unknown as Record<string, unknown>)[key] = next[key];
    }
    if (changed.has('for')) this.findTarget();
    this.settings = next;
    if (changed.has('learningRate') && !this.userChanging) this.committedRate = next.learningRate;
    const keys = changed as Map<PropertyKey, unknown>;
    this.applySettings(before, next, keys.has('for') || keys.has('linkedTarget'));
  }

  private userChanging = false;
  private firstApply = true;

  private applySettings(before: Settings, next: Settings, modeChanged: boolean): void {
    if (this.linked) {
      if (this.linkedTarget && (modeChanged || before.learningRate !== next.learningRate)) {
        (this.linkedTarget as Element & { learningRate?: number }).learningRate = next.learningRate;
      }
      if (modeChanged || this.controller.session) this.building = this.controller.configure(undefined);
      this.firstApply = true;
      return;
    }
    const problemChanged =
      this.firstApply ||
      modeChanged ||
      before.x !== next.x ||
      before.target !== next.target ||
      before.start !== next.start ||
      before.convention !== next.convention;
    if (problemChanged) {
      this.firstApply = false;
      this.restartRun();
      this.building = this.controller.configure(this.sessionOptions(next));
    } else if (before.learningRate !== next.learningRate) {
      const session = this.controller.session;
      this.restartRun();
      if (session) {
        (session.optimizer.hyperparameters as Record<string, number>).learningRate = next.learningRate;
        this.building = session.reset().then(() => this.requestUpdate());
      }
    }
    const regime = this.analysis(next).regime;
    if (this.lastRegime !== undefined && regime !== this.lastRegime) {
      this.announce(
        this.t('announceRegime', {
          rate: this.rateText(next.learningRate),
          regime: this.t(`regime.${regime}`),
        }),
      );
    }
    this.lastRegime = regime;
  }

  private sessionOptions(settings: Settings): SessionOptions {
    return {
      dataset: datasetFromArrays({ features: [[settings.x]], targets: [settings.target] }),
      model: { kind: 'linear', features: 1, bias: false, init: { w: [settings.start] } },
      loss: 'mse',
      lossOptions: { convention: settings.convention },
      optimizer: 'sgd',
      hyperparameters: { learningRate: settings.learningRate },
      historyLimit: Math.max(settings.steps, 100),
    };
  }

  /** Forgets how the previous run ended (a new rate, problem or reset starts a new run). */
  private restartRun(): void {
    const wasPlaying = this.controller.playing;
    this.status = wasPlaying ? 'running' : 'ready';
    this.divergence = undefined;
    this.convergedAt = undefined;
  }

  /** Where the run first came within the tolerance. */
  private convergedAt?: Visit;

  // --- linked mode ---------------------------------------------------------------------------

  /** True when this slider drives another element instead of its own problem. */
  private get linked(): boolean {
    return this.for !== '' || this.playgroundAncestor() !== undefined;
  }

  private playgroundAncestor(): Element | undefined {
    const parent = this.closest('gd-playground');
    if (parent) return parent;
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host.localName === 'gd-playground' ? root.host : undefined;
  }

  private findTarget(): void {
    if (!this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    let target: Element | undefined;
    if (this.for) {
      target = root.getElementById?.(this.for) ?? undefined;
      if (target) this.clearProblem('for');
      else {
        this.reportProblem('for', this.for, { code: 'no-target' });
        this.watchForTarget(root);
      }
    } else {
      this.clearProblem('for');
      target = this.playgroundAncestor();
    }
    if (target !== this.linkedTarget) {
      this.linkedTarget = target;
      if (target) (target as Element & { learningRate?: number }).learningRate = this.settings.learningRate;
    }
  }

  /** The target may be added after the slider: look again when the tree changes. */
  private watchForTarget(root: Document | ShadowRoot): void {
    if (this.rootObserver) return;
    this.rootObserver = new MutationObserver(() => {
      if (!this.for || (root.getElementById?.(this.for) ?? null) === null) return;
      this.rootObserver?.disconnect();
      this.rootObserver = undefined;
      this.findTarget();
    });
    this.rootObserver.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    });
  }

  // --- the run -------------------------------------------------------------------------------

  private get canStep(): boolean {
    const last = this.controller.session?.history.at(-1);
    return !!last && this.status !== 'diverged' && last.step < this.settings.steps;
  }

  private onRecords(records: readonly StepRecord[]): void {
    const { settings } = this;
    const best = optimum(settings);
    for (const record of records) {
      const w = record.parameters.w?.[0] ?? Number.NaN;
      this.emit<GdLrSliderStepDetail>('gd-step', { step: record.step, w, loss: record.loss });
      if (this.status === 'diverged') continue;
      if (!this.convergedAt && Math.abs(w - best) <= settings.tolerance) {
        this.convergedAt = { step: record.step, w, loss: record.loss };
        this.status = 'converged';
        this.controller.pause();
        this.emit<GdLrSliderConvergedDetail>('gd-converged', { step: record.step, w, loss: record.loss });
        this.announce(this.statusText());
      }
    }
    const last = records[records.length - 1];
    if (last && this.status !== 'diverged' && last.step >= settings.steps) {
      this.controller.pause();
      if (this.status !== 'converged') {
        this.status = 'budget';
        this.announce(this.statusText());
      }
    }
  }

  private onDiverged(detail: { step: number; reason: DivergenceReason; loss: number }): void {
    this.status = 'diverged';
    this.divergence = detail;
    this.emit<GdLrSliderDivergedDetail>('gd-diverged', { step: detail.step, reason: detail.reason });
    this.announce(this.statusText());
  }

  private analysis(settings: Settings = this.settings): RegimeAnalysis {
    return analyse(this.problem(settings), settings.learningRate, settings.tolerance, settings.steps);
  }

  private problem(settings: Settings = this.settings): OnePointProblem {
    return { x: settings.x, target: settings.target, start: settings.start, convention: settings.convention };
  }

  // --- user input ----------------------------------------------------------------------------

  /** The rate in use, including a learner's choice not yet rendered. */
  private currentRate(): number {
    const { learningRate: rate } = this;
    return typeof rate === 'number' && this.validTyped(rate) ? rate : this.settings.learningRate;
  }

  /** A rate chosen by the learner: applied at once, `input` always, `change` when committed. */
  private chooseRate(rate: number, commit: boolean): void {
    const value = clean(Math.min(this.settings.max, Math.max(this.settings.min, rate)));
    if (value !== this.currentRate()) {
      this.userChanging = true;
      this.learningRate = value;
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    if (commit) this.commitRate(value);
  }

  private commitRate(value: number): void {
    this.userChanging = false;
    if (value === this.committedRate) return;
    this.committedRate = value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onSliderKey(event: KeyboardEvent): void {
    const { min, max } = this.settings;
    const rate = this.currentRate();
    const moves: Record<string, () => number> = {
      ArrowUp: () => stepRate(rate, 1, min, max),
      ArrowRight: () => stepRate(rate, 1, min, max),
      ArrowDown: () => stepRate(rate, -1, min, max),
      ArrowLeft: () => stepRate(rate, -1, min, max),
      PageUp: () => stepDecade(rate, 1, min, max),
      PageDown: () => stepDecade(rate, -1, min, max),
      Home: () => min,
      End: () => max,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.chooseRate(move(), true);
  }

  private onSliderInput(event: Event): void {
    const position = Number((event.target as HTMLInputElement).value);
    this.chooseRate(snapRate(10 ** position, this.settings.min, this.settings.max), false);
  }

  private onSliderChange(): void {
    this.commitRate(this.currentRate());
  }

  private onEntryInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.draft = text;
    const value = parseTypedNumber(text);
    if (this.validTyped(value)) this.chooseRate(value, false);
  }

  private onEntryKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitEntry();
    } else if (event.key === 'Escape' && this.draft !== undefined) {
      this.draft = undefined;
    }
  }

  private commitEntry(): void {
    if (this.draft === undefined) return;
    const value = parseTypedNumber(this.draft);
    this.draft = undefined;
    // An unusable entry goes back to the last committed rate.
    this.chooseRate(this.validTyped(value) ? value : this.committedRate, true);
  }

  private validTyped(value: number): boolean {
    return Number.isFinite(value) && value >= this.settings.min && value <= this.settings.max;
  }

  private onConvention(event: Event): void {
    this.convention = (event.target as HTMLInputElement).value as Convention;
  }

  /** Internal controls' `input`/`change` events stay inside; the host dispatches its own. */
  private readonly contain = (event: Event) => event.stopPropagation();

  private onPlay(): void {
    if (this.controller.playing) this.pause();
    else this.play();
  }

  // --- formatting ----------------------------------------------------------------------------

  private rateText(rate: number): string {
    return this.num(rate, { maximumSignificantDigits: 4 });
  }

  private visits(): Visit[] {
    const history = this.controller.session?.history ?? [];
    return history.map((record) => ({
      step: record.step,
      w: record.parameters.w?.[0] ?? Number.NaN,
      loss: record.loss,
    }));
  }

  private statusText(): string {
    const { settings } = this;
    const visits = this.visits();
    const last = visits[visits.length - 1];
    const best = optimum(settings);
    const w = last ? this.num(last.w) : '';
    switch (this.status) {
      case 'converged':
        return this.t('status.converged', {
          tol: this.num(settings.tolerance),
          optimum: this.num(best),
          step: this.num(this.convergedAt?.step ?? 0),
          w: this.num(this.convergedAt?.w ?? Number.NaN, { maximumFractionDigits: this.toleranceDigits() }),
        });
      case 'budget':
        return this.t('status.budget', {
          step: this.num(last?.step ?? 0),
          w,
          distance: this.num(Math.abs((last?.w ?? Number.NaN) - best), { maximumSignificantDigits: 3 }),
          optimum: this.num(best),
        });
      case 'diverged':
        return this.t(`status.${this.divergence?.reason ?? 'not-finite'}`, {
          step: this.num(this.divergence?.step ?? 0),
          loss: this.num(this.divergence?.loss ?? Number.NaN, {
            notation: 'scientific',
            maximumFractionDigits: 2,
          }),
        });
      case 'running':
        return this.t('status.running', {
          step: this.num(last?.step ?? 0),
          budget: this.num(settings.steps),
          w,
          loss: this.num(last?.loss ?? Number.NaN),
        });
      default:
        return this.t('status.ready', { start: this.num(settings.start) });
    }
  }

  /** Decimals that show w to the tolerance's resolution (0.01 → 2). */
  private toleranceDigits(): number {
    return Math.min(10, Math.max(0, Math.ceil(-Math.log10(this.settings.tolerance) - 1e-9)));
  }

  // --- rendering -----------------------------------------------------------------------------

  override render(): TemplateResult {
    return html`<div class="root" @input=${this.contain} @change=${this.contain}>
      ${this.renderProblems()} ${this.renderControl()} ${this.linked ? nothing : this.renderStandalone()}
      ${this.renderLiveRegion()}
    </div>`;
  }

  private renderControl(): TemplateResult {
    const { learningRate: rate, min, max } = this.settings;
    const typed = this.draft ?? this.rateText(rate);
    const invalid = this.draft !== undefined && !this.validTyped(parseTypedNumber(this.draft));
    return html`<div part="control" class="control">
      <div class="control-head">
        <label for="slider">${this.t('learningRate')}</label>
        <input
          part="entry"
          id="entry"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          aria-label=${this.t('typedRate')}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="hint"
          .value=${live(typed)}
          @input=${this.onEntryInput}
          @keydown=${this.onEntryKey}
          @change=${this.commitEntry}
          @blur=${this.commitEntry}
        />
      </div>
      <p id="hint" class="hint ${invalid ? 'invalid' : ''}">
        ${this.t('typedHint', { min: this.rateText(min), max: this.rateText(max) })}
      </p>
      <div class="slider-wrap">
        <input
          part="slider"
          id="slider"
          type="range"
          min=${Math.log10(min)}
          max=${Math.log10(max)}
          step="any"
          .value=${live(String(Math.log10(rate)))}
          aria-valuetext=${this.rateText(rate)}
          @keydown=${this.onSliderKey}
          @input=${this.onSliderInput}
          @change=${this.onSliderChange}
        />
        ${this.linked ? nothing : this.renderBand()}
        <div class="decades" aria-hidden="true">
          ${decades(min, max).map(
            (value) =>
              html`<span style="left: ${(logFraction(value, min, max) * 100).toFixed(2)}%">${this.rateText(value)}</span>`,
          )}
        </div>
      </div>
    </div>`;
  }

  /** The regime zones under the slider, from the curvature: slow | converges | oscillates | diverges. */
  private renderBand(): TemplateResult {
    const { min, max, tolerance, steps } = this.settings;
    const bounds = regimeBoundaries(this.problem(), tolerance, steps);
    const at = (rate: number) => (logFraction(Math.max(rate, min), min, max) * 100).toFixed(2);
    const stops = [
      `var(--_zone-slow) 0%`,
      `var(--_zone-slow) ${at(bounds.slow)}%`,
      `var(--_zone-converge) ${at(bounds.slow)}%`,
      `var(--_zone-converge) ${at(bounds.oscillate)}%`,
      `var(--_zone-oscillate) ${at(bounds.oscillate)}%`,
      `var(--_zone-oscillate) ${at(bounds.diverge)}%`,
      `var(--_zone-diverge) ${at(bounds.diverge)}%`,
      `var(--_zone-diverge) 100%`,
    ];
    return html`<div part="band" class="band" aria-hidden="true" style="background: linear-gradient(to right, ${stops.join(', ')})"></div>`;
  }

  private renderStandalone(): TemplateResult {
    const { settings } = this;
    const analysis = this.analysis();
    const problem = this.problem();
    const best = optimum(problem);
    const visits = this.visits();
    const playing = this.controller.playing;
    const ready = !!this.controller.session;
    return html`
      <div part="regime" class="regime ${analysis.regime}">
        <p class="regime-name"><span class="swatch" aria-hidden="true"></span><strong>${this.t(`regime.${analysis.regime}`)}</strong></p>
        <p>
          ${this.t('curvature', {
            formula: settings.convention === 'mean' ? '2x²' : 'x²',
            h: this.num(analysis.curvature),
            alphaH: this.num(analysis.alphaH, { maximumSignificantDigits: 4 }),
          })}
          ${this.t(`explain.${analysis.regime}`, {
            optimum: this.num(best),
            factor: this.num(analysis.factor, { maximumSignificantDigits: 4 }),
            steps: this.num(analysis.stepsNeeded),
            tol: this.num(settings.tolerance),
            budget: this.num(settings.steps),
          })}
        </p>
        <ul class="legend" aria-hidden="true">
          ${(['too-slow', 'converges', 'oscillates', 'diverges'] as const).map(
            (name) => html`<li class=${name}><span class="swatch"></span>${this.t(`regime.${name}`)}</li>`,
          )}
        </ul>
      </div>
      <div part="controls" class="controls">
        <button type="button" ?disabled=${!ready || (!playing && !this.canStep)} @click=${this.onPlay}>
          ${playing ? this.t('pause') : this.t('play')}
        </button>
        <button type="button" class="secondary" ?disabled=${!ready || !this.canStep} @click=${() => this.step(1)}>
          ${this.t('step')}
        </button>
        <button type="button" class="secondary" ?disabled=${!ready} @click=${() => this.reset()}>${this.t('reset')}</button>
      </div>
      <p part="status" class="status ${this.status}">${this.statusText()}</p>
      ${this.renderRule(visits)} ${this.hideChart ? nothing : this.renderCharts(visits, best)}
      ${this.hideTable ? nothing : this.renderTable(visits)}
    `;
  }

  private renderRule(visits: readonly Visit[]): TemplateResult {
    const { settings } = this;
    const last = visits[visits.length - 1];
    const w = last?.w ?? settings.start;
    const next =
      w +
      gradientFactor(settings.convention) *
        settings.learningRate *
        (settings.target - w * settings.x) *
        settings.x;
    const tex = (value: number, options?: Intl.NumberFormatOptions) =>
      texNumber(this.num(value, options), value);
    const nextTex =
      Number.isFinite(w) && Number.isFinite(next) && this.status !== 'diverged'
        ? nextStepTex(settings.convention, {
            step: last?.step ?? 0,
            w: tex(w),
            alpha: tex(settings.learningRate, { maximumSignificantDigits: 4 }),
            y: tex(settings.target),
            x: tex(settings.x),
            next: tex(next),
          })
        : undefined;
    return html`<div part="rule" class="rule">
      <fieldset part="convention" class="convention">
        <legend>${this.t('conventionLegend')}</legend>
        ${(['half', 'mean'] as const).map(
          (value) => html`<label>
            <input type="radio" name="convention" value=${value} .checked=${live(settings.convention === value)} @change=${this.onConvention} />
            ${this.t(`convention.${value}`)}
          </label>`,
        )}
      </fieldset>
      <div class="formulas">
        <p class="rule-title">${this.t('ruleTitle')}</p>
        <gd-math display .tex=${lossTex(settings.convention)}></gd-math>
        <gd-math display .tex=${ruleTex(settings.convention)}></gd-math>
        ${
          nextTex
            ? html`<p class="rule-title">${this.t('nextStep')}</p>
                <gd-math class="next" display .tex=${nextTex}></gd-math>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderCharts(visits: readonly Visit[], best: number): TemplateResult {
    const inner = Math.max(240, this.chartsWidth || 600);
    const wide = inner >= 560;
    const chartWidth = Math.floor(wide ? (inner - 16) / 2 : inner);
    const last = visits[visits.length - 1];
    const finiteLast = [...visits].reverse().find((v) => Number.isFinite(v.w) && Number.isFinite(v.loss));
    const problem = this.problem();
    return html`<div part="charts" class="charts">
      <figure>
        <figcaption>${this.t('curveTitle')}</figcaption>
        ${renderCurveChart({
          width: chartWidth,
          height: 220,
          locale: this.i18n.locale,
          visits,
          optimum: best,
          lossAt: (w) => lossAt(problem, w),
          xLabel: 'w',
          yLabel: this.t('lossAxis'),
          label: this.t('curveSummary', {
            optimum: this.num(best),
            count: this.num(visits.length),
            w: this.num(finiteLast?.w ?? Number.NaN),
            loss: this.num(finiteLast?.loss ?? Number.NaN),
          }),
        })}
      </figure>
      <figure>
        <figcaption>${this.t('lossTitle')}</figcaption>
        ${renderLossChart({
          width: chartWidth,
          height: wide ? 220 : 160,
          locale: this.i18n.locale,
          visits,
          xLabel: this.t('stepNumber'),
          yLabel: this.t('loss'),
          label: this.t('lossSummary', {
            first: this.num(visits[0]?.loss ?? Number.NaN),
            last: this.num(last?.loss ?? Number.NaN),
            step: this.num(last?.step ?? 0),
          }),
        })}
      </figure>
    </div>`;
  }

  private renderTable(visits: readonly Visit[]): TemplateResult {
    const { settings } = this;
    const history = this.controller.session?.history ?? [];
    const factor = gradientFactor(settings.convention);
    const rows = visits.map((visit, i) => {
      const following = history[i + 1];
      const predicted = following?.predictions[0] ?? visit.w * settings.x;
      const error = settings.target - predicted;
      const nextW = following?.parameters.w?.[0];
      const pending = nextW === undefined;
      const update = pending ? factor * settings.learningRate * error * settings.x : nextW - visit.w;
      const showPending = pending && this.status !== 'diverged' && Number.isFinite(update);
      return html`<tr>
        <th scope="row">${this.num(visit.step)}</th>
        <td>${this.num(visit.w)}</td>
        <td>${this.num(error)}</td>
        <td class=${pending ? 'pending' : ''}>
          ${pending && !showPending ? '—' : this.num(update)}
          ${showPending ? html`<span class="visually-hidden">${this.t('pending')}</span>` : nothing}
        </td>
      </tr>`;
    });
    return html`<div part="table" class="table scroll" tabindex="0" role="region" aria-labelledby="table-caption">
      <table>
        <caption id="table-caption">${this.t('tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('stepNumber')}</th>
            <th scope="col">w</th>
            <th scope="col">${this.t('error')}</th>
            <th scope="col">${this.t('update')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
  }
}
