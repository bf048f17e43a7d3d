/**
 * The tables of `<gd-softmax>`: per class logit, probability, log-probability, one-hot truth and
 * gradient; the naive and the stable computation side by side with their exponentials; the
 * Jacobian. Every number comes from core in float64, except the naive column, which core rounds to
 * float32 at every step on purpose.
 */
import type { NaiveSoftmaxSteps, StableSoftmaxSteps } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';

/** What the panels need from the element. */
export interface SoftmaxView {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  /** Fixed 4 decimals ("0.0900"), NaN as "NaN", ∞ as "∞". */
  readonly fixed: (value: number) => string;
  /** Up to 4 decimals ("1000", "1.5"). */
  readonly short: (value: number) => string;
  readonly logits: readonly number[];
  readonly target: number | null;
  readonly temperature: number;
  readonly stable: StableSoftmaxSteps;
  readonly naive: NaiveSoftmaxSteps;
  readonly gradient: readonly number[] | null;
  readonly loss: number | null;
  readonly jacobian: readonly (readonly number[])[];
}

export function renderMainTable(v: SoftmaxView): TemplateResult {
  const { t } = v;
  const withTarget = v.target !== null;
  return html`<table part="table">
    <caption>${t('tableCaption')}</caption>
    <thead>
      <tr>
        <th scope="col">${t('colClass')}</th>
        <th scope="col">${t('colLogit')}</th>
        <th scope="col">${t('colProbability')}</th>
        <th scope="col">${t('colLogProbability')}</th>
        ${withTarget ? html`<th scope="col">${t('colTruth')}</th><th scope="col">${t('colGradient')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${v.logits.map(
        (z, i) => html`<tr class=${i === v.target ? 'target' : ''}>
          <th scope="row">${i}${i === v.target ? html` <span class="mark">★ ${t('targetMark')}</span>` : nothing}</th>
          <td data-value="logit">${v.short(z)}</td>
          <td data-value="p">${v.fixed(v.stable.probabilities[i] ?? Number.NaN)}</td>
          <td data-value="log-p">${v.fixed(v.stable.logProbabilities[i] ?? Number.NaN)}</td>
          ${
            withTarget
              ? html`<td data-value="y">${i === v.target ? 1 : 0}</td>
                <td data-value="gradient">${v.fixed(v.gradient?.[i] ?? Number.NaN)}</td>`
              : nothing
          }
        </tr>`,
      )}
    </tbody>
  </table>
  ${
    v.loss === null
      ? html`<p class="hint" part="loss">${t('noTarget')}</p>`
      : html`<p part="loss">
          <span data-value="loss">${t('crossEntropy', { target: v.target, value: v.fixed(v.loss) })}</span>
          <br /><span class="hint">${t('gradientNote')}</span>
        </p>`
  }`;
}

export function renderStability(v: SoftmaxView): TemplateResult {
  const { t } = v;
  const overflowed = v.naive.probabilities.some((p) => !Number.isFinite(p));
  const column = (
    title: string,
    part: string,
    expHeading: string,
    exps: readonly number[],
    sum: number,
    probabilities: readonly number[],
    extra: TemplateResult,
  ) => html`<section part=${part} class="method">
    <h3>${title}</h3>
    ${extra}
    <table>
      <thead>
        <tr>
          <th scope="col">${t('colClass')}</th>
          <th scope="col">${expHeading}</th>
          <th scope="col">${t('colProbability')}</th>
        </tr>
      </thead>
      <tbody>
        ${exps.map(
          (e, i) => html`<tr>
            <th scope="row">${i}</th>
            <td data-value="exp">${v.short(e)}</td>
            <td data-value="p" class=${Number.isFinite(probabilities[i] ?? Number.NaN) ? '' : 'bad'}>
              ${v.fixed(probabilities[i] ?? Number.NaN)}
            </td>
          </tr>`,
        )}
        <tr>
          <th scope="row">${t('sum')}</th>
          <td data-value="sum">${v.short(sum)}</td>
          <td></td>
        </tr>
      </tbody>
    </table>
  </section>`;
  return html`<section part="stability">
    <h2 id="stability-title">${t('stabilityTitle')}</h2>
    <div class="methods">
      ${column(t('naiveTitle'), 'naive', t('colExp'), v.naive.exps, v.naive.sum, v.naive.probabilities, html``)}
      ${column(
        t('stableTitle'),
        'stable',
        t('colShiftedExp'),
        v.stable.exps,
        v.stable.sum,
        v.stable.probabilities,
        html`<p class="hint">
          <span data-value="max">${t('maxLabel', { value: v.short(v.stable.max) })}</span>;
          <span data-value="lse">${t('logSumExp', { value: v.fixed(v.stable.logSumExp) })}</span>
        </p>`,
      )}
    </div>
    <p class=${overflowed ? 'bad' : 'hint'} data-value="verdict">${overflowed ? t('overflow') : t('noOverflow')}</p>
    <p class="hint">${t('stableNote')}</p>
  </section>`;
}

export function renderJacobian(v: SoftmaxView, cellClass: (value: number) => string): TemplateResult {
  const n = v.logits.length;
  return html`<div class="scroll">
    <table part="jacobian" class="matrix">
      <caption>${v.t('jacobianCaption', { n })}</caption>
      <tbody>
        ${v.jacobian.map(
          (row) => html`<tr>
            ${row.map((value) => html`<td class=${cellClass(value)}>${v.fixed(value)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
