export { SessionError, type SessionErrorCode } from './errors.js';
export { type DivergenceReason, type MonitorOptions, type MonitorVerdict, RunMonitor } from './monitor.js';
export type { StepRecord } from './record.js';
export {
  type SessionEventMap,
  type SessionOptions,
  type SessionStatus,
  TrainingSession,
} from './session.js';
