// Over ~500 lines on purpose: this file only wires two views that share one schema, one rule
// picker and one set of events (the scalar graph and the network's module view); its maths is in
// core, and its layout, graph view, steps, panels, module view, player and network state each have
// their own file. Most of the length is the formatter's one-argument-a-line render contexts.
import {
  type BackwardOverride,
  type BackwardStep,
  backwardSteps,
  buildScalarGraph,
  type GradientCheckRow,
  gradientCheck,
  gradientsOf,
  type ModuleId,
  parseExpression,
  ready,
  type ScalarGraph,
  ScalarGraphError,
  tensorValueAndGradients,
} from '@gd-playground/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parsePositive } from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import { heatCellStyles } from '../internal/heat-cells.js';
import { attr } from '../internal/schema.js';
import './gd-backprop.messages.js';
import { backpropStyles } from './gd-backprop.styles.js';
import { renderGraph } from './graph-view.js';
import { type GraphLayout, layeredLayout, neighbourOf } from './layout.js';
import { networkPart } from './lazy-parts.js';
import type { NetworkState } from './network-state.js';
import {
  type RuleChoice,
  renderCustomRule,
  renderDescent,
  renderGradientCheck,
  renderStepControls,
  renderStepText,
} from './panels.js';
import { StepPlayer } from './player.js';
import {
  type ActivationName,
  formatValues,
  networkPreset,
  type ParsedExpression,
  type Phase,
  type Preset,
  parseActivation,
  parseExpressionAttribute,
  parseFormula,
  parsePhase,
  parsePreset,
  parseValues,
  SCALAR_PRESETS,
} from './settings.js';
import {
  backwardSentences,
  forwardSentence,
  type Pass,
  positionOfPhase,
  stateAt,
  totalSteps,
} from './steps.js';

/** `detail` of `gd-step`: the node the step computed, in which pass, and the numbers it has now. */
export interface BackpropStepDetail {
  /** The node's label (`a`, `e`, `L`). */
  readonly node: string;
  readonly nodeId: number;
  readonly pass: Pass;
  /** Steps completed, 1 … total. */
  readonly position: number;
  readonly total: number;
  readonly value: number;
  /** ∂L/∂node after the step (undefined in the forward pass). */
  readonly grad: number | undefined;
}

/** `detail` of `gd-change`: the learner edited a value or took a gradient step. */
export interface BackpropChangeDetail {
  readonly values: Readonly<Record<string, number>>;
  readonly loss: number;
}

const DEFAULT_EXPRESSION = '(a*b + c)*f';
const DEFAULT_VALUES = { a: 2, b: -3, c: 10, f: -2 };
const FOUR = { maximumFractionDigits: 4 };
/** The loss in the descent panel: six decimals, so curriculum A.9's 6.000003 shows. */
const SIX = { maximumFractionDigits: 6 };
const SCI: Intl.NumberFormatOptions = { notation: 'scientific', maximumFractionDigits: 1 };

/**
 * Backpropagation through a computation graph, step by step: the forward pass node by node in
 * topological order, then the backward pass in reverse, each step saying the chain rule with its
 * numbers; gradients reaching a value along two paths add up. Inputs are edited in place; a
 * gradient check compares backpropagation with central differences and tfjs autodiff; a node's
 * backward rule can be replaced (straight-through, clipped, wrong sign, a typed formula) to watch
 * the check turn red. `preset="network"` shows a small network as modules with their Jacobians.
 *
 * @summary A computation graph stepped forward and backward, with the chain rule in numbers.
 *
 * @attr expression - The loss as an expression in `+ − * / ^`, `exp`, `log`, `tanh`, `sigmoid`, `relu` (default `(a*b + c)*f`).
 * @attr values - The inputs' values, `a=2, b=-3, c=10, f=-2` (the default).
 * @attr phase - Which pass is shown completed: `none`, `forward` (default) or `backward`.
 * @attr preset - `none` (default), `neuron` (σ(w·x + b) with squared error), `logistic-step` (curriculum A.9) or `network` (Linear → activation → Linear → softmax → cross-entropy); a preset replaces expression and values.
 * @attr activation - The network preset's activation: `tanh` (default), `relu` or `sigmoid`.
 * @attr learning-rate - α of the gradient step and of the network's training steps (default 0.1).
 * @attr speed - Steps per second while playing (default 1).
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`.
 *
 * @fires gd-step - A step was taken. `detail`: {@link BackpropStepDetail}.
 * @fires gd-change - The learner edited an input or took a gradient step. `detail`: {@link BackpropChangeDetail}.
 *
 * @csspart problems - The list of refused attribute values.
 * @csspart graph - The drawn graph.
 * @csspart run-controls - Play, step, step back, reset and speed.
 * @csspart step-text - The sentence of the current step.
 * @csspart gradient-check - The gradient check table.
 * @csspart custom-gradient - The custom backward rule picker.
 * @csspart descent - The gradient-descent step.
 * @csspart modules - The module view of the network preset.
 * @csspart jacobian - The selected module's Jacobian.
 * @csspart weight-gradient - ∂L/∂W of a selected linear module.
 * @csspart training - The network's losses with and without the custom rule.
 * @csspart live - The polite live region.
 *
 * @cssproperty --gd-color-accent - Forward-pass highlight.
 * @cssproperty --gd-color-series - Backward-pass highlight.
 */
