import { GdMath } from '../gd-math/gd-math.js';

if (!customElements.get('gd-math')) customElements.define('gd-math', GdMath);

declare global {
  interface HTMLElementTagNameMap {
    'gd-math': GdMath;
  }
}
