import {
  naiveSoftmaxFloat32,
  softmaxCrossEntropy,
  softmaxCrossEntropyGradient,
  softmaxJacobian,
  stableSoftmaxSteps,
} from '@gd-playground/core';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { parsePositive } from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import { heatCellStyles, heatClass, maxAbsOf } from '../internal/heat-cells.js';
import { draggablePointStyles, type MovePhase, type Scale } from '../internal/plot/index.js';
import { attr, checkByParsing } from '../internal/schema.js';
import { logitScale, renderLogitChart, renderProbabilityChart } from './charts.js';
import './gd-softmax.messages.js';
import { softmaxStyles } from './gd-softmax.styles.js';
import { renderJacobian, renderMainTable, renderStability, type SoftmaxView } from './panels.js';
import { parseClassIndex, parseLogits } from './settings.js';

/** `detail` of `gd-change`: the state after the learner moved a logit or the temperature. */
export interface SoftmaxChangeDetail {
  readonly logits: readonly number[];
  readonly temperature: number;
  readonly probabilities: readonly number[];
  /** Cross-entropy for the target class, or null without a target. */
  readonly loss: number | null;
}

const FIXED: Intl.NumberFormatOptions = { minimumFractionDigits: 4, maximumFractionDigits: 4 };
const SCIENTIFIC: Intl.NumberFormatOptions = { notation: 'scientific', maximumFractionDigits: 4 };

/**
 * Softmax with its log, the cross-entropy for a target class and its gradient p − y, and the two
 * ways of computing it side by side: the naive float32 one (exponentiate, then divide), which
 * overflows to ∞ and NaN for logits like 1000, 1001, 1002, and the stable one (subtract the maximum,
 * log-sum-exp), which does not.
 *
 * @summary Softmax, log-softmax, cross-entropy and numerical stability, with draggable logits.
 *
 * @attr logits - Comma-separated logits, 2 to 10 of them (default `1, 2, 3`).
 * @attr target - The true class, counted from 0 as deep-learning libraries count (default: none).
 * @attr temperature - T > 0: the probabilities are softmax(z / T) (default 1).
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`.
 *
 * @fires gd-change - The learner moved a logit or changed the temperature. `detail`: {@link SoftmaxChangeDetail}.
 * @fires input - While a logit is being dragged or the temperature typed.
 * @fires change - When a move ends.
 *
 * @csspart problems - The list of refused attribute values.
 * @csspart logits - The logits bar chart with its handles.
 * @csspart probabilities - The probabilities bar chart.
 * @csspart table - The per-class table.
 * @csspart loss - The cross-entropy line.
 * @csspart stability - The naive and stable computations side by side.
 * @csspart naive - The naive float32 column.
 * @csspart stable - The stable column.
 * @csspart jacobian - The Jacobian matrix.
 * @csspart live - The polite live region.
 *
 * @cssproperty --gd-color-accent - Colour of the bars.
 * @cssproperty --gd-color-series - Colour of the target class's bar.
 */
export class GdSoftmax extends GdElement {
  static override styles = [...GdElement.styles, draggablePointStyles, heatCellStyles, softmaxStyles];
  static override messagesNamespace = 'gd-softmax';

  static override schema = [
    attr({
      attribute: 'logits',
      property: 'logits',
      parse: parseLogits,
      default: () => [1, 2, 3],
      check: checkByParsing(parseLogits),
    }),
    attr({
      attribute: 'target',
      property: 'target',
      parse: parseClassIndex,
      default: null as number | null,
      check: (value) => (value === null ? undefined : checkByParsing(parseClassIndex)(value)),
    }),
    attr({
      attribute: 'temperature',
      property: 'temperature',
      parse: parsePositive,
      default: 1,
      check: checkByParsing(parsePositive),
    }),
  ];

  /** The logits z (2 to 10). */
  @property({ attribute: false }) logits: number[] = [1, 2, 3];
  /** The true class, 0-based, or null for none. */
  @property({ attribute: false }) target: number | null = null;
  /** T > 0. */
  @property({ attribute: false }) temperature = 1;