export class GdBackprop extends GdElement {
  static override styles = [...GdElement.styles, heatCellStyles, backpropStyles];
  static override messagesNamespace = 'gd-backprop';

  static override schema = [
    attr({
      attribute: 'expression',
      property: 'expression',
      parse: parseExpressionAttribute,
      default: (): ParsedExpression => ({
        source: DEFAULT_EXPRESSION,
        tree: parseExpression(DEFAULT_EXPRESSION),
      }),
      resets: true,
    }),
    attr({
      attribute: 'values',
      property: 'values',
      parse: parseValues,
      default: () => ({ ...DEFAULT_VALUES }),
      resets: true,
    }),
    attr({ attribute: 'phase', property: 'phase', parse: parsePhase, default: 'forward' as Phase }),
    attr({
      attribute: 'preset',
      property: 'preset',
      parse: parsePreset,
      default: 'none' as Preset,
      resets: true,
    }),
    attr({
      attribute: 'activation',
      property: 'activation',
      parse: parseActivation,
      default: 'tanh' as ActivationName,
    }),
    attr({ attribute: 'learning-rate', property: 'learningRate', parse: parsePositive, default: 0.1 }),
    attr({ attribute: 'speed', property: 'speed', parse: parsePositive, default: 1 }),
  ];

  @property({ attribute: false }) expression: ParsedExpression = {
    source: DEFAULT_EXPRESSION,
    tree: parseExpression(DEFAULT_EXPRESSION),
  };
  @property({ attribute: false }) values: Record<string, number> = { ...DEFAULT_VALUES };
  @property({ attribute: false }) phase: Phase = 'forward';
  @property({ attribute: false }) preset: Preset = 'none';
  @property({ attribute: false }) activation: ActivationName = 'tanh';
  @property({ attribute: false }) learningRate = 0.1;
  @property({ attribute: false }) speed = 1;

  /** The graph shown (the last good one when a new expression or value fails). */
  @state() private graph: ScalarGraph | undefined;
  @state() private position = 0;
  @state() private overrides = new Map<number, BackwardOverride>();
  @state() private focusId = 0;
  @state() private selectedId: number | undefined;
  @state() private formulaText = '1';
  @state() private formulaProblem: string | undefined;
  @state() private descentSteps = 0;
  @state() private tfjsGradients: Record<string, number> | undefined;
  @state() private selectedModule: ModuleId = 'activation';
  @state() private networkOverride: BackwardOverride | undefined;

  private parameters: readonly string[] = [];
  private backward: BackwardStep[] = [];
  private layout: GraphLayout | undefined;
  private checkRows: GradientCheckRow[] = [];
  private tfjsToken = 0;
  /** The network preset's numbers; its code comes in a chunk of its own (network-part.ts). */
  private networkState?: NetworkState;

