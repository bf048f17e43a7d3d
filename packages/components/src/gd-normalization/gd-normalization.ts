// About 560 lines: the class JSDoc, the API contract the manifest is built from, is some 60 of them;
// state (running-state.ts), views (*-view.ts, arithmetic.ts) and parsing (settings.ts) live beside it.
import {
  type ComparisonStep,
  type NormalizationKind,
  normalizeTensor,
  normalizeWithStatistics,
  type TensorNormalization,
  type TensorShape,
} from '@gd-playground/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseInRange, parseNumber, parseOption, parsePositive } from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import { attr } from '../internal/schema.js';
import { PeerRefreshController, uniqueRegionName } from '../internal/widget-label.js';
import { renderAffineControls, renderCellArithmetic, renderStatisticsTable } from './arithmetic.js';
import { ComparisonController } from './comparison-controller.js';
import { renderComparison } from './comparison-view.js';
import { renderControls } from './controls-view.js';
import './gd-normalization.messages.js';
import { normalizationStyles } from './gd-normalization.styles.js';
import { RunningState } from './running-state.js';
import { renderRunning } from './running-view.js';
import {
  defaultTensor,
  parseCount,
  parseEpsilon,
  parseKind,
  parsePerChannel,
  parseRows,
  parseShape,
  resolveTensor,
  type TensorInput,
} from './settings.js';
import { cellAt, renderTensor } from './tensor-view.js';

/** Detail of `gd-step`: a training step of both networks, or a batch folded into the running statistics. */
export type NormalizationStepDetail =
  | {
      readonly source: 'training';
      readonly step: number;
      /** Whole-data MSE of the plain network (NaN once it diverged). */
      readonly plainLoss: number;
      /** Whole-data MSE of the normalised network (training mode: the statistics of all the data). */
      readonly normalizedLoss: number;
      /** The same in evaluation mode (batch norm: its running statistics; layer norm: the same number). */
      readonly normalizedEvalLoss: number;
    }
  | {
      readonly source: 'running';
      /** 1-based number of the batch now shown. */
      readonly batch: number;
      readonly runningMean: readonly number[];
      readonly runningVariance: readonly number[];
    };

const KIND_OPTIONS = ['batch', 'layer'] as const;
const DIGITS: Intl.NumberFormatOptions = { maximumFractionDigits: 4 };
const SMALL: Intl.NumberFormatOptions = { maximumSignificantDigits: 6 };
const LOSS: Intl.NumberFormatOptions = { maximumSignificantDigits: 4 };

