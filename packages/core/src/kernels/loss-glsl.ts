import type { LossId } from '../losses/loss.js';

/**
 * The same per-example loss arithmetic as `loss-math.ts`, as GLSL for the WebGL kernels. Each
 * function returns statements (no function definitions), so a program pastes them in its row loop.
 * δ and β arrive as the uniforms `delta` and `beta`, so moving a slider never recompiles a shader.
 */

/**
 * Declarations for a dense layer's row loop (N rows, M features, K outputs as GLSL constants): the
 * per-row arrays `z`, `dz`, `e` [K], and the parameters read once into `wl` [M·K] and `bl` [K]
 * (texture fetches inside the row loop would repeat N times). `weightAt(j, c)` reads W[j][c].
 */
export function glslDenseParameters(weightAt: (j: string, c: string) => string, hasBias: boolean): string {
  return `float z[K];
      float dz[K];
      float e[K];
      float wl[M * K];
      float bl[K];
      for (int j = 0; j < M; j++) for (int c = 0; c < K; c++) wl[j * K + c] = ${weightAt('j', 'c')};
      for (int c = 0; c < K; c++) bl[c] = ${hasBias ? 'getB(c)' : '0.0'};`;
}

/** Statements setting `z` to row `i`'s logits x_i·W + b from the parameters read by {@link glslDenseParameters}. */
export const GLSL_ROW_LOGITS = `for (int c = 0; c < K; c++) z[c] = 0.0;
        for (int j = 0; j < M; j++) {
          float xj = getX(i, j);
          for (int c = 0; c < K; c++) z[c] += xj * wl[j * K + c];
        }
        // Bias after the product, as matMul then add rounds.
        for (int c = 0; c < K; c++) z[c] += bl[c];`;

/** ε of the probability losses, as a GLSL literal. */
export const GLSL_EPSILON = '1e-7';

/**
 * Statements setting `term` (ℓ) and `slope` (dℓ/do) from `o` (the output the loss reads) and
 * `yv` (the target) for an elementwise loss. RMSE's slope is the derivative of r², scaled later.
 * `notP` is BCE's 1 − p: a caller with the logit at hand passes σ(−z), which float32 keeps exact
 * where 1 − σ(z) would round to a multiple of 6e-8.
 */
export function glslElementwise(loss: LossId, half: boolean, notP = '1.0 - o'): string {
  switch (loss) {
    case 'mse':
      return half
        ? 'float r = o - yv; term = 0.5 * r * r; slope = r;'
        : 'float r = o - yv; term = r * r; slope = 2.0 * r;';
    case 'rmse':
      return 'float r = o - yv; term = r * r; slope = 2.0 * r;';
    case 'mae':
      return 'float r = o - yv; term = abs(r); slope = r > 0.0 ? 1.0 : -1.0;';
    case 'huber':
      return `float r = o - yv; float a = abs(r); float q = min(a, delta);
        term = 0.5 * q * q + delta * (a - q); slope = (a <= delta ? a : delta) * (r > 0.0 ? 1.0 : -1.0);`;
    case 'smooth-l1':
      return `float r = o - yv; float a = abs(r); float q = min(a, beta);
        term = q * q / (2.0 * beta) + a - q; slope = (a <= beta ? a / beta : 1.0) * (r > 0.0 ? 1.0 : -1.0);`;
    case 'mean-error':
      return 'term = o - yv; slope = 1.0;';
    case 'bce':
      return `float notP = ${notP}; float lp = max(o, ${GLSL_EPSILON}); float ln = max(notP, ${GLSL_EPSILON});
        slope = (o >= ${GLSL_EPSILON} ? -yv / lp : 0.0) + (notP >= ${GLSL_EPSILON} ? (1.0 - yv) / ln : 0.0);
        term = -(yv * log(lp) + (1.0 - yv) * log(ln));`;
    case 'bce-logits':
      return `slope = 1.0 / (1.0 + exp(-o)) - yv;
        term = max(o, 0.0) - o * yv + log(1.0 + exp(-abs(o)));`;
    default:
      throw new Error(`No elementwise GLSL for loss '${loss}'.`);
  }
}

/**
 * Statements setting `term` and filling `dz[0..K)` (dℓ/dz) from the logits `z[0..K)` of row `i`
 * for a categorical cross-entropy; `yAt(c)` is the GLSL expression of target c of that row.
 * Uses the scratch array `e[K]`.
 */
export function glslCategorical(loss: 'cce' | 'cce-logits', yAt: (c: string) => string): string {
  const head = `float mx = z[0];
    for (int c = 1; c < K; c++) mx = max(mx, z[c]);
    float s = 0.0;
    for (int c = 0; c < K; c++) { e[c] = exp(z[c] - mx); s += e[c]; }
    term = 0.0;`;
  if (loss === 'cce-logits') {
    return `${head}
    float lse = mx + log(s);
    float sumY = 0.0;
    for (int c = 0; c < K; c++) { float yc = ${yAt('c')}; term -= yc * (z[c] - lse); sumY += yc; }
    for (int c = 0; c < K; c++) dz[c] = e[c] / s * sumY - ${yAt('c')};`;
  }
  return `${head}
    float gp = 0.0;
    for (int c = 0; c < K; c++) {
      float pc = e[c] / s; e[c] = pc;
      float yc = ${yAt('c')};
      term -= yc * log(max(pc, ${GLSL_EPSILON}));
      float g = pc >= ${GLSL_EPSILON} ? -yc / pc : 0.0;
      dz[c] = g; gp += g * pc;
    }
    for (int c = 0; c < K; c++) dz[c] = e[c] * (dz[c] - gp);`;
}