  /** The tfjs autodiff and the network's numbers, once computed: for tests and lessons. */
  async whenSettled(): Promise<void> {
    await this.updateComplete;
    await this.pending;
    await this.updateComplete;
  }
  private pending: Promise<void> = Promise.resolve();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pause();
    this.networkState?.cancel();
    this.tfjsToken++;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || this.resetRequested(changed)) this.rebuild();
    else if (changed.has('activation') || changed.has('learningRate')) this.refreshNetwork();
    if (changed.has('phase') && this.graph)
      this.position = positionOfPhase(this.phase, this.graph, this.backward);
  }

  private get isNetwork(): boolean {
    return this.preset === 'network';
  }

  /** A new expression, values or preset: a fresh graph at the phase's position. */
  private rebuild(): void {
    this.pause();
    this.overrides = new Map();
    this.networkOverride = undefined;
    this.descentSteps = 0;
    if (this.isNetwork) {
      this.refreshNetwork();
      return;
    }
    const preset =
      this.preset === 'neuron' || this.preset === 'logistic-step' ? SCALAR_PRESETS[this.preset] : undefined;
    const tree = preset ? parseExpression(preset.expression) : this.expression.tree;
    const values = preset ? { ...preset.values } : { ...this.values };
    if (!this.setGraph(tree, values)) return;
    this.parameters = preset?.parameters ?? this.graph?.variables ?? [];
    this.position = this.graph ? positionOfPhase(this.phase, this.graph, this.backward) : 0;
    this.focusId = 0;
    this.selectedId = undefined;
  }

  /** Builds the graph; on a missing value reports it and keeps the last good graph. */
  private setGraph(tree: ParsedExpression['tree'], values: Record<string, number>): boolean {
    try {
      const graph = buildScalarGraph(tree, values);
      if (this.problems.get('values')?.code === 'missing-value') this.clearProblem('values');
      const sameShape = this.graph?.nodes.length === graph.nodes.length && this.graph?.expression === tree;
      this.graph = graph;
      if (!sameShape) this.layout = layeredLayout(graph.nodes);
      this.derive();
      return true;
    } catch (error) {
      if (!(error instanceof ScalarGraphError)) throw error;
      this.reportProblem('values', formatValues(values), {
        code: 'missing-value',
        params: { name: String(error.details['name']) },
      });
      return false;
    }
  }

  /** Backward steps, gradient check and tfjs autodiff for the current graph and overrides. */
  private derive(): void {
    const graph = this.graph;
    if (!graph) return;
    this.backward = backwardSteps(graph, this.overrides);
    this.checkRows = gradientCheck(graph, this.overrides);
    this.tfjsGradients = undefined;
    const token = ++this.tfjsToken;
    const byExpression = new Map(
      [...this.overrides].map(([id, o]) => [graph.nodes[id]?.expressionId ?? -1, o]),
    );
    // tfjs on scalars costs ~0.2 ms a kernel (20–40 ms for the A.9 graph): run it in a task of its
    // own, after the interaction's render, so no single task grows past 50 ms.
    this.pending = ready()
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() =>
        token === this.tfjsToken
          ? tensorValueAndGradients(graph.expression, graph.values, graph.variables, byExpression)
          : undefined,
      )
      .then((result) => {
        if (result && token === this.tfjsToken) this.tfjsGradients = result.gradients;
      });
  }

  /** The update waits for the network preset's chunk while that preset is shown (no placeholder). */
  protected override partsPending(): Promise<unknown> | undefined {
    return networkPart.pending(this.isNetwork);
  }

  private refreshNetwork(): void {
    if (!this.isNetwork) return;
    const part = networkPart.loaded;
    if (!part) {
      // Only when the chunk failed to load before this update: try again, then refresh.
      this.pending = networkPart.load().then((module) => {
        if (!module) return undefined;
        this.refreshNetwork();
        return this.pending;
      });
      return;
    }
    this.networkState ??= new part.NetworkState(() => this.requestUpdate());
    this.pending = this.networkState.refresh(
      networkPreset(this.activation),
      this.networkOverride,
      this.learningRate,
    );
  }

  // --- stepping -------------------------------------------------------------------------------

  private get total(): number {
    return this.graph ? totalSteps(this.graph, this.backward) : 0;
  }

  private stepTo(position: number, announce = true): void {
    const graph = this.graph;
    if (!graph) return;
    this.position = Math.max(0, Math.min(this.total, position));
    const current = stateAt(graph, this.backward, this.position).current;
    if (!current || !announce) return;
    const node = graph.nodes[current.node];
    if (!node) return;
    this.emit<BackpropStepDetail>('gd-step', {
      node: node.label,
      nodeId: node.id,
      pass: current.pass,
      position: this.position,
      total: this.total,
      value: node.value,
      grad:
        current.pass === 'backward' ? stateAt(graph, this.backward, this.position).grads[node.id] : undefined,
    });
    this.announce(this.sentences().join(' '));
  }

  private step = (): void => this.stepTo(this.position + 1);
  private stepBack = (): void => this.stepTo(this.position - 1, false);
  private reset = (): void => {
    this.pause();
    this.stepTo(0, false);
  };

  private readonly player = new StepPlayer(this, {
    step: () => {
      this.step();
      return this.position < this.total;
    },
    speed: () => this.speed,
  });

  private pause(): void {
    this.player.pause();
  }

  private sentences(): string[] {
    const graph = this.graph;
    if (!graph) return [];
    const current = stateAt(graph, this.backward, this.position).current;
    if (!current) return [];
    const context = {
      t: (key: string, params?: Readonly<Record<string, unknown>>) => this.t(key, params),
      fmt: this.fmt,
    };
    return current.pass === 'forward'
      ? [forwardSentence(graph, current.node, context)]
      : backwardSentences(graph, this.backward, current.index, context);
  }

  // --- interaction ----------------------------------------------------------------------------

  private fmt = (value: number): string => this.num(value, FOUR).replace(/^-/, '\u2212');
  private fmt6 = (value: number): string => this.num(value, SIX).replace(/^-/, '\u2212');
  private sci = (value: number): string =>
    value === 0 ? '0' : this.num(value, value >= 0.01 && value < 1000 ? FOUR : SCI).replace(/^-/, '\u2212');

  private focusNode(id: number): void {
    this.focusId = id;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(`.node[data-node="${id}"]`)?.focus();
    });
  }

  private onNodeKey = (event: KeyboardEvent, id: number): void => {
    if (!this.layout || !this.graph) return;
    let target: number | undefined;
    if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = this.graph.nodes.length - 1;
    else target = neighbourOf(this.layout, id, event.key);
    if (target !== undefined) {
      event.preventDefault();
      this.focusNode(target);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'F2') {
      event.preventDefault();
      this.onSelect(id);
      const node = this.graph.nodes[id];
      if (node?.kind === 'variable')
        this.renderRoot.querySelector<HTMLInputElement>(`input[data-variable="${node.label}"]`)?.focus();
    }
  };

  private onSelect = (id: number): void => {
    this.selectedId = id;
    this.focusId = id;
    const override = this.overrides.get(id);
    if (override?.rule === 'formula') return;
    this.formulaProblem = undefined;
  };

  private onValue = (name: string, text: string): void => {
    const graph = this.graph;
    const value = Number(text.trim().replace('\u2212', '-').replace(',', '.'));
    if (!graph || !Number.isFinite(value)) {
      this.requestUpdate();
      return;
    }
    this.setGraph(graph.expression, { ...graph.values, [name]: value });
    this.changed();
  };

  private changed(): void {
    const graph = this.graph;
    if (!graph) return;
    this.emit<BackpropChangeDetail>('gd-change', {
      values: { ...graph.values },
      loss: graph.nodes.at(-1)?.value ?? Number.NaN,
    });
  }

  private descend = (): void => {
    const graph = this.graph;
    if (!graph) return;
    const grads = gradientsOf(graph, this.overrides);
    const next = { ...graph.values };
    for (const name of this.parameters) {
      const id = graph.nodes.findIndex((n) => n.kind === 'variable' && n.label === name);
      next[name] = (next[name] ?? 0) - this.learningRate * (grads[id] ?? 0);
    }
    this.setGraph(graph.expression, next);
    this.descentSteps++;
    this.changed();
  };

  /** A rule from the picker, for the selected graph node or (network) the activation. */
  private onRule = (rule: RuleChoice): void => {
    let override: BackwardOverride | undefined;
    if (rule === 'formula') override = this.formulaOverride(this.formulaText);
    else if (rule !== 'none') override = { rule };
    if (rule === 'formula' && !override) override = { rule: 'formula' };
    this.applyOverride(override);
  };

  private onFormula = (text: string): void => {
    this.formulaText = text;
    this.applyOverride(this.formulaOverride(text) ?? { rule: 'formula' });
  };

  private formulaOverride(text: string): BackwardOverride | undefined {
    const parsed = parseFormula(text);
    this.formulaProblem =
      'column' in parsed ? this.t('formulaProblem', { column: parsed.column }) : undefined;
    return 'override' in parsed ? parsed.override : undefined;
  }

  private applyOverride(override: BackwardOverride | undefined): void {
    if (this.isNetwork) {
      this.networkOverride = override;
      this.refreshNetwork();
      return;
    }
    if (this.selectedId === undefined) return;
    const next = new Map(this.overrides);
    if (override) next.set(this.selectedId, override);
    else next.delete(this.selectedId);
    this.overrides = next;
    this.derive();
    this.position = Math.min(this.position, this.total);
  }

  private onModuleKey = (event: KeyboardEvent, id: ModuleId): void => {
    const next = networkPart.loaded?.moduleAfterKey(event.key, id);
    if (!next) return;
    event.preventDefault();
    this.selectedModule = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-module="${next}"]`)?.focus(),
    );
  };

  // --- rendering ------------------------------------------------------------------------------

  private statusText(): string {
    const current = this.graph ? stateAt(this.graph, this.backward, this.position).current : undefined;
    const pass = !current
      ? this.t('passNone')
      : current.pass === 'forward'
        ? this.t('passForward')
        : this.t('passBackward');
    return this.t('status', { position: this.fmt(this.position), total: this.fmt(this.total), pass });
  }

  private renderScalar() {
    const graph = this.graph;
    const layout = this.layout;
    if (!graph || !layout) return nothing;
    const t = (key: string, params?: Readonly<Record<string, unknown>>) => this.t(key, params);
    const shown = stateAt(graph, this.backward, this.position);
    const selected = this.selectedId === undefined ? undefined : graph.nodes[this.selectedId];
    return html`<p class="expression" data-value="expression">L = ${this.preset === 'none' ? this.expression.source : SCALAR_PRESETS[this.preset as 'neuron'].expression}</p>
      ${renderGraph({
        graph,
        layout,
        state: shown,
        overrides: this.overrides,
        focusId: this.focusId,
        t,
        fmt: this.fmt,
        onKey: this.onNodeKey,
        onSelect: this.onSelect,
        onValue: this.onValue,
      })}
      <div class="panels">
        <div>
          ${renderStepControls({
            t,
            fmt: this.fmt,
            playing: this.player.playing,
            position: this.position,
            total: this.total,
            speed: this.speed,
            status: this.statusText(),
            onPlay: () => this.player.toggle(),
            onStep: this.step,
            onStepBack: this.stepBack,
            onReset: this.reset,
            onSpeed: (speed) => (this.speed = speed),
          })}
          ${renderStepText(this.sentences(), t('stepHint'))}
        </div>
        <div>
          ${renderCustomRule({
            t,
            label: selected?.kind === 'op' ? selected.label : undefined,
            override: selected ? this.overrides.get(selected.id) : undefined,
            formulaText: this.formulaText,
            formulaProblem: this.formulaProblem,
            onRule: this.onRule,
            onFormula: this.onFormula,
          })}
          ${renderDescent({
            t,
            fmt: this.fmt,
            parameters: this.parameters,
            learningRate: this.learningRate,
            steps: this.descentSteps,
            loss: graph.nodes.at(-1)?.value ?? Number.NaN,
            onStep: this.descend,
            lossText: this.fmt6,
          })}
        </div>
      </div>
      ${renderGradientCheck({ t, fmt: this.fmt, sci: this.sci, rows: this.checkRows, tfjs: this.tfjsGradients })}`;
  }

  private renderNetwork() {
    const part = networkPart.loaded;
    if (!part) return nothing;
    const { renderModuleView, renderNetworkCheck, renderTraining } = part;
    const numbers = this.networkState?.numbers;
    const t = (key: string, params?: Readonly<Record<string, unknown>>) => this.t(key, params);
    const context = {
      t,
      fmt: this.fmt,
      sci: this.sci,
      report: numbers?.report,
      activation: this.activation,
      selected: this.selectedModule,
      onSelect: (id: ModuleId) => (this.selectedModule = id),
      onKey: this.onModuleKey,
    };
    return html`${renderModuleView(context)}
      <div class="panels">
        ${renderCustomRule({
          t,
          label: this.activation,
          override: this.networkOverride,
          formulaText: this.formulaText,
          formulaProblem: this.formulaProblem,
          onRule: this.onRule,
          onFormula: this.onFormula,
        })}
        ${numbers ? renderNetworkCheck(context, numbers.check) : nothing}
      </div>
      ${renderTraining(context, numbers?.plain, numbers?.custom, this.learningRate)}`;
  }

  override render() {
    return html`${this.renderProblems()}${this.isNetwork ? this.renderNetwork() : this.renderScalar()}${this.renderLiveRegion()}`;
  }
}
