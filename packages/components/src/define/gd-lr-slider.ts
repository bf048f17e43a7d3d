// Its formulas are <gd-math> elements: registering this element registers that one too.
import './gd-math.js';
// The element's formulas, pre-rendered to MathML: no TeX parser on the page.
import '../gd-lr-slider/formulas.generated.js';
import { GdLrSlider } from '../gd-lr-slider/gd-lr-slider.js';

if (!customElements.get('gd-lr-slider')) customElements.define('gd-lr-slider', GdLrSlider);

declare global {
  interface HTMLElementTagNameMap {
    'gd-lr-slider': GdLrSlider;
  }
}
