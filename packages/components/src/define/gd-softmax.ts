import { GdSoftmax } from '../gd-softmax/gd-softmax.js';

if (!customElements.get('gd-softmax')) customElements.define('gd-softmax', GdSoftmax);

declare global {
  interface HTMLElementTagNameMap {
    'gd-softmax': GdSoftmax;
  }
}
