/**
 * Registers every one of core's fused kernels for the `cpu` and `webgl` backends, and the dense
 * layer's gradient. The code that calls a kernel imports only its family's file (register-dense,
 * register-steps, register-loss-grid, register-network), so a page pulls only the kernels its
 * widgets use; this file is for code that wants them all (the kernels/ index, tests).
 */
import './register-dense.js';
import './register-loss-grid.js';
import './register-network.js';
import './register-steps.js';
