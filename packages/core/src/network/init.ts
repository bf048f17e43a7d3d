import { createRandom } from '../data/random.js';
import type { ResolvedNetworkConfig } from './config.js';

/**
 * The starting parameter vector of a network (layout in {@link ResolvedNetworkConfig}): weights by
 * `spec.init` from `spec.seed`, biases 0. Layer l draws from its own stream `fork('W<l>')`, so
 * adding a layer at the end leaves the earlier layers' weights as they were.
 */
export function initNetworkParameters(spec: ResolvedNetworkConfig): Float32Array {
  const out = new Float32Array(spec.parameterCount);
  if (spec.init === 'zeros') return out;
  const root = createRandom(spec.seed);
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const fanIn = spec.sizes[l]!;
    const fanOut = spec.sizes[l + 1]!;
    const rng = root.fork(`W${l + 1}`);
    const offset = spec.weightOffsets[l]!;
    const sd = spec.init === 'he' ? Math.sqrt(2 / fanIn) : Math.sqrt(2 / (fanIn + fanOut));
    for (let q = 0; q < fanIn * fanOut; q++) {
      out[offset + q] = spec.init === 'random' ? rng.next() - 0.5 : rng.normal(0, sd);
    }
  }
  return out;
}