/**
 * Lesson C.5, normalisation layers. A small activation tensor (N examples × C channels × H × W, or
 * N × features for a fully connected layer) drawn as blocks with their values; the cells that share
 * one mean and variance are outlined alike (colour, border pattern and a letter) for batch, layer,
 * instance or group normalisation, and the axes reduced over are named. Below: every group's μ and σ²
 * (population variance), the selected cell's x̂ = (x − μ)/√(σ² + ε) and y = γx̂ + β with its numbers,
 * γ and β per channel and ε to edit; the running statistics of batch norm updated batch by batch in
 * PyTorch's convention and what evaluation mode uses; a batch of one example; and the same small
 * MLP trained with and without normalisation on badly scaled inputs, two loss curves played together.
 *
 * Every number comes from `@gd-playground/core` (`normalizeTensor`, `RunningStatistics`,
 * `NormalizationComparison`), computed in float64 for display and shown to 4 decimals.
 *
 * Keyboard: the input tensor is one Tab stop; arrow keys move within it (across channels and
 * examples), Home and End go to the row's ends; the selected cell's arithmetic is shown. Each loss
 * curve is one Tab stop too, a point on the curve: the arrows move it a step, Page Up/Down ten,
 * Home and End to the first and latest step; its step and loss are read out under the chart and
 * announced. In evaluation mode (`mode="eval"`) the batch-norm curve is the loss with the network's
 * running statistics. Playing is sliced against a time budget per frame (`internal/frame-budget.ts`).
 *
 * @summary Batch, layer, instance and group normalisation on one tensor: which cells share a mean, every number, and the effect on training.
 *
 * @attr kind - `batch` (default), `layer`, `instance` or `group`.
 * @attr groups - Number of channel groups for `group` (must divide C; default 1).
 * @attr shape - `N,C,H,W` of the tensor (default 4,3,2,2); with `data`, each row holds C·H·W values.
 * @attr data - Rows of numbers, `1,2;3,6;5,10;7,14`: N examples × features (H = W = 1) unless `shape` says otherwise.
 * @attr epsilon - ε added to σ² under the root (default 1e-5).
 * @attr momentum - Momentum of the running statistics, PyTorch's convention (default 0.1).
 * @attr gamma - Per-channel scale γ, one value per channel (default all 1).
 * @attr beta - Per-channel shift β, one value per channel (default all 0).
 * @attr mode - `train` (batch statistics, default) or `eval` (batch norm uses the running statistics).
 * @attr compare - The normalisation of the second network in the training comparison: `batch` (default) or `layer`.
 * @attr learning-rate - Learning rate of both networks in the comparison (default 0.01).
 * @attr seed - Seed of the comparison's data, weights and batches (default 1).
 *
 * @fires {CustomEvent<NormalizationStepDetail>} gd-step - After each training step of the comparison (`source: 'training'`) and each batch folded into the running statistics (`source: 'running'`).
 * @fires {CustomEvent<{ step: 0 }>} gd-reset - The comparison was reset.
 *
 * @csspart problems - The message shown when an attribute value cannot be used.
 * @csspart controls - The kind, groups and axes line.
 * @csspart input - The input tensor grid.
 * @csspart output - The normalised tensor grid.
 * @csspart statistics - The table of every group's μ and σ².
 * @csspart arithmetic - The selected cell's formulas.
 * @csspart affine - γ, β and ε.
 * @csspart running - Training vs evaluation: running statistics.
 * @csspart comparison - The training comparison.
 * @csspart run-controls - Play, step and reset of the comparison.
 * @csspart status - The comparison's step and losses.
 * @csspart live - The visually hidden live region.
 *
 * @cssproperty [--gd-color-class-0=#d1495b] - Group colour 1 (groups cycle through six colours and three border patterns).
 * @cssproperty [--gd-color-class-1=#1f77b4] - Group colour 2.
 * @cssproperty [--gd-color-class-2=#2a9d8f] - Group colour 3.
 * @cssproperty [--gd-color-class-3=#8250df] - Group colour 4.
 * @cssproperty [--gd-color-class-4=#b7791f] - Group colour 5.
 * @cssproperty [--gd-color-series=#e07a00] - Group colour 6 and the normalised loss curve.
 * @cssproperty [--gd-color-accent=#0a66c2] - Buttons, focus and the plain loss curve.
 * @cssproperty [--gd-font-family=system-ui] - Font.
 */
