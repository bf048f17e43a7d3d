/**
 * The forward pass of one point written out in MathML, layer by layer: z⁽ˡ⁾ = W⁽ˡ⁾ᵀ a⁽ˡ⁻¹⁾ + b⁽ˡ⁾
 * with the matrix and vectors in full, then a⁽ˡ⁾ = act(z⁽ˡ⁾), the logits, the softmax (or sigmoid)
 * probabilities and the predicted class. Numbers are core's float64 trace of the read-back float32
 * parameters, rounded once for display (so each is right to its last shown digit), all to four
 * significant digits with trailing zeros kept, so a column reads evenly (0.7070 over 0.6928).
 *
 * A chunk of its own (see lazy-parts.ts): nothing of it shows until a point is probed, so a page
 * loads it only then (at once when the `probe` attribute names a point).
 */
import { html, type MathMLTemplateResult, mathml, nothing, type TemplateResult } from 'lit';
import type { ForwardTraceView } from './model-view.js';
import type { ViewText } from './view-text.js';

function mn(text: ViewText, value: number): MathMLTemplateResult {
  return mathml`<mn>${text.computed(value)}</mn>`;
}

/** A column vector. */
function column(text: ViewText, values: readonly number[], name: string): MathMLTemplateResult {
  return mathml`<mrow data-vector=${name}><mo>[</mo><mtable>${values.map(
    (v) => mathml`<mtr><mtd>${mn(text, v)}</mtd></mtr>`,
  )}</mtable><mo>]</mo></mrow>`;
}

/** Wᵀ as a matrix: row c holds the weights into unit c. */
function transposed(text: ViewText, weights: readonly (readonly number[])[]): MathMLTemplateResult {
  const outs = weights[0]?.length ?? 0;
  return mathml`<mrow><mo>[</mo><mtable>${Array.from(
    { length: outs },
    (_, c) => mathml`<mtr>${weights.map((row) => mathml`<mtd>${mn(text, row[c] ?? 0)}</mtd>`)}</mtr>`,
  )}</mtable><mo>]</mo></mrow>`;
}

const sup = (name: string, layer: number) =>
  mathml`<msup><mi>${name}</mi><mrow><mo>(</mo><mn>${layer}</mn><mo>)</mo></mrow></msup>`;

function renderLayer(text: ViewText, trace: ForwardTraceView, l: number): TemplateResult {
  const layer = trace.layers[l];
  if (!layer) return html``;
  const input = l === 0 ? trace.inputs : (trace.layers[l - 1]?.a ?? []);
  const isOutput = l === trace.layers.length - 1;
  const n = l + 1;
  return html`<section class="trace-layer" data-layer=${n}>
    <h4>${text.t('layerMath', { layer: n })} · ${text.t('preActivation')}</h4>
    <math display="block" class="scroll-math">
      <mrow>
        ${sup('z', n)}<mo>=</mo>
        <msup>${sup('W', n)}<mi>⊤</mi></msup>${sup('a', l)}<mo>+</mo>${sup('b', n)}<mo>=</mo>
        ${transposed(text, layer.weights)}${column(text, input, `a${l}`)}<mo>+</mo>${column(text, layer.biases, `b${n}`)}
        <mo>=</mo>${column(text, layer.z, `z${n}`)}
      </mrow>
    </math>
    ${
      isOutput
        ? nothing
        : html`<h4>${text.t('activated')}</h4>
          <math display="block">
            <mrow>${sup('a', n)}<mo>=</mo><mi>${layer.activation}</mi><mo>(</mo>${sup('z', n)}<mo>)</mo><mo>=</mo>${column(text, layer.a, `a${n}`)}</mrow>
          </math>`
    }
  </section>`;
}

function renderOutput(text: ViewText, regression: boolean, trace: ForwardTraceView): TemplateResult {
  if (regression)
    return html`<p class="prediction" data-value="prediction">${text.t('predictionValue', { value: text.computed(trace.predicted) })}</p>`;
  const p = trace.probabilities;
  return html`<h4>${text.t('logits')} → ${text.t('probabilities')}</h4>
    <math display="block">
      <mrow>
        <mi>p</mi><mo>=</mo><mi>softmax</mi><mo>(</mo>${column(text, trace.logits, 'logits')}<mo>)</mo>
        <mo>=</mo>${column(text, p, 'probabilities')}
      </mrow>
    </math>
    <p class="prediction" data-value="prediction">${text.t('prediction', {
      k: trace.predicted,
      p: text.computed(p[trace.predicted] ?? Number.NaN),
    })}</p>`;
}

/** Every layer of the trace, then the output. */
export function renderTrace(text: ViewText, regression: boolean, trace: ForwardTraceView): TemplateResult {
  return html`${trace.layers.map((_, l) => renderLayer(text, trace, l))}${renderOutput(text, regression, trace)}`;
}
