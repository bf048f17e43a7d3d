/** The network preset's chunk (network-part.ts), loaded the first time a widget shows that preset. */
import { LazyPart } from '../internal/lazy-part.js';

export const networkPart = new LazyPart(() => import('./network-part.js'));