export class GdNormalization extends GdElement {
  static override styles = [...GdElement.styles, ...normalizationStyles];
  static override messagesNamespace = 'gd-normalization';
  static override schema = [
    attr({ attribute: 'kind', property: 'kind', parse: parseKind, default: 'batch' as NormalizationKind }),
    attr({ attribute: 'groups', property: 'groups', parse: parseCount, default: 1 }),
    attr<TensorShape | undefined>({
      attribute: 'shape',
      property: 'shape',
      parse: parseShape,
      default: undefined,
      resets: true,
    }),
    attr<number[][] | undefined>({
      attribute: 'data',
      property: 'data',
      parse: parseRows,
      default: undefined,
      resets: true,
    }),
    attr({ attribute: 'epsilon', property: 'epsilon', parse: parseEpsilon, default: 1e-5 }),
    attr({
      attribute: 'momentum',
      property: 'momentum',
      parse: (t: string) => parseInRange(t, 0, 1),
      default: 0.1,
    }),
    attr<number[] | undefined>({
      attribute: 'gamma',
      property: 'gamma',
      parse: parsePerChannel,
      default: undefined,
    }),
    attr<number[] | undefined>({
      attribute: 'beta',
      property: 'beta',
      parse: parsePerChannel,
      default: undefined,
    }),
    attr({
      attribute: 'mode',
      property: 'mode',
      parse: (t: string) => parseOption(t, ['train', 'eval'] as const),
      default: 'train' as 'train' | 'eval',
    }),
    attr({
      attribute: 'compare',
      property: 'compare',
      parse: (t: string) => parseOption(t, KIND_OPTIONS),
      default: 'batch' as 'batch' | 'layer',
    }),
    attr({ attribute: 'learning-rate', property: 'learningRate', parse: parsePositive, default: 0.01 }),
    attr({ attribute: 'seed', property: 'seed', parse: parseNumber, default: 1 }),
  ];

  @property({ attribute: false }) kind: NormalizationKind = 'batch';
  @property({ attribute: false }) groups = 1;
  @property({ attribute: false }) shape: TensorShape | undefined = undefined;
  @property({ attribute: false }) data: number[][] | undefined = undefined;
  @property({ attribute: false }) epsilon = 1e-5;
  @property({ attribute: false }) momentum = 0.1;
  @property({ attribute: false }) gamma: number[] | undefined = undefined;
  @property({ attribute: false }) beta: number[] | undefined = undefined;
  @property({ attribute: false }) mode: 'train' | 'eval' = 'train';
  @property({ attribute: false }) compare: 'batch' | 'layer' = 'batch';
  @property({ attribute: false }) learningRate = 0.01;
  @property({ attribute: false }) seed = 1;

  /** Hide "training vs evaluation" (running statistics, batch of one). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-running' }) hideRunning = false;
  /** Hide the training comparison. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-training' }) hideTraining = false;

  @state() private tensor: TensorInput = defaultTensor();
  @state() private groupsValue = 1;
  @state() private gammaValues: number[] = [1, 1, 1];
  @state() private betaValues: number[] = [0, 0, 0];
  @state() private epsilonValue = 1e-5;
  @state() private modeValue: 'train' | 'eval' = 'train';
  /** The step the loss curves' keyboard points are on (undefined: the latest). */
  @state() private curveStep: number | undefined = undefined;
  @state() private selected = 0;
  @state() private single = false;
  /** Replaced (not mutated in place) by a new tensor; `requestUpdate` after each of its steps. */
  private runningState = new RunningState(this.tensor, 0.1);
  private result?: TensorNormalization;
  private readonly comparison = new ComparisonController(this, (steps) => this.onTrainingSteps(steps));

