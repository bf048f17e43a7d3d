/**
 * The update rule with the current numbers, as MathML (no TeX at run time).
 */
import { html, mathml, type TemplateResult } from 'lit';

export interface RuleNumbers {
  stepSize: string;
  lambda: string;
  lipschitz: string;
  bound: string;
  regularizer: 'tv' | 'tikhonov';
  epsilon: string;
}

/** x ← x − η (Re Fᴴ Mᵀ(M F x − y) + λ ∇R(x)), and L = 1 + λ·L_R with the live values. */
export function renderUpdateRule(n: RuleNumbers): TemplateResult {
  // A fragment on its own is parsed as HTML unless tagged `mathml`: an `html` <mfrac> here was an
  // unknown HTML element that drew nothing, leaving "λ · = 2.6" on screen.
  const lr = n.regularizer === 'tv' ? mathml`<mfrac><mn>8</mn><mi>ε</mi></mfrac>` : mathml`<mn>8</mn>`;
  return html`
    <math display="block">
      <mi>x</mi><mo>←</mo><mi>x</mi><mo>−</mo><mn>${n.stepSize}</mn>
      <mo>(</mo><mi>Re</mi><msup><mi>F</mi><mi>H</mi></msup><msup><mi>M</mi><mi>T</mi></msup>
      <mo>(</mo><mi>M</mi><mi>F</mi><mi>x</mi><mo>−</mo><mi>y</mi><mo>)</mo>
      <mo>+</mo><mn>${n.lambda}</mn><mo>∇</mo><mi>R</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo>
    </math>
    <math display="block">
      <mi>L</mi><mo>=</mo><mn>1</mn><mo>+</mo><mi>λ</mi><mo>·</mo>${lr}<mo>=</mo><mn>${n.lipschitz}</mn>
      <mo>,</mo><mspace width="1em"></mspace>
      <mfrac><mn>1</mn><mi>L</mi></mfrac><mo>=</mo><mn>${n.bound}</mn>
    </math>
  `;
}