  /** The target actually used: null while `target` names a class that does not exist. */
  private effectiveTarget: number | null = null;
  /** The logit scale, frozen while a bar is dragged so the bar stays under the pointer. */
  private frozenScale: Scale | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('target') || changed.has('logits')) {
      const n = this.logits.length;
      if (this.target !== null && this.target >= n) {
        this.reportProblem('target', String(this.target), {
          code: 'target-too-large',
          params: { count: n, max: n - 1 },
        });
        this.effectiveTarget = null;
      } else {
        if (this.problems.get('target')?.code === 'target-too-large') this.clearProblem('target');
        this.effectiveTarget = this.target;
      }
    }
  }

  private fixed = (value: number): string => {
    if (Number.isNaN(value)) return 'NaN';
    return this.minus(this.num(value, FIXED));
  };

  private short = (value: number): string => {
    if (Number.isNaN(value)) return 'NaN';
    const big = Number.isFinite(value) && Math.abs(value) >= 1e7;
    return this.minus(this.num(value, big ? SCIENTIFIC : undefined));
  };

  private minus(text: string): string {
    return text.replace(/^-/, '\u2212');
  }

  /** Everything the panels show, from core, float64 (the naive column float32 on purpose). */
  private view(): SoftmaxView {
    const { logits, temperature } = this;
    const target = this.effectiveTarget;
    const stable = stableSoftmaxSteps(logits, temperature);
    const jacobian = softmaxJacobian(stable.probabilities).map((row) => row.map((v) => v / temperature));
    return {
      t: (key, params) => this.t(key, params),
      fixed: this.fixed,
      short: this.short,
      logits,
      target,
      temperature,
      stable,
      naive: naiveSoftmaxFloat32(logits, temperature),
      gradient: target === null ? null : softmaxCrossEntropyGradient(logits, target, temperature),
      loss: target === null ? null : softmaxCrossEntropy(logits, target, temperature),
      jacobian,
    };
  }

  private changed(phase: MovePhase): void {
    this.dispatchEvent(new Event(phase, { bubbles: true, composed: true }));
    if (phase !== 'change') return;
    const target = this.effectiveTarget;
    const probabilities = stableSoftmaxSteps(this.logits, this.temperature).probabilities;
    this.emit<SoftmaxChangeDetail>('gd-change', {
      logits: [...this.logits],
      temperature: this.temperature,
      probabilities,
      loss: target === null ? null : softmaxCrossEntropy(this.logits, target, this.temperature),
    });
    this.announce(this.t('summary', { values: probabilities.map(this.fixed).join(', ') }));
  }

  private onLogitMove = (index: number, value: number, phase: MovePhase): void => {
    this.frozenScale = phase === 'input' ? (this.frozenScale ?? logitScale(this.logits)) : undefined;
    const next = [...this.logits];
    next[index] = value;
    this.logits = next;
    this.changed(phase);
  };

  private onTemperature(event: Event, phase: MovePhase): void {
    event.stopPropagation();
    const value = Number((event.target as HTMLInputElement).value);
    if (!Number.isFinite(value) || value <= 0) return;
    this.temperature = value;
    this.changed(phase);
  }

  override render() {
    const v = this.view();
    const width = Math.max(240, Math.min(480, (this.width || 640) / 2 - 12));
    const classLabel = (i: number) => this.t('classLabel', { i });
    const target = this.effectiveTarget;
    const y = this.frozenScale ?? logitScale(this.logits);
    const maxAbs = maxAbsOf(v.jacobian);
    return html`${this.renderProblems()}
      <p class="formula">
        <math display="block">
          <msub><mi>p</mi><mi>i</mi></msub><mo>=</mo>
          <mfrac>
            <msup><mi>e</mi><mrow><msub><mi>z</mi><mi>i</mi></msub><mo>/</mo><mi>T</mi></mrow></msup>
            <mrow><munder><mo>∑</mo><mi>j</mi></munder><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo>/</mo><mi>T</mi></mrow></msup></mrow>
          </mfrac>
        </math>
      </p>
      <div class="charts">
        ${renderLogitChart({
          width,
          values: this.logits,
          target,
          label: this.t('logitsChart'),
          format: this.short,
          classLabel,
          labelGap: 14,
          y,
          handleLabel: (i) => this.t('logitHandle', { i }),
          locale: this.i18n.locale,
          onMove: this.onLogitMove,
        })}
        ${renderProbabilityChart({
          width,
          values: v.stable.probabilities,
          target,
          label: this.t('probabilitiesChart'),
          format: this.fixed,
          classLabel,
          labelGap: 6,
        })}
      </div>
      <div class="controls">
        <label for="temperature">${this.t('temperature')}</label>
        <input
          id="temperature"
          type="number"
          min="0.05"
          step="0.1"
          .value=${String(this.temperature)}
          @input=${(event: Event) => this.onTemperature(event, 'input')}
          @change=${(event: Event) => this.onTemperature(event, 'change')}
        />
      </div>
      <div class="scroll">${renderMainTable(v)}</div>
      ${renderStability(v)}
      ${renderJacobian(v, (value) => heatClass(value, maxAbs))}
      ${this.renderLiveRegion()}`;
  }
}
