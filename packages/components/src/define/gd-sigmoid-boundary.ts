import { GdSigmoidBoundary } from '../gd-sigmoid-boundary/gd-sigmoid-boundary.js';

if (!customElements.get('gd-sigmoid-boundary'))
  customElements.define('gd-sigmoid-boundary', GdSigmoidBoundary);

declare global {
  interface HTMLElementTagNameMap {
    'gd-sigmoid-boundary': GdSigmoidBoundary;
  }
}
