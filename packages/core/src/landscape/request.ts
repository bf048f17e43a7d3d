import { type ResolvedLoss, resolveLoss } from './batched-loss.js';
import { LandscapeError } from './errors.js';
import {
  checkResolution,
  DEFAULT_MAX_CHUNK_ELEMENTS,
  DEFAULT_RESOLUTION,
  type LandscapeRequest,
  type ResolvedAxis,
  resolveAxes,
} from './grid.js';

/** A request with defaults filled in and every field validated. */
export interface PreparedRequest {
  readonly loss: ResolvedLoss;
  readonly axes: readonly [ResolvedAxis, ResolvedAxis];
  readonly resolution: number;
  readonly maxElements: number;
}

/**
 * Validates a landscape request (resolution, loss, axes, chunk bound).
 * @throws LandscapeError with the codes of `checkResolution`, `resolveLoss`, `resolveAxes`, and
 *   `invalid-chunk-size`.
 */
export function prepareRequest(request: LandscapeRequest): PreparedRequest {
  const resolution = checkResolution(request.resolution ?? DEFAULT_RESOLUTION);
  const loss = resolveLoss(request.loss);
  const axes = resolveAxes(request.model, request.xAxis, request.yAxis, resolution);
  const maxElements = request.maxChunkElements ?? DEFAULT_MAX_CHUNK_ELEMENTS;
  if (!Number.isInteger(maxElements) || maxElements < 1) {
    throw new LandscapeError(
      'invalid-chunk-size',
      `maxChunkElements must be a positive integer, got ${maxElements}.`,
      {
        maxChunkElements: maxElements,
      },
    );
  }
  return { loss, axes, resolution, maxElements };
}
