import { GdLossExplorer } from '../gd-loss-explorer/gd-loss-explorer.js';

if (!customElements.get('gd-loss-explorer')) customElements.define('gd-loss-explorer', GdLossExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'gd-loss-explorer': GdLossExplorer;
  }
}
