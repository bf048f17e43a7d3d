import { GdNormalization } from '../gd-normalization/gd-normalization.js';

if (!customElements.get('gd-normalization')) customElements.define('gd-normalization', GdNormalization);

declare global {
  interface HTMLElementTagNameMap {
    'gd-normalization': GdNormalization;
  }
}
