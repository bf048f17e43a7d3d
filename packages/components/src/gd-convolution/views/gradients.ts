/**
 * The backward pass: for L = Σ y²/2 (or Σ y), the upstream gradient ∂L/∂y, then ∂L/∂w and ∂L/∂x,
 * with the two facts that make them convolutions too: ∂L/∂w is the input correlated with ∂L/∂y,
 * ∂L/∂x is a full convolution of ∂L/∂y with the flipped kernel. A line reports whether tfjs's
 * autodiff (tf.grad through tf.conv1d / tf.conv2d) gives the same numbers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConvViewContext } from './context.js';

/** The autodiff check: pending, done (largest absolute difference), or failed. */
export type AutodiffCheck =
  | { readonly state: 'pending' }
  | { readonly state: 'done'; readonly difference: number }
  | { readonly state: 'failed' };

function matrixTable(
  c: ConvViewContext,
  caption: string,
  matrix: readonly (readonly number[])[],
  key: string,
): TemplateResult {
  return html`<table class="grad-table" data-value=${key}>
    <caption>${caption}</caption>
    <tbody>
      ${matrix.map((row) => html`<tr>${row.map((v) => html`<td>${c.fmt(v)}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}

export function renderGradients(c: ConvViewContext, check: AutodiffCheck): TemplateResult {
  const { gradients, trace, settings } = c.model;
  const o = c.outChannel;
  const multiIn = trace.inChannels > 1;
  const lossName = settings.loss === 'half-square' ? 'L = Σ y² / 2' : 'L = Σ y';
  return html`<section class="gradients" part="gradients" aria-label=${c.regionName(c.t('gradientsHeading'))}>
    <h3>${c.t('gradientsHeading')}</h3>
    <p>
      <span>${lossName} = </span><output data-value="loss">${c.fmt(gradients.loss)}</output>
      <span class="hint">${c.t(settings.loss === 'half-square' ? 'upstreamHalfSquare' : 'upstreamSum')}</span>
    </p>
    <div class="grad-tables">
      ${matrixTable(c, trace.outChannels > 1 ? c.t('upstreamCaption', { o }) : '∂L/∂y', gradients.upstream[o] ?? [], 'upstream')}
      ${(gradients.kernel[o] ?? []).map((slice, ch) =>
        matrixTable(
          c,
          multiIn ? c.t('dKernelCaptionChannel', { o, c: ch }) : c.t('dKernelCaption'),
          slice,
          `d-kernel-${ch}`,
        ),
      )}
      ${gradients.input.map((plane, ch) =>
        matrixTable(
          c,
          multiIn ? c.t('dInputCaptionChannel', { c: ch }) : c.t('dInputCaption'),
          plane,
          `d-input-${ch}`,
        ),
      )}
    </div>
    <ul class="facts">
      <li>${c.t('factKernel')}</li>
      <li>${c.t('factInput')}</li>
      ${settings.flip ? html`<li>${c.t('factFlip')}</li>` : nothing}
    </ul>
    <p class="autodiff" data-value="autodiff">
      ${
        check.state === 'done'
          ? c.t('autodiffAgrees', {
              difference: check.difference === 0 ? '0' : check.difference.toExponential(1).replace('-', '−'),
            })
          : check.state === 'failed'
            ? c.t('autodiffFailed')
            : c.t('autodiffPending')
      }
    </p>
  </section>`;
}
