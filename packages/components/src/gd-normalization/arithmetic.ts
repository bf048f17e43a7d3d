/**
 * The arithmetic of `<gd-normalization>`: the table of every group's μ and σ², the selected cell's
 * x̂ and y written out with its numbers (MathML), and the per-channel γ, β and ε controls.
 */
import type { StatisticsGroup, TensorNormalization } from '@gd-playground/core';
import { html, mathml, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type CellIndex, groupLetter } from './tensor-view.js';

type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

export interface ArithmeticContext {
  readonly t: Translate;
  /** Numbers to 4 decimals in the widget's locale. */
  readonly fmt: (value: number) => string;
  /** Small numbers (ε) with enough significant digits. */
  readonly fmtSmall: (value: number) => string;
  readonly result: TensorNormalization;
  /** The input tensor's values (flat). */
  readonly values: readonly number[];
  readonly selected: number;
  readonly cell: CellIndex;
  readonly fullyConnected: boolean;
  /** Evaluation mode with batch norm: the statistics are the running ones, not the group's. */
  readonly evalStatistics?: { readonly mean: number; readonly variance: number };
  readonly onGamma: (channel: number, value: number) => void;
  readonly onBeta: (channel: number, value: number) => void;
  readonly onEpsilon: (value: number) => void;
}

