export { loadWebGLBackend } from './load-webgl.js';
export {
  type BackendName,
  type BackendPreference,
  type BackendReason,
  chooseBackend,
  explainChoice,
  isSoftwareRenderer,
  needsWebGLProbe,
  SOFTWARE_WEBGL_MIN_ELEMENTS_PER_OP,
  WEBGL_MIN_ELEMENTS_PER_OP,
  type WebGLCapabilities,
  type WorkloadEstimate,
} from './policy.js';
export {
  type BackendReport,
  currentBackend,
  onBackendChange,
  probeWebGL,
  type ReadyOptions,
  ready,
} from './ready.js';
