/**
 * Which tfjs backend pays for which work. Pure functions of what the browser offers and how much
 * work there is, so the policy is tested without a browser and the benchmark can print what it
 * would choose next to what it measured.
 *
 * Where the numbers come from (`pnpm bench` in packages/core; figures in its README):
 * - Every WebGL op costs a fixed overhead (a draw call, sometimes a shader compile) and every read-back
 *   waits on a GPU fence, so for a training step, a few dozen small ops, the CPU backend wins: on
 *   SwiftShader 0.6 ms against 4–6 ms a step at N = 10, and still 74 ms against 98–131 ms at N = 100,000.
 * - Software-emulated WebGL (SwiftShader: no GPU) still wins on very large ops, because it spreads
 *   each draw over all cores while the CPU backend uses one: a batched loss landscape of
 *   G² × N ≥ 41 million numbers per op ran 1.5–1.8× faster on it; at 6.5 million and below the CPU
 *   backend was as fast or faster (quiet machine, 2 cores).
 * - The thresholds: software WebGL pays from between 6.5 and 41 million numbers per op, so 16 million
 *   (about the geometric middle). A hardware GPU pays far sooner; 100,000 is an estimate that no
 *   machine here can measure (none has a GPU): re-run `pnpm bench` on one to refine it.
 */

export type BackendName = 'webgl' | 'cpu';

/** What the caller asked for: the policy's choice, or one backend forced. */
export type BackendPreference = 'auto' | BackendName;

/** Why a backend was chosen; stable codes that widgets translate. */
export type BackendReason =
  | 'forced'
  | 'no-webgl'
  | 'software-webgl'
  | 'small-work'
  | 'large-batched-work'
  | 'context-lost';

/** What the page's WebGL can do, as probed by `probeWebGL()`. */
export interface WebGLCapabilities {
  readonly available: boolean;
  readonly version?: number;
  /** The renderer string, e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device …))". */
  readonly renderer?: string;
  /** True when WebGL runs on the CPU (SwiftShader, llvmpipe, "Software"): no GPU to pay for it. */
  readonly softwareEmulated?: boolean;
}

/**
 * The largest single batched op the page expects, in numbers touched per op:
 * a training step over n examples × m features is n·m; a landscape of G² grid points over n examples
 * (when no closed form applies) is G²·n.
 */
export interface WorkloadEstimate {
  readonly elementsPerOp: number;
}

/**
 * Hardware WebGL pays from about this many numbers per op. Below it, fixed per-op costs dominate and
 * the CPU backend is faster even with a GPU. An estimate: see the module comment.
 */
export const WEBGL_MIN_ELEMENTS_PER_OP = 100_000;

/** Software-emulated WebGL pays from this many numbers per op (measured: see the module comment). */
export const SOFTWARE_WEBGL_MIN_ELEMENTS_PER_OP = 16_000_000;

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

/** True when a WebGL renderer string names a software rasteriser rather than a GPU. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERERS.test(renderer);
}

/** The policy itself: which backend for this page's work, and why. */
export function chooseBackend(
  webgl: WebGLCapabilities,
  workload: WorkloadEstimate = { elementsPerOp: 0 },
  preference: BackendPreference = 'auto',
): { backend: BackendName; reason: BackendReason } {
  if (preference === 'cpu') return { backend: 'cpu', reason: 'forced' };
  if (preference === 'webgl') {
    return webgl.available ? { backend: 'webgl', reason: 'forced' } : { backend: 'cpu', reason: 'no-webgl' };
  }
  if (!webgl.available) return { backend: 'cpu', reason: 'no-webgl' };
  if (webgl.softwareEmulated) {
    return workload.elementsPerOp < SOFTWARE_WEBGL_MIN_ELEMENTS_PER_OP
      ? { backend: 'cpu', reason: 'software-webgl' }
      : { backend: 'webgl', reason: 'large-batched-work' };
  }
  if (workload.elementsPerOp < WEBGL_MIN_ELEMENTS_PER_OP) return { backend: 'cpu', reason: 'small-work' };
  return { backend: 'webgl', reason: 'large-batched-work' };
}

/**
 * Whether the choice depends on what WebGL can do. Below the smallest threshold every renderer gets
 * the CPU backend, so `ready()` can skip the probe: creating a WebGL context costs about 250 ms on
 * a software renderer, which would otherwise land before a widget's first frame.
 */
export function needsWebGLProbe(
  workload: WorkloadEstimate = { elementsPerOp: 0 },
  preference: BackendPreference = 'auto',
): boolean {
  return (
    preference !== 'cpu' && (preference === 'webgl' || workload.elementsPerOp >= WEBGL_MIN_ELEMENTS_PER_OP)
  );
}

const EXPLANATIONS: Record<BackendReason, (backend: BackendName) => string> = {
  forced: (backend) => `The ${backend} backend was requested explicitly.`,
  'no-webgl': () => 'WebGL is not available here, so tensors run on the CPU backend.',
  'software-webgl': () =>
    'WebGL is emulated in software (no GPU), which is slower than the CPU backend for work this small.',
  'small-work': () =>
    `Each op touches fewer than ${WEBGL_MIN_ELEMENTS_PER_OP.toLocaleString('en')} numbers; the CPU backend avoids WebGL's per-op cost.`,
  'large-batched-work': () => 'Large batched work: WebGL is faster for it here.',
  'context-lost': () => 'The WebGL context was lost; training continues on the CPU backend.',
};

/** A one-sentence English explanation of a choice (widgets translate by `reason`). */
export function explainChoice(backend: BackendName, reason: BackendReason): string {
  return EXPLANATIONS[reason](backend);
}
