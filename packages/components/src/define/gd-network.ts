import { GdNetwork } from '../gd-network/gd-network.js';

if (!customElements.get('gd-network')) customElements.define('gd-network', GdNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'gd-network': GdNetwork;
  }
}
