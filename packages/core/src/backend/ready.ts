import { tf } from '../tf.js';
import { loadWebGLBackend } from './load-webgl.js';
import {
  type BackendName,
  type BackendPreference,
  type BackendReason,
  chooseBackend,
  explainChoice,
  isSoftwareRenderer,
  needsWebGLProbe,
  type WebGLCapabilities,
  type WorkloadEstimate,
} from './policy.js';

/** What `ready()` chose and why. */
export interface BackendReport {
  readonly backend: BackendName;
  readonly reason: BackendReason;
  /** English sentence for logs; widgets translate `reason` instead. */
  readonly explanation: string;
  /** What WebGL can do here; probed on first read when the choice did not need it. */
  readonly webgl: WebGLCapabilities;
}

export interface ReadyOptions {
  /** `auto` (default) applies the measured policy; `webgl` or `cpu` forces one. */
  readonly prefer?: BackendPreference;
  /** The largest batched op the caller expects; the page keeps the largest any caller declared. */
  readonly workload?: WorkloadEstimate;
}

type BackendListener = (report: BackendReport) => void;

let capabilities: WebGLCapabilities | undefined;
let largestWorkload = 0;
let current: BackendReport | undefined;
const listeners = new Set<BackendListener>();
const watchedContexts = new WeakSet<object>();

/** Probes WebGL once per page: availability, version, renderer, software emulation. */
export function probeWebGL(): WebGLCapabilities {
  if (capabilities) return capabilities;
  capabilities = { available: false };
  if (typeof OffscreenCanvas === 'undefined' && typeof document === 'undefined') return capabilities;
  try {
    const canvas =
      typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    if (gl) {
      const debug = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      capabilities = {
        available: true,
        version: 2,
        renderer,
        softwareEmulated: isSoftwareRenderer(renderer),
      };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // A browser that throws on getContext has no usable WebGL: the CPU backend serves.
  }
  return capabilities;
}

/**
 * Chooses and starts the tfjs backend for this page, and reports which and why.
 *
 * Safe to call from every widget: gradients and backends are registered once on import, and the
 * choice is made for the largest workload any caller declared. If the WebGL context is later lost,
 * the page falls back to the CPU backend and `onBackendChange` listeners are told, so sessions can
 * rebuild their tensors from their plain-number history.
 */
export async function ready(options: ReadyOptions = {}): Promise<BackendReport> {
  largestWorkload = Math.max(largestWorkload, options.workload?.elementsPerOp ?? 0);
  const workload = { elementsPerOp: largestWorkload };
  const preference = options.prefer ?? 'auto';
  const choice =
    needsWebGLProbe(workload, preference) || capabilities
      ? chooseBackend(probeWebGL(), workload, preference)
      : ({ backend: 'cpu', reason: 'small-work' } as const);
  let { backend, reason } = choice;
  if (tf.getBackend() !== backend || !current) {
    const started = backend === 'cpu' || (await loadWebGLQuietly()) ? await tf.setBackend(backend) : false;
    if (!started) {
      // WebGL can be listed and still fail to start (blocklisted driver, context limit reached).
      await tf.setBackend('cpu');
      backend = 'cpu';
      reason = 'no-webgl';
    }
  }
  if (backend === 'webgl') {
    // Measured here: reusing shaders across tensor shapes cut compile pauses from 70–130 ms to 3–25 ms.
    tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
    watchForContextLoss();
  }
  current = {
    backend,
    reason,
    explanation: explainChoice(backend, reason),
    get webgl() {
      return probeWebGL();
    },
  };
  return current;
}

/** Loads the WebGL backend's code; false (the caller falls back to the CPU) when it cannot be fetched. */
async function loadWebGLQuietly(): Promise<boolean> {
  try {
    await loadWebGLBackend();
    return true;
  } catch {
    return false;
  }
}

/** The last report of `ready()`, or undefined before the first call. */
export function currentBackend(): BackendReport | undefined {
  return current;
}

/** Calls `listener` whenever the backend changes after `ready()` (for now: a lost WebGL context). Returns an unsubscribe function. */
export function onBackendChange(listener: BackendListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function watchForContextLoss(): void {
  // The webgl backend keeps its context on `gpgpu.gl`; that is not in tfjs's public types.
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
  const canvas = gl?.canvas as (HTMLCanvasElement | OffscreenCanvas) | undefined;
  if (!canvas || watchedContexts.has(canvas)) return;
  watchedContexts.add(canvas);
  canvas.addEventListener('webglcontextlost', () => void fallBackToCpu());
}

async function fallBackToCpu(): Promise<void> {
  // Tensors held in WebGL textures are gone with the context; do not read them. Listeners rebuild
  // from their own plain-number copies on the CPU backend.
  await tf.setBackend('cpu');
  current = {
    backend: 'cpu',
    reason: 'context-lost',
    explanation: explainChoice('cpu', 'context-lost'),
    webgl: probeWebGL(),
  };
  for (const listener of listeners) listener(current);
}
