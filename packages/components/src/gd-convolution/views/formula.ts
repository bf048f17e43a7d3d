/**
 * The formulas with live numbers: the output size per dimension,
 * ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1, the PyTorch-style shapes, and the products and sum of the
 * output at the cursor. MathML, written directly (no TeX at run time).
 */
import { html, type TemplateResult } from 'lit';
import type { ConvViewContext } from './context.js';

/** One dimension's output size with the current numbers, e.g. ⌊(5 + 2·1 − 1·(3 − 1) − 1)/2⌋ + 1 = 3. */
function sizeFormula(
  c: ConvViewContext,
  name: string,
  n: number,
  k: number,
  p: number,
  s: number,
  d: number,
  out: number,
): TemplateResult {
  const numerator = n + 2 * p - d * (k - 1) - 1;
  // The general form, then the current numbers, then the result, each on its own line, so no line
  // needs a scrollbar in a phone-wide column.
  return html`<p class="size-formula" data-dimension=${name}>
    <math display="block">
      <mrow>
        <msub><mi>${name}</mi><mtext>out</mtext></msub><mo>=</mo><mo>⌊</mo>
        <mfrac>
          <mrow><mi>n</mi><mo>+</mo><mn>2</mn><mi>p</mi><mo>−</mo><mi>d</mi><mo>(</mo><mi>k</mi><mo>−</mo><mn>1</mn><mo>)</mo><mo>−</mo><mn>1</mn></mrow>
          <mi>s</mi>
        </mfrac>
        <mo>⌋</mo><mo>+</mo><mn>1</mn>
      </mrow>
    </math>
    <math display="block">
      <mrow>
        <mo>=</mo><mo>⌊</mo>
        <mfrac>
          <mrow>
            <mn>${n}</mn><mo>+</mo><mn>2</mn><mo>·</mo><mn>${p}</mn><mo>−</mo><mn>${d}</mn><mo>·</mo><mo>(</mo><mn>${k}</mn><mo>−</mo><mn>1</mn><mo>)</mo><mo>−</mo><mn>1</mn>
          </mrow>
          <mn>${s}</mn>
        </mfrac>
        <mo>⌋</mo><mo>+</mo><mn>1</mn>
      </mrow>
    </math>
    <math display="block">
      <mrow>
        <mo>=</mo><mo>⌊</mo><mfrac><mn>${c.fmt(numerator)}</mn><mn>${s}</mn></mfrac><mo>⌋</mo><mo>+</mo><mn>1</mn><mo>=</mo>
        <mn data-value=${`size-${name}`}>${out}</mn>
      </mrow>
    </math>
  </p>`;
}

export function renderSizeFormulas(c: ConvViewContext): TemplateResult {
  const { trace, settings, dims } = c.model;
  const H = settings.input[0]?.length ?? 0;
  const W = settings.input[0]?.[0]?.length ?? 0;
  const kr = settings.kernel[0]?.[0]?.length ?? 0;
  const kc = settings.kernel[0]?.[0]?.[0]?.length ?? 0;
  const { padding: p, stride: s, dilation: d } = settings;
  return html`<div class="formulas" part="formula" tabindex="0" role="region" aria-label=${c.regionName(c.t('formulaLabel'))}>
    ${
      dims === 1
        ? sizeFormula(c, 'L', W, kc, p, s, d, trace.outCols)
        : html`${sizeFormula(c, 'H', H, kr, p, s, d, trace.outRows)}${sizeFormula(c, 'W', W, kc, p, s, d, trace.outCols)}`
    }
    ${renderShapes(c)}
  </div>`;
}

/** Input (N, C, L) or (N, C, H, W), weight (C_out, C_in, k…), output: PyTorch's layout. */
function renderShapes(c: ConvViewContext): TemplateResult {
  const { trace, settings, dims } = c.model;
  const H = settings.input[0]?.length ?? 0;
  const W = settings.input[0]?.[0]?.length ?? 0;
  const kr = settings.kernel[0]?.[0]?.length ?? 0;
  const kc = settings.kernel[0]?.[0]?.[0]?.length ?? 0;
  const tuple = (values: number[]) => `(${values.join(', ')})`;
  const input = dims === 1 ? tuple([1, trace.inChannels, W]) : tuple([1, trace.inChannels, H, W]);
  const weight =
    dims === 1
      ? tuple([trace.outChannels, trace.inChannels, kc])
      : tuple([trace.outChannels, trace.inChannels, kr, kc]);
  const output =
    dims === 1
      ? tuple([1, trace.outChannels, trace.outCols])
      : tuple([1, trace.outChannels, trace.outRows, trace.outCols]);
  return html`<dl class="shapes" part="shapes">
    <div><dt>${c.t('shapeInput', { layout: dims === 1 ? '(N, C, L)' : '(N, C, H, W)' })}</dt><dd data-value="shape-input">${input}</dd></div>
    <div><dt>${c.t('shapeKernel', { layout: dims === 1 ? '(C_out, C_in, k)' : '(C_out, C_in, k_h, k_w)' })}</dt><dd data-value="shape-kernel">${weight}</dd></div>
    <div><dt>${c.t('shapeOutput', { layout: dims === 1 ? '(N, C_out, L_out)' : '(N, C_out, H_out, W_out)' })}</dt><dd data-value="shape-output">${output}</dd></div>
  </dl>`;
}

/** The output at the cursor, written out: y[i] = 1·1 + 2·0 + 3·(−1) = −2. */
export function renderProducts(c: ConvViewContext): TemplateResult {
  const { current, model } = c;
  const oneD = model.dims === 1;
  const multi = model.trace.outChannels > 1;
  const name = `y${multi ? `[${current.outChannel}]` : ''}${oneD ? `[${current.col}]` : `[${current.row}][${current.col}]`}`;
  const paren = (v: number) => (v < 0 ? `(${c.fmt(v)})` : c.fmt(v));
  const products = current.taps.map((tap) => `${paren(tap.value)}·${paren(tap.weight)}`).join(' + ');
  return html`<p class="products" part="products" aria-live="off">
    <span class="products-name">${name}</span> = <span data-value="products">${products}</span> =
    <output data-value="sum">${c.fmt(current.sum)}</output>
  </p>`;
}
