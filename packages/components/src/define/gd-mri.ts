import { GdMri } from '../gd-mri/gd-mri.js';

if (!customElements.get('gd-mri')) customElements.define('gd-mri', GdMri);

declare global {
  interface HTMLElementTagNameMap {
    'gd-mri': GdMri;
  }
}
