import { GdBackprop } from '../gd-backprop/gd-backprop.js';

if (!customElements.get('gd-backprop')) customElements.define('gd-backprop', GdBackprop);

declare global {
  interface HTMLElementTagNameMap {
    'gd-backprop': GdBackprop;
  }
}
