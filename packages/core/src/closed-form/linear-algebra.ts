/**
 * Small dense linear algebra in float64 plain JavaScript, for the normal-equation solver.
 * Matrices are arrays of rows. Sizes here are tiny (a handful of columns), so clarity wins over speed.
 */

/** A Householder QR factorisation A = QR of an n×p matrix (n ≥ p), applied to a right-hand side. */
export interface QrResult {
  /** The p×p upper-triangular factor R. */
  r: number[][];
  /** Qᵀb: its first p entries give the solution of Rx = (Qᵀb)[0…p), the rest the residual. */
  qtb: number[];
}

/**
 * Householder QR: A = QR with Q orthogonal and R upper triangular, and Qᵀb alongside.
 *
 * Each step k reflects column k below the diagonal onto a multiple of the unit vector eₖ, with the
 * reflection H = I − 2vvᵀ/(vᵀv). Reflections are orthogonal, so they keep lengths: least squares
 * min ‖Ax − b‖ becomes min ‖Rx − Qᵀb‖, solved by back substitution, and rounding errors stay of the
 * order of κ(A) instead of κ(A)² as when forming AᵀA. Q itself is never built.
 */
export function householderQr(a: readonly (readonly number[])[], b: readonly number[]): QrResult {
  const n = a.length;
  const p = a[0]?.length ?? 0;
  const m = a.map((row) => [...row]);
  const rhs = [...b];
  for (let k = 0; k < p && k < n; k++) {
    let norm = 0;
    for (let i = k; i < n; i++) norm += (m[i]![k] ?? 0) ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    // Reflect onto −sign(a_kk)·‖x‖·e_k so that v = x − α e_k does not suffer cancellation.
    const alpha = (m[k]![k] ?? 0) > 0 ? -norm : norm;
    const v: number[] = [];
    for (let i = k; i < n; i++) v.push(m[i]![k]!);
    v[0]! -= alpha;
    let vv = 0;
    for (const x of v) vv += x * x;
    if (vv === 0) continue;
    const reflect = (get: (i: number) => number, set: (i: number, x: number) => void): void => {
      let dot = 0;
      for (let i = k; i < n; i++) dot += v[i - k]! * get(i);
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) set(i, get(i) - f * v[i - k]!);
    };
    for (let j = k; j < p; j++) {
      reflect(
        (i) => m[i]![j]!,
        (i, x) => {
          m[i]![j] = x;
        },
      );
    }
    reflect(
      (i) => rhs[i]!,
      (i, x) => {
        rhs[i] = x;
      },
    );
  }
  const r = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => (j >= i ? m[i]![j]! : 0)),
  );
  return { r, qtb: rhs };
}

/**
 * Solves Rx = c for upper-triangular R by back substitution.
 * The caller has checked that no diagonal entry is 0.
 */
export function backSubstitute(r: readonly (readonly number[])[], c: readonly number[]): number[] {
  const p = r.length;
  const x = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = c[i]!;
    for (let j = i + 1; j < p; j++) s -= r[i]![j]! * x[j]!;
    x[i] = s / r[i]![i]!;
  }
  return x;
}

/** Singular values and right singular vectors of a square matrix. */
export interface SvdResult {
  /** Singular values σ, in the order of `vectors` (not sorted). */
  values: number[];
  /** `vectors[k]` is the right singular vector for `values[k]` (unit length). */
  vectors: number[][];
}

/**
 * Singular values and right singular vectors by one-sided Jacobi (Hestenes) rotations.
 *
 * Rotates pairs of columns of B until all are orthogonal: then B = U Σ and the accumulated
 * rotations are V, so the column lengths are the singular values. It is accurate even for tiny
 * singular values, which is what a trustworthy condition number needs.
 */
export function jacobiSvd(matrix: readonly (readonly number[])[]): SvdResult {
  const p = matrix.length;
  const b = matrix.map((row) => [...row]);
  const v = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)));
  const rotate = (m: number[][], i: number, j: number, c: number, s: number): void => {
    for (const row of m) {
      const mi = row[i]!;
      const mj = row[j]!;
      row[i] = c * mi - s * mj;
      row[j] = s * mi + c * mj;
    }
  };
  for (let sweep = 0; sweep < 100; sweep++) {
    let rotated = false;
    for (let i = 0; i < p - 1; i++) {
      for (let j = i + 1; j < p; j++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (const row of b) {
          alpha += row[i]! ** 2;
          beta += row[j]! ** 2;
          gamma += row[i]! * row[j]!;
        }
        if (gamma === 0 || Math.abs(gamma) <= Number.EPSILON * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        // The rotation angle that makes columns i and j orthogonal.
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        rotate(b, i, j, c, c * t);
        rotate(v, i, j, c, c * t);
      }
    }
    if (!rotated) break;
  }
  const values = Array.from({ length: p }, (_, j) =>
    Math.sqrt(b.reduce((sum, row) => sum + row[j]! ** 2, 0)),
  );
  const vectors = Array.from({ length: p }, (_, j) => v.map((row) => row[j]!));
  return { values, vectors };
}