  /** Resolves once the comparison run exists and no step is in flight (for tests and stories). */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    await this.comparison.settled();
    await this.updateComplete;
  }

  /** Tells the other widgets of this kind on the page when this one joins or leaves it. */
  private readonly peers = new PeerRefreshController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('shape') || changed.has('data')) this.applyTensor();
    if (changed.has('gamma') || changed.has('beta')) this.applyAffine();
    if (changed.has('groups') || changed.has('kind') || changed.has('shape') || changed.has('data'))
      this.applyGroups();
    if (changed.has('epsilon')) this.epsilonValue = this.epsilon;
    if (changed.has('mode')) this.modeValue = this.mode;
    if (changed.has('momentum')) this.runningState.statistics.momentum = this.momentum;
    // The comparison's networks exist only while its panel is shown.
    const comparisonKeys = ['compare', 'learningRate', 'seed', 'hideTraining'] as const;
    if (!this.hasUpdated || comparisonKeys.some((key) => changed.has(key))) {
      this.curveStep = undefined;
      void this.comparison.configure(
        this.hideTraining
          ? undefined
          : { normalization: this.compare, learningRate: this.learningRate, seed: this.seed },
      );
    }
    this.result = normalizeTensor(this.shownValues, this.shownShape, {
      kind: this.kind,
      groups: this.groupsValue,
      epsilon: this.epsilonValue,
      gamma: this.gammaValues,
      beta: this.betaValues,
    });
  }

  // ── Settings ─────────────────────────────────────────────────────────────────────────────────

  private applyTensor(): void {
    const resolved = resolveTensor(this.shape, this.data);
    if (!resolved.ok) {
      this.reportProblem(
        this.data ? 'data' : 'shape',
        this.data ? (this.getAttribute('data') ?? '') : String(this.shape),
        resolved.problem,
      );
      return;
    }
    this.clearProblem('data');
    const channels = resolved.tensor.shape[1];
    const channelsChanged = channels !== this.tensor.shape[1];
    this.tensor = resolved.tensor;
    this.selected = 0;
    this.runningState = new RunningState(resolved.tensor, this.momentum);
    if (channelsChanged) {
      this.gammaValues = this.gamma?.length === channels ? [...this.gamma] : new Array(channels).fill(1);
      this.betaValues = this.beta?.length === channels ? [...this.beta] : new Array(channels).fill(0);
    }
  }

  private applyAffine(): void {
    const channels = this.tensor.shape[1];
    for (const name of ['gamma', 'beta'] as const) {
      const value = this[name];
      const fill = name === 'gamma' ? 1 : 0;
      if (value === undefined) {
        this.clearProblem(name);
        this[name === 'gamma' ? 'gammaValues' : 'betaValues'] = new Array(channels).fill(fill);
      } else if (value.length !== channels) {
        this.reportProblem(name, value.join(','), {
          code: 'per-channel',
          params: { count: value.length, channels },
        });
      } else {
        this.clearProblem(name);
        this[name === 'gamma' ? 'gammaValues' : 'betaValues'] = [...value];
      }
    }
  }

  private applyGroups(): void {
    const channels = this.tensor.shape[1];
    if (this.kind === 'group' && channels % this.groups !== 0) {
      this.reportProblem('groups', String(this.groups), {
        code: 'groups-not-dividing',
        params: { channels },
      });
      if (channels % this.groupsValue !== 0) this.groupsValue = 1;
      return;
    }
    this.clearProblem('groups');
    this.groupsValue = this.groups;
  }

  private get shownShape(): TensorShape {
    const [N, C, H, W] = this.tensor.shape;
    return this.single ? [1, C, H, W] : [N, C, H, W];
  }

  private get shownValues(): readonly number[] {
    const [, C, H, W] = this.tensor.shape;
    const values = this.runningState.values;
    return this.single ? values.slice(0, C * H * W) : values;
  }

  // ── Actions ─────────────────────────────────────────────────────────────────────────────────

  private nextBatch(): void {
    const state = this.runningState;
    state.next(this.shownValues, this.shownShape);
    this.requestUpdate();
    const { updates, mean, variance } = state.statistics;
    this.announce(this.t('batchStatus', { batch: this.num(state.batch + 1), updates: this.num(updates) }));
    this.emit<NormalizationStepDetail>('gd-step', {
      source: 'running',
      batch: state.batch + 1,
      runningMean: [...mean],
      runningVariance: [...variance],
    });
  }

  private onTrainingSteps(steps: readonly ComparisonStep[]): void {
    const last = steps[steps.length - 1];
    if (!last) return;
    for (const step of steps) {
      this.emit<NormalizationStepDetail>('gd-step', {
        source: 'training',
        step: step.step,
        plainLoss: step.plain,
        normalizedLoss: step.normalized,
        normalizedEvalLoss: step.normalizedEval,
      });
    }
    if (!this.comparison.playing) {
      this.announce(
        this.t('comparisonStatus', {
          step: this.num(last.step),
          max: this.num(300),
          plain: Number.isFinite(last.plain) ? this.num(last.plain, LOSS) : this.t('diverged'),
          normalized: ((v) => (Number.isFinite(v) ? this.num(v, LOSS) : this.t('diverged')))(
            this.comparisonEvaluates ? last.normalizedEval : last.normalized,
          ),
        }),
      );
    }
  }

  private setAffine(which: 'gamma' | 'beta', channel: number, value: number): void {
    const key = which === 'gamma' ? 'gammaValues' : 'betaValues';
    const next = [...this[key]];
    next[channel] = value;
    this[key] = next;
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────────────

  private evalOutputs(): { normalized: number[]; output: number[] } | undefined {
    if (this.modeValue !== 'eval' || this.kind !== 'batch') return undefined;
    return normalizeWithStatistics(
      this.shownValues,
      this.shownShape,
      { mean: this.runningState.statistics.mean, variance: this.runningState.statistics.variance },
      { epsilon: this.epsilonValue, gamma: this.gammaValues, beta: this.betaValues },
    );
  }

  override render(): TemplateResult {
    const result = this.result;
    if (!result) return html`${this.renderProblems()}`;
    const fmt = (v: number) => this.num(v, DIGITS);
    const shape = this.shownShape;
    const selected = Math.min(this.selected, shape[0] * shape[1] * shape[2] * shape[3] - 1);
    const cell = cellAt(shape, selected);
    const evaluated = this.evalOutputs();
    const gridContext = {
      shape,
      groupOf: result.groupOf,
      selected,
      fullyConnected: this.tensor.fullyConnected,
      format: fmt,
      cellLabel: (c: { n: number; c: number; h: number; w: number }) =>
        this.t(this.tensor.fullyConnected ? 'cellLabelFc' : 'cellLabel', {
          example: c.n + 1,
          channel: c.c + 1,
          position: `${c.h + 1}, ${c.w + 1}`,
        }),
      groupWord: this.t('groupWord'),
      exampleLabel: (n: number) => (n < 0 ? this.t('example') : this.t('exampleShort', { n: n + 1 })),
      channelLabel: (c: number) =>
        this.t(this.tensor.fullyConnected ? 'featureShort' : 'channelShort', { n: c + 1 }),
    };
    return html`${this.renderProblems()}
      ${renderControls({
        t: (key, params) => this.t(key, params),
        kind: this.kind,
        groups: this.groupsValue,
        channels: shape[1],
        result,
        onKind: (kind) => this.setKind(kind),
        onGroups: (groups) => this.setGroups(groups),
      })}
      <div class="grids">
        <figure part="input">
          <figcaption>${this.t(this.single ? 'inputSingle' : 'inputCaption', { shape: shape.join(' × ') })}</figcaption>
          <div class="scroll">${renderTensor({
            ...gridContext,
            id: 'input',
            values: this.shownValues,
            interactive: true,
            label: this.t('inputLabel'),
            onSelect: (k) => {
              this.selected = k;
            },
          })}</div>
        </figure>
        <figure part="output">
          <figcaption>${this.t(evaluated ? 'outputEval' : 'outputCaption')}</figcaption>
          <div class="scroll" tabindex="0" role="region" aria-label=${uniqueRegionName(this, this.t('outputLabel'))}>${renderTensor(
            {
              ...gridContext,
              id: 'output',
              values: evaluated?.output ?? result.output,
              interactive: false,
              label: this.t('outputLabel'),
            },
          )}</div>
        </figure>
      </div>
      <div class="panels-row">
        <div>
          ${renderStatisticsTable(this.arithmeticContext(result, selected, cell))}
          ${renderCellArithmetic(this.arithmeticContext(result, selected, cell))}
        </div>
        ${renderAffineControls(this.arithmeticContext(result, selected, cell))}
      </div>
      ${this.hideRunning ? nothing : this.renderRunningPanel()}
      ${this.hideTraining ? nothing : this.renderComparisonPanel()}
      ${this.renderLiveRegion()}`;
  }

  private arithmeticContext(result: TensorNormalization, selected: number, cell: ReturnType<typeof cellAt>) {
    const evalStats =
      this.modeValue === 'eval' && this.kind === 'batch'
        ? {
            mean: this.runningState.statistics.mean[cell.c] as number,
            variance: this.runningState.statistics.variance[cell.c] as number,
          }
        : undefined;
    return {
      t: (key: string, params?: Readonly<Record<string, unknown>>) => this.t(key, params),
      fmt: (v: number) => this.num(v, DIGITS),
      fmtSmall: (v: number) => this.num(v, SMALL),
      result,
      values: this.shownValues,
      selected,
      cell,
      fullyConnected: this.tensor.fullyConnected,
      evalStatistics: evalStats,
      onGamma: (channel: number, value: number) => this.setAffine('gamma', channel, value),
      onBeta: (channel: number, value: number) => this.setAffine('beta', channel, value),
      onEpsilon: (value: number) => {
        this.epsilonValue = value;
      },
    };
  }

  private renderRunningPanel(): TemplateResult {
    const [, C, H, W] = this.tensor.shape;
    const state = this.runningState;
    const first = state.values.slice(0, C * H * W);
    const alone = (kind: 'batch' | 'layer') =>
      normalizeTensor(first, [1, C, H, W], {
        kind,
        epsilon: this.epsilonValue,
        gamma: this.gammaValues,
        beta: this.betaValues,
      }).output;
    return renderRunning({
      t: (key, params) => this.t(key, params),
      fmt: (v) => this.num(v, DIGITS),
      momentum: state.statistics.momentum,
      mode: this.modeValue,
      batch: state.batch,
      updates: state.statistics.updates,
      mean: state.statistics.mean,
      variance: state.statistics.variance,
      last: state.last,
      refused: state.refused,
      single: this.single,
      isBatchKind: this.kind === 'batch',
      singleOutputs: this.single ? { batch: alone('batch'), layer: alone('layer') } : undefined,
      onNextBatch: () => this.nextBatch(),
      onResetRunning: () => {
        state.reset();
        this.requestUpdate();
      },
      onMode: (mode) => {
        this.modeValue = mode;
      },
      onSingle: (single) => {
        this.single = single;
        this.selected = 0;
      },
    });
  }

  /** Whether the comparison's normalised curve shows evaluation mode (batch norm's running statistics). */
  private get comparisonEvaluates(): boolean {
    return this.modeValue === 'eval' && this.compare === 'batch';
  }

  private renderComparisonPanel(): TemplateResult {
    const run = this.comparison.comparison;
    const evaluation = this.comparisonEvaluates;
    return renderComparison({
      t: (key, params) => this.t(key, params),
      fmt: (v) => this.num(v, DIGITS),
      fmtLoss: (v) => this.num(v, LOSS),
      ready: run !== undefined,
      playing: this.comparison.playing,
      finished: this.comparison.finished,
      plain: run?.history.plain ?? [],
      normalized: (evaluation ? run?.history.normalizedEval : run?.history.normalized) ?? [],
      normalization: this.compare,
      evaluation,
      selected: this.curveStep,
      onSelect: (step) => {
        this.curveStep = step;
      },
      learningRate: this.learningRate,
      width: Math.max(260, (this.width || 600) - 4),
      onPlay: () => (this.comparison.playing ? this.comparison.pause() : this.comparison.play()),
      onStep: () => void this.comparison.step(),
      onReset: () => {
        this.curveStep = undefined;
        this.comparison.reset();
        this.emit('gd-reset', { step: 0 });
      },
    });
  }

  private setKind(kind: NormalizationKind): void {
    this.kind = kind;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private setGroups(groups: number): void {
    if (Number.isInteger(groups) && groups >= 1) this.groups = groups;
  }
}
