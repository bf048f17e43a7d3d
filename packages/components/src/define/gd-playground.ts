// Its update rule is a <gd-math> element with pre-rendered formulas (no TeX parser on the page):
// both come with the rule's chunk (gd-playground/secondary-panels.ts), loaded when it is needed.
import { GdPlayground } from '../gd-playground/gd-playground.js';
import { GdPlaygroundDataView } from '../gd-playground/views/data-view.js';
import { GdPlaygroundLossCurve } from '../gd-playground/views/loss-curve.js';
import { GdPlaygroundParameterView } from '../gd-playground/views/parameter-view.js';

// The views first, so the playground's first render finds them defined.
if (!customElements.get('gd-playground-data-view'))
  customElements.define('gd-playground-data-view', GdPlaygroundDataView);
if (!customElements.get('gd-playground-parameter-view'))
  customElements.define('gd-playground-parameter-view', GdPlaygroundParameterView);
if (!customElements.get('gd-playground-loss-curve'))
  customElements.define('gd-playground-loss-curve', GdPlaygroundLossCurve);
if (!customElements.get('gd-playground')) customElements.define('gd-playground', GdPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'gd-playground': GdPlayground;
    'gd-playground-data-view': GdPlaygroundDataView;
    'gd-playground-parameter-view': GdPlaygroundParameterView;
    'gd-playground-loss-curve': GdPlaygroundLossCurve;
  }
}
