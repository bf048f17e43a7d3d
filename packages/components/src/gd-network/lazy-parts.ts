/**
 * The parts of `<gd-network>` a reader sees only after acting, each a chunk of its own loaded on
 * first use (see internal/lazy-part.ts): sharing (copy link, copy embed, PNG; at once with
 * `sync-url`, which reads and writes the URL fragment) and the forward pass written out in MathML
 * (on the first probe; at once with a `probe` attribute). One loader per part for every network on
 * the page.
 */
import { LazyPart } from '../internal/lazy-part.js';

export const sharing = new LazyPart(() => import('./share.js'));
export const inferenceMath = new LazyPart(() => import('./inference-math.js'));
