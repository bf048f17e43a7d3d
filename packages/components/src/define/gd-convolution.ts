import { GdConvolution } from '../gd-convolution/gd-convolution.js';

if (!customElements.get('gd-convolution')) customElements.define('gd-convolution', GdConvolution);

declare global {
  interface HTMLElementTagNameMap {
    'gd-convolution': GdConvolution;
  }
}
