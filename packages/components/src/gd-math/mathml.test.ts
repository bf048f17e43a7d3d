// The pre-rendered formulas must be exactly what temml writes (minus style attributes), so readers
// see the same mathematics without the TeX converter on the page.
import temml from 'temml';
import { describe, expect, it } from 'vitest';
import '../gd-loss-explorer/formulas.generated.js';
import '../gd-lr-slider/formulas.generated.js';
import '../gd-playground/formulas.generated.js';
import { lossExplorerSamples, playgroundSamples, sliderSamples } from '../internal/formula-samples.js';
import { prerenderedMathml, templateOf, withoutStyleAttributes } from './mathml.js';

const temmlMathml = (tex: string, display: boolean) =>
  temml.renderToString(tex, { displayMode: display, throwOnError: true, annotate: true });

describe('pre-rendered MathML', () => {
  it('takes numbers of every shape out of a formula, but not script digits or index lists', () => {
    expect(templateOf('w_{6} = 4{,}7 + (-3) \\cdot 1\\,250.5 - x^2 + W_{1,1}').literals).toEqual([
      '6',
      '4{,}7',
      '(-3)',
      '1\\,250.5',
    ]);
    expect(templateOf('= (-2.5 \\cdot 10^{-8}) + 10^{-7}').literals).toEqual([
      '(-2.5 \\cdot 10^{-8})',
      '10^{-7}',
    ]);
  });

  it('equals temml for every lr-slider and loss-explorer formula, in every number format', () => {
    for (const { tex, display } of [...sliderSamples(), ...lossExplorerSamples()]) {
      expect(prerenderedMathml(tex, display), tex).toBe(temmlMathml(tex, display));
    }
  });

  it('equals temml for the playground update rules it has templates for, and covers most of them', () => {
    const samples = playgroundSamples();
    let covered = 0;
    for (const { tex, display } of samples) {
      const markup = prerenderedMathml(tex, display);
      if (markup === undefined) continue;
      covered++;
      expect(markup, tex).toBe(temmlMathml(tex, display));
    }
    expect(covered / samples.length).toBeGreaterThan(0.9);
  });

  it('maps temml style attributes to classes, and unknown ones to data-gd-style', () => {
    const markup = temmlMathml('\\begin{array}{l} a \\\\ b \\end{array}', true);
    expect(markup).toContain(' style="');
    const safe = withoutStyleAttributes(markup);
    expect(safe).not.toMatch(/\sstyle="/);
    expect(safe).toContain('class="tml-display gd-block-math"');
    expect(safe).toContain('class="tml-left gd-no-pad"');
    expect(withoutStyleAttributes('<mi style="color:red;">x</mi>')).toBe(
      '<mi data-gd-style="color:red;">x</mi>',
    );
  });
});
