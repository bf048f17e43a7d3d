/**
 * The prediction probe (CURRICULUM A.2, A.4, A.8): the learner types an input (in the data's units)
 * or picks one in the data view, and the panel shows what the model predicts for it with the
 * arithmetic written out using the current parameters: ŷ = w₁·x₁ + … + b for a linear model; z, σ(z)
 * and the class at threshold 0.5 for a logistic one. It follows the run (and the history scrubber).
 * All in float64 from the read-back parameters (original units).
 */
import type { Dataset, ParameterValues } from '@gd-playground/core';
import { css, html, mathml, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { columnTitles } from './column-titles.js';
import { sigmoid } from './exact-ledger.js';
import type { PlaygroundModel } from './state.js';

/** What the data view needs to mark the probe: the input (original units) and its prediction. */
export interface ProbeMark {
  readonly features: readonly number[];
  /** ŷ (linear) or σ(z) (logistic). */
  readonly value: number;
}

/** The prediction for one input, in float64. */
export interface ProbePrediction {
  /** ŷ for a linear model, z for a logistic one. */
  readonly z: number;
  /** σ(z) (logistic only). */
  readonly probability?: number;
  /** 0 or 1 at threshold 0.5 (logistic only). */
  readonly predictedClass?: number;
}

/** ŷ = w·x + b, or z, σ(z) and the class for a logistic model (undefined for softmax). */
export function predict(
  model: PlaygroundModel,
  parameters: ParameterValues,
  x: readonly number[],
): ProbePrediction | undefined {
  if (model === 'softmax') return undefined;
  const w = parameters.w ?? [];
  let z = parameters.b?.[0] ?? 0;
  for (let j = 0; j < x.length; j++) z += (w[j] ?? 0) * (x[j] ?? 0);
  if (model === 'linear') return { z };
  const probability = sigmoid(z);
  return { z, probability, predictedClass: probability >= 0.5 ? 1 : 0 };
}

/**
 * The learner's own probe input, kept apart from the `probe` attribute: typing or picking wins until
 * the attribute changes again. Also whether the next click in the data view picks the probe.
 */
export class ProbeInput {
  private typed?: number[];
  private typedFor?: readonly number[];
  picking = false;

  constructor(private readonly requestUpdate: () => void) {}

  /** The input shown: what the learner typed, else the attribute's, else the first example's. */
  values(attribute: readonly number[] | undefined, dataset: Dataset | undefined): number[] {
    if (this.typed && this.typedFor === attribute) return this.typed;
    this.typed = undefined;
    const m = dataset?.features[0]?.length ?? 1;
    const base = attribute ?? dataset?.features[0] ?? [];
    return Array.from({ length: m }, (_, j) => base[j] ?? 0);
  }

  /** The learner set feature j (or several, from a pick). */
  set(
    attribute: readonly number[] | undefined,
    current: readonly number[],
    patch: Record<number, number>,
  ): void {
    const next = [...current];
    for (const [j, value] of Object.entries(patch)) next[Number(j)] = value;
    this.typed = next;
    this.typedFor = attribute;
    this.requestUpdate();
  }

  togglePicking(): void {
    this.picking = !this.picking;
    this.requestUpdate();
  }

  /** The probe as the panels see it, with its handlers bound to this input. */
  state(attribute: readonly number[] | undefined, dataset: Dataset | undefined): ProbeState {
    const values = this.values(attribute, dataset);
    return {
      values,
      picking: this.picking,
      onValue: (index, value) => this.set(attribute, values, { [index]: value }),
      onTogglePick: () => this.togglePicking(),
      onPick: (event) => {
        event.stopPropagation();
        const { x, y } = event.detail;
        // A pick sets feature 1 (and feature 2 where the view plots x₁ against x₂); one pick per press.
        this.set(attribute, values, y !== undefined && event.detail.regions ? { 0: x, 1: y } : { 0: x });
        this.picking = false;
      },
    };
  }
}

/** The probe's input and handlers, as the panels and the data view use them. */
export interface ProbeState {
  readonly values: readonly number[];
  readonly picking: boolean;
  readonly onValue: (index: number, value: number) => void;
  readonly onTogglePick: () => void;
  readonly onPick: (event: CustomEvent<ProbePickDetail>) => void;
}

/** What the probe panel needs from the element. */
export interface ProbePanelContext {
  readonly model: PlaygroundModel;
  readonly dataset: Dataset;
  /** Current parameters in original units. */
  readonly parameters: ParameterValues | undefined;
  readonly values: readonly number[];
  readonly picking: boolean;
  readonly locked: boolean;
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  /** A number with up to `digits` decimals and a true minus sign. */
  readonly fmt: (value: number, digits?: number) => string;
  readonly onValue: (index: number, value: number) => void;
  readonly onTogglePick: () => void;
  /** A region's accessible name, told apart from the same region of another playground on the page. */
  readonly regionName: (name: string) => string;
}

/** A number in MathML; negative ones in parentheses when they follow an operator. */
function mn(fmt: ProbePanelContext['fmt'], value: number, wrap = false) {
  const text = fmt(value, 4);
  return wrap && value < 0 ? mathml`<mo>(</mo><mn>${text}</mn><mo>)</mo>` : mathml`<mn>${text}</mn>`;
}

/** w₁·x₁ + w₂·x₂ + … + b with the current numbers. */
function arithmetic(c: ProbePanelContext, parameters: ParameterValues) {
  const w = parameters.w ?? [];
  const b = parameters.b?.[0];
  const terms = c.values.map(
    (x, j) =>
      mathml`${j > 0 ? mathml`<mo>+</mo>` : nothing}${mn(c.fmt, w[j] ?? 0, j > 0)}<mo>·</mo>${mn(c.fmt, x, true)}`,
  );
  return mathml`${terms}${b === undefined ? nothing : mathml`<mo>+</mo>${mn(c.fmt, b, true)}`}`;
}

function renderResult(c: ProbePanelContext): TemplateResult {
  const parameters = c.parameters;
  const prediction = parameters ? predict(c.model, parameters, c.values) : undefined;
  if (!parameters || !prediction) return html`<p class="note">${c.t('probe.unavailable')}</p>`;
  if (c.model === 'linear') {
    return html`<p class="probe-line" data-probe="prediction">
      <math display="block"><mover><mi>y</mi><mo>^</mo></mover><mo>=</mo>${arithmetic(c, parameters)}<mo>=</mo><mn class="result">${c.fmt(prediction.z, 4)}</mn></math>
    </p>`;
  }
  const classes = c.dataset.classes;
  const klass = prediction.predictedClass ?? 0;
  const className = classes?.[klass] ?? String(klass);
  return html`<p class="probe-line" data-probe="logit">
      <math display="block"><mi>z</mi><mo>=</mo>${arithmetic(c, parameters)}<mo>=</mo><mn class="result">${c.fmt(prediction.z, 4)}</mn></math>
    </p>
    <p class="probe-line" data-probe="probability">
      <math display="block"><mover><mi>y</mi><mo>^</mo></mover><mo>=</mo><mi>σ</mi><mo>(</mo><mi>z</mi><mo>)</mo><mo>=</mo><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>z</mi></mrow></msup></mrow></mfrac><mo>=</mo><mn class="result">${c.fmt(prediction.probability ?? Number.NaN, 4)}</mn></math>
    </p>
    <p class="probe-line" data-probe="class">
      ${c.t('probe.class', { klass: className, threshold: c.fmt(0.5) })}
    </p>`;
}

/** The probe panel: one number field per feature, the pick toggle, and the prediction written out. */
export function renderProbePanel(c: ProbePanelContext): TemplateResult {
  const names = columnTitles(c.dataset, c.t).features;
  return html`<section class="full probe" part="probe" aria-label=${c.regionName(c.t('probe.heading'))}>
    <h3 id="probe-heading">${c.t('probe.heading')}</h3>
    <div class="probe-inputs">
      ${c.values.map(
        (value, j) => html`<label>
          <span>${names[j] ?? `x${j + 1}`}</span>
          <input
            type="number"
            id=${`probe-${j}`}
            step="any"
            .value=${String(value)}
            ?disabled=${c.locked}
            @input=${(event: Event) => {
              event.stopPropagation();
              const parsed = Number((event.target as HTMLInputElement).value);
              if ((event.target as HTMLInputElement).value.trim() !== '' && Number.isFinite(parsed))
                c.onValue(j, parsed);
            }}
            @change=${(event: Event) => event.stopPropagation()}
          />
        </label>`,
      )}
      <button
        type="button"
        id="probe-pick"
        aria-pressed=${c.picking ? 'true' : 'false'}
        ?disabled=${c.locked}
        @click=${c.onTogglePick}
      >
        ${c.t('probe.pick')}
      </button>
    </div>
    <div aria-live="polite">${renderResult(c)}</div>
  </section>`;
}

/** The probe's mark in the data view: a diamond at (x₁, ŷ), or at (x₁, x₂) when the view shows regions. */
export function renderProbeMark(
  mark: ProbeMark | undefined,
  regions: boolean,
  x: (value: number) => number,
  y: (value: number) => number,
): SVGTemplateResult | typeof nothing {
  if (!mark || !Number.isFinite(mark.value)) return nothing;
  const px = x(mark.features[0] ?? 0);
  const py = y(regions ? (mark.features[1] ?? 0) : mark.value);
  if (!Number.isFinite(px) || !Number.isFinite(py)) return nothing;
  const r = 7;
  return svg`<g class="probe-mark" data-probe-mark>
    <path d=${`M${px} ${py - r}L${px + r} ${py}L${px} ${py + r}L${px - r} ${py}Z`}></path>
  </g>`;
}

/** The mark's look inside the data view (its styles list includes these). */
export const probeMarkStyles = css`
  .probe-mark path {
    fill: var(--_bg, #fff);
    stroke: var(--_fg, currentColor);
    stroke-width: 2.5;
  }
`;

/** Detail of `gd-probe-pick`: the picked position in the data view's axes (original units). */
export interface ProbePickDetail {
  readonly x: number;
  /** The vertical axis: the second feature when the view shows regions, else the target. */
  readonly y?: number;
  /** True when the view plots x₁ against x₂. */
  readonly regions?: boolean;
}
