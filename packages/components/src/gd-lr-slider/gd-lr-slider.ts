import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GdElement } from '../internal/gd-element.js';
import { PeerRefreshController, uniqueRegionName } from '../internal/widget-label.js';
import { renderBand } from './band.js';
import { renderCharts } from './charts.js';
import { styles } from './gd-lr-slider.styles.js';
import './gd-lr-slider.messages.js';
import { renderRegime, renderRule } from './panels.js';
import { RateControl } from './rate-control.js';
import {
  analyse,
  type Convention,
  lossAt,
  type OnePointProblem,
  optimum,
  type RegimeAnalysis,
} from './regime.js';
import { SliderRun, statusText } from './run.js';
import {
  DEFAULTS,
  LR_SLIDER_SCHEMA,
  reconcile,
  SETTING_ATTRIBUTES,
  SETTING_KEYS,
  type Settings,
} from './settings.js';
import { renderTable } from './table.js';

export type { GdLrSliderConvergedDetail, GdLrSliderDivergedDetail, GdLrSliderStepDetail } from './run.js';

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
 * @attr {number} learning-rate - The learning rate α, within [`min`, `max`] (default 0.1).
 * @attr {number} min - Smallest rate on the slider, > 0 and below `max` (default 0.001).
 * @attr {number} max - Largest rate on the slider, above `min` (default 10).
 * @attr {number} x - The single input x of the problem, > 0 (default 1).
 * @attr {number} target - The target y of the problem (default 2: the curriculum's y = 2x at x = 1).
 * @attr {number} start - The starting weight w₀ (default 5).
 * @attr {number} steps - How many steps to run and show at most, 1 to 10,000 (default 100); also the
 *   budget beyond which a rate is "too slow".
 * @attr {number} tolerance - How close to the minimum w* counts as arrived, |w − w*| > 0 (default 0.01).
 * @attr {'half' | 'mean'} convention - Squared error as `half` ½(y − ŷ)² (default) or `mean` (y − ŷ)²,
 *   whose gradient is twice as large.
 * @attr {string} for - Id of an element (in the same document or shadow root) whose `learningRate`
 *   this slider sets (linked mode); one with no such element shows a `no-target` problem until it appears.
 * @attr {boolean} hide-table - Hide the per-step table.
 * @attr {boolean} hide-chart - Hide the charts (loss curve and loss per step).
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
 * @cssproperty [--gd-color-series=#882255] - The steps between iterates; the "oscillates" zone. Dark theme: #f0e442.
 * @cssproperty [--gd-color-danger=#b3261e] - Errors; the "diverges" zone.
 * @cssproperty [--gd-radius=6px] - Corner radius.
 * @cssproperty [--gd-font-family=system-ui] - Font.
 * @cssproperty [--gd-padding=0.75rem] - Padding inside the border.
 */
export class GdLrSlider extends GdElement {
  static override styles = [...GdElement.styles, styles];
  static override messagesNamespace = 'gd-lr-slider';
  static override schema = LR_SLIDER_SCHEMA;

  /** The learning rate α (attribute `learning-rate`), within [`min`, `max`]. */
  @property({ attribute: false }) learningRate = DEFAULTS.learningRate;

  /** Smallest rate on the slider (> 0, below `max`). */
  @property({ attribute: false }) min = DEFAULTS.min;

  /** Largest rate on the slider (above `min`). */
  @property({ attribute: false }) max = DEFAULTS.max;

  /** The single input x of the problem (> 0). */
  @property({ attribute: false }) x = DEFAULTS.x;

  /** The target y of the problem (the curriculum's y = 2x at x = 1: 2). */
  @property({ attribute: false }) target = DEFAULTS.target;

  /** The starting weight w₀. */
  @property({ attribute: false }) start = DEFAULTS.start;

  /** How many steps to run and show at most (1–10,000); also the budget beyond which a rate is "too slow". */
  @property({ attribute: false }) steps = DEFAULTS.steps;

  /** How close to the minimum w* counts as arrived, |w − w*| (> 0). */
  @property({ attribute: false }) tolerance = DEFAULTS.tolerance;

  /** Squared-error convention: `half` is ½(y − ŷ)², `mean` is (y − ŷ)², whose gradient is twice as large. */
  @property({ attribute: false }) convention: Convention = DEFAULTS.convention;

  /** Hide the per-step table. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-table' }) hideTable = false;

  /** Hide the charts (loss curve and loss per step). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-chart' }) hideChart = false;

  /** Id of an element (in the same document or shadow root) whose `learningRate` property this slider sets; linked mode. */
  @property({ attribute: false }) for = '';

  @state() private settings: Settings = { ...DEFAULTS };
  @state() private linkedTarget?: Element;
  /** Width available to the charts; measured after layout, one frame late, so a resize never loops. */
  @state() private chartsWidth = 0;

  private readonly run = new SliderRun(this, {
    settings: () => this.settings,
    emit: (type, detail) => this.emit(type, detail),
    announce: () => this.announce(this.statusText()),
  });
  private readonly rate = new RateControl(this, {
    settings: () => this.settings,
    property: () => this.learningRate,
    choose: (rate) => {
      this.learningRate = rate;
    },
    dispatch: (type) => this.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' })),
    t: (key, params) => this.t(key, params),
    rateText: (rate) => this.rateText(rate),
    band: () => (this.linked ? nothing : renderBand(this.problem(), this.settings)),
  });
  private lastRegime?: string;
  private rootObserver?: MutationObserver;
  private sizeObserver?: ResizeObserver;
  private sizeFrame = 0;
  /** Tells the other widgets of this kind on the page when this one joins or leaves it. */
  private readonly peers = new PeerRefreshController(this);
  private firstApply = true;

  /** Resolves when the standalone run's session for the current settings exists. */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    await this.run.whenBuilt();
  }

  /** Plays the standalone run until it comes within `tolerance`, reaches `steps`, or diverges. */
  play(): void {
    this.run.play();
  }

  /** Pauses the standalone run. */
  pause(): void {
    this.run.pause();
  }

  /** Runs `count` steps now (never beyond `steps`). Resolves once they are shown. */
  async step(count = 1): Promise<void> {
    await this.whenReady();
    await this.run.step(count);
    await this.updateComplete;
  }

  /** Starts the run over from `start` (same rate). */
  async reset(): Promise<void> {
    this.run.pause();
    await this.whenReady();
    await this.run.reset();
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnected widget gets a fresh session from the controller: its run starts over.
    if (this.hasUpdated) this.run.restart();
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

  /**
   * The schema has parsed each property on its own; here the rules between them apply (min < max,
   * the rate on the slider), the properties read back what is in use, and the run follows.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.settings;
    const proposed = Object.fromEntries(SETTING_KEYS.map((key) => [key, this[key]])) as unknown as Settings;
    const { settings: next, problems } = reconcile(before, proposed, (key) => changed.has(key));
    for (const { key, problem } of problems) {
      this.reportProblem(SETTING_ATTRIBUTES[key], String(proposed[key]), problem);
    }
    for (const key of SETTING_KEYS) {
      if (this[key] !== next[key]) (this as unknown as Record<string, unknown>)[key] = next[key];
    }
    if (changed.has('for')) this.findTarget();
    this.settings = next;
    if (changed.has('learningRate') && !this.rate.userChanging) this.rate.committedRate = next.learningRate;
    const keys = changed as Map<PropertyKey, unknown>;
    this.applySettings(before, next, keys.has('for') || keys.has('linkedTarget'));
  }

  private applySettings(before: Settings, next: Settings, modeChanged: boolean): void {
    if (this.linked) {
      if (this.linkedTarget && (modeChanged || before.learningRate !== next.learningRate)) {
        (this.linkedTarget as Element & { learningRate?: number }).learningRate = next.learningRate;
      }
      if (modeChanged || this.run.session) this.run.configure(undefined);
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
      this.run.configure(next);
    } else if (before.learningRate !== next.learningRate) {
      this.run.changeRate(next.learningRate);
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

  private analysis(settings: Settings = this.settings): RegimeAnalysis {
    return analyse(this.problem(settings), settings.learningRate, settings.tolerance, settings.steps);
  }

  private problem(settings: Settings = this.settings): OnePointProblem {
    return { x: settings.x, target: settings.target, start: settings.start, convention: settings.convention };
  }

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

  /** Internal controls' `input`/`change` events stay inside; the host dispatches its own. */
  private readonly contain = (event: Event) => event.stopPropagation();

  private onPlay(): void {
    if (this.run.playing) this.pause();
    else this.play();
  }

  // --- rendering -----------------------------------------------------------------------------

  private rateText(rate: number): string {
    return this.num(rate, { maximumSignificantDigits: 4 });
  }

  private statusText(): string {
    return statusText(this.run, this.settings, this.t.bind(this), this.num.bind(this));
  }

  override render(): TemplateResult {
    return html`<div class="root" @input=${this.contain} @change=${this.contain}>
      ${this.renderProblems()} ${this.rate.render()} ${this.linked ? nothing : this.renderStandalone()}
      ${this.renderLiveRegion()}
    </div>`;
  }

  private renderStandalone(): TemplateResult {
    const { settings, run } = this;
    const problem = this.problem();
    const best = optimum(problem);
    const visits = run.visits();
    const ready = !!run.session;
    const t = this.t.bind(this);
    const num = this.num.bind(this);
    const diverged = run.status === 'diverged';
    return html`
      ${renderRegime(this.analysis(), settings, best, t, num)}
      <div part="controls" class="controls">
        <button type="button" ?disabled=${!ready || (!run.playing && !run.canStep)} @click=${this.onPlay}>
          ${run.playing ? this.t('pause') : this.t('play')}
        </button>
        <button type="button" class="secondary" ?disabled=${!ready || !run.canStep} @click=${() => this.step(1)}>
          ${this.t('step')}
        </button>
        <button type="button" class="secondary" ?disabled=${!ready} @click=${() => this.reset()}>${this.t('reset')}</button>
      </div>
      <p part="status" class="status ${run.status}">${this.statusText()}</p>
      ${renderRule({ settings, visits, diverged, t, num, onConvention: (value) => (this.convention = value) })}
      ${
        this.hideChart
          ? nothing
          : renderCharts({
              width: this.chartsWidth,
              locale: this.i18n.locale,
              visits,
              optimum: best,
              lossAt: (w) => lossAt(problem, w),
              t,
              num,
            })
      }
      ${
        this.hideTable
          ? nothing
          : renderTable({
              settings,
              visits,
              history: run.session?.history ?? [],
              diverged,
              t,
              num,
              label: uniqueRegionName(this, this.t('tableTitle'), num),
            })
      }
    `;
  }
}