/** Every group's statistics. */
export function renderStatisticsTable(c: ArithmeticContext): TemplateResult {
  const { t, fmt, result } = c;
  const selectedGroup = result.groupOf[c.selected];
  const covers = (s: StatisticsGroup) =>
    [
      s.example === undefined ? t('allExamples') : t('exampleN', { n: s.example + 1 }),
      s.channels.length === result.shape[1] && result.shape[1] > 1
        ? t(c.fullyConnected ? 'allFeatures' : 'allChannels')
        : t(s.channels.length === 1 ? (c.fullyConnected ? 'featureN' : 'channelN') : 'channelsN', {
            n: s.channels.map((ch) => ch + 1).join(', '),
          }),
    ].join(', ');
  return html`<div class="scroll" part="statistics">
    <table class="stats">
      <caption>${t('statsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('group')}</th>
          <th scope="col" class="start">${t('covers')}</th>
          <th scope="col">${t('count')}</th>
          <th scope="col">μ</th>
          <th scope="col">σ²</th>
          <th scope="col">√(σ² + ε)</th>
        </tr>
      </thead>
      <tbody>
        ${result.statistics.map((s) => {
          const letter = groupLetter(s.index);
          return html`<tr data-group=${letter} class=${s.index === selectedGroup ? 'same-group' : ''}>
            <th scope="row"><span class="swatch g${s.index % 6} p${Math.floor(s.index / 6) % 3}" aria-hidden="true"></span>${letter}</th>
            <td class="start">${covers(s)}</td>
            <td>${fmt(s.count)}</td>
            <td data-value="mean">${fmt(s.mean)}</td>
            <td data-value="variance">${fmt(s.variance)}</td>
            <td data-value="scale">${fmt(Math.sqrt(s.variance + result.epsilon))}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The selected cell's arithmetic, every number shown. */
export function renderCellArithmetic(c: ArithmeticContext): TemplateResult {
  const { t, fmt, result } = c;
  const k = c.selected;
  const group = result.statistics[result.groupOf[k] as number] as StatisticsGroup;
  const channel = c.cell.c;
  const x = c.values[k] as number;
  const mean = c.evalStatistics?.mean ?? group.mean;
  const variance = c.evalStatistics?.variance ?? group.variance;
  const gamma = result.gamma[channel] as number;
  const beta = result.beta[channel] as number;
  const xHat = (x - mean) / Math.sqrt(variance + result.epsilon);
  const y = gamma * xHat + beta;
  const members = result.groupOf.flatMap((g, i) => (g === group.index ? [c.values[i] as number] : []));
  const listed = members.length <= 8;
  const sum = members.reduce((a, b) => a + b, 0);
  // Pieces inside <math> are MathML templates: an html`` fragment would create HTML <mn> elements.
  const n = (value: number) => mathml`<mn>${fmt(value)}</mn>`;
  const signed = (value: number) => (value < 0 ? mathml`<mo>(</mo>${n(value)}<mo>)</mo>` : n(value));
  return html`<section class="arithmetic" part="arithmetic">
    <p id="arith-title" class="section-title">
      ${t(c.fullyConnected ? 'cellTitleFc' : 'cellTitle', {
        example: c.cell.n + 1,
        channel: channel + 1,
        position: `${c.cell.h + 1}, ${c.cell.w + 1}`,
        group: groupLetter(group.index),
      })}
    </p>
    ${
      c.evalStatistics
        ? html`<p class="note" data-note="eval">${t('usesRunning')}</p>`
        : html`<p class="formula" data-formula="mean">
          <math display="block">
            <mi>μ</mi><mo>=</mo>
            <mfrac>
              <mrow>${listed ? members.map((v, i) => mathml`${i > 0 ? mathml`<mo>+</mo>` : nothing}${signed(v)}`) : n(sum)}</mrow>
              ${n(group.count)}
            </mfrac>
            <mo>=</mo>${n(group.mean)}
          </math>
        </p>
        <p class="formula" data-formula="variance">
          <math display="block">
            <msup><mi>σ</mi><mn>2</mn></msup><mo>=</mo>
            <mfrac>
              <mrow><mo>∑</mo><msup><mrow><mo>(</mo><mi>x</mi><mo>−</mo>${n(group.mean)}<mo>)</mo></mrow><mn>2</mn></msup></mrow>
              ${n(group.count)}
            </mfrac>
            <mo>=</mo>${n(group.variance)}
          </math>
        </p>`
    }
    <p class="formula" data-formula="normalized">
      <math display="block">
        <mover><mi>x</mi><mo>^</mo></mover><mo>=</mo>
        <mfrac>
          <mrow>${signed(x)}<mo>−</mo>${signed(mean)}</mrow>
          <msqrt>${n(variance)}<mo>+</mo><mn>${c.fmtSmall(result.epsilon)}</mn></msqrt>
        </mfrac>
        <mo>=</mo><mn data-value="x-hat">${fmt(xHat)}</mn>
      </math>
    </p>
    <p class="formula" data-formula="output">
      <math display="block">
        <mi>y</mi><mo>=</mo><msub><mi>γ</mi><mn>${channel + 1}</mn></msub><mover><mi>x</mi><mo>^</mo></mover><mo>+</mo><msub><mi>β</mi><mn>${channel + 1}</mn></msub>
        <mo>=</mo>${signed(gamma)}<mo>·</mo>${signed(xHat)}<mo>+</mo>${signed(beta)}
        <mo>=</mo><mn data-value="y">${fmt(y)}</mn>
      </math>
    </p>
  </section>`;
}

function numberFrom(event: Event): number | undefined {
  const input = event.target as HTMLInputElement;
  const value = input.value.trim() === '' ? Number.NaN : Number(input.value);
  const good = Number.isFinite(value);
  input.setAttribute('aria-invalid', good ? 'false' : 'true');
  return good ? value : undefined;
}

/** γ and β per channel, and ε. */
export function renderAffineControls(c: ArithmeticContext): TemplateResult {
  const { t, result } = c;
  const channels = result.gamma.length;
  return html`<fieldset class="affine" part="affine">
    <legend>${t('affineLegend')}</legend>
    <div class="scroll">
      <table class="affine-table">
        <thead>
          <tr>
            <th scope="col">${t('channel')}</th>
            <th scope="col">γ</th>
            <th scope="col">β</th>
          </tr>
        </thead>
        <tbody>
          ${Array.from(
            { length: channels },
            (_, ch) => html`<tr>
              <th scope="row">${ch + 1}</th>
              <td><input type="number" step="0.1" class="num" data-gamma=${ch}
                aria-label=${t('gammaOf', { channel: ch + 1 })}
                .value=${live(String(result.gamma[ch]))}
                @change=${(event: Event) => {
                  const v = numberFrom(event);
                  if (v !== undefined) c.onGamma(ch, v);
                }} /></td>
              <td><input type="number" step="0.1" class="num" data-beta=${ch}
                aria-label=${t('betaOf', { channel: ch + 1 })}
                .value=${live(String(result.beta[ch]))}
                @change=${(event: Event) => {
                  const v = numberFrom(event);
                  if (v !== undefined) c.onBeta(ch, v);
                }} /></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <label class="field">
      <span>ε</span>
      <input type="number" min="0" max="1" step="0.00001" class="num" id="epsilon"
        .value=${live(String(result.epsilon))}
        @change=${(event: Event) => {
          const v = numberFrom(event);
          if (v !== undefined && v >= 0 && v <= 1) c.onEpsilon(v);
          else (event.target as HTMLInputElement).setAttribute('aria-invalid', 'true');
        }} />
    </label>
  </fieldset>`;
}
