// Its formulas are <gd-math> elements: registering this element registers that one too.
import './gd-math.js';
// The element's formulas, pre-rendered to MathML: no TeX parser on the page.
import '../gd-loss-explorer/formulas.generated.js';
import { GdLossExplorer } from '../gd-loss-explorer/gd-loss-explorer.js';

if (!customElements.get('gd-loss-explorer')) customElements.define('gd-loss-explorer', GdLossExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'gd-loss-explorer': GdLossExplorer;
  }
}
