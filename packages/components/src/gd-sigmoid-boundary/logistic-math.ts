/**
 * Plain-number logistic regression for what the widget shows between training steps (the probe, the
 * heat map, the confusion matrix, the loss while the learner drags): cheap, synchronous and free of
 * tensors. Definitions match `@gd-playground/core` (`LogisticModel`, `bce-logits`), so a number shown
 * here equals the one the training session computes.
 */

/** σ(z) = 1 / (1 + e^(−z)), written so that neither branch overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** logit(p) = ln(p / (1 − p)), the z at which σ(z) = p. */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** z = w·x + b. */
export function linearScore(weights: readonly number[], bias: number, x: readonly number[]): number {
  let z = bias;
  for (let i = 0; i < weights.length; i++) z += (weights[i] ?? 0) * (x[i] ?? 0);
  return z;
}

/** The predicted class at a threshold: 1 when σ(z) ≥ threshold, else 0. */
export function classify(probability: number, threshold: number): 0 | 1 {
  return probability >= threshold ? 1 : 0;
}

/**
 * Mean binary cross-entropy from logits, as core's `bce-logits`:
 * ℓᵢ = max(zᵢ, 0) − zᵢ yᵢ + ln(1 + e^(−|zᵢ|)), L = (1/n) Σ ℓᵢ.
 */
export function meanBce(
  weights: readonly number[],
  bias: number,
  features: readonly (readonly number[])[],
  labels: readonly number[],
): number {
  if (features.length === 0) return Number.NaN;
  let total = 0;
  features.forEach((x, i) => {
    const z = linearScore(weights, bias, x);
    total += Math.max(z, 0) - z * (labels[i] ?? 0) + Math.log1p(Math.exp(-Math.abs(z)));
  });
  return total / features.length;
}

/** Counts of a binary classifier against the truth, and the rates derived from them. */
export interface Confusion {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** (TP + TN) / n. */
  readonly accuracy: number;
  /** TP / (TP + FP); NaN when nothing is predicted positive (0/0). */
  readonly precision: number;
  /** TP / (TP + FN); NaN when the data has no positive (0/0). */
  readonly recall: number;
}

/** The confusion matrix of σ(w·x + b) ≥ threshold over the data. */
export function confusion(
  weights: readonly number[],
  bias: number,
  threshold: number,
  features: readonly (readonly number[])[],
  labels: readonly number[],
): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  features.forEach((x, i) => {
    const predicted = classify(sigmoid(linearScore(weights, bias, x)), threshold);
    const actual = labels[i];
    if (predicted === 1 && actual === 1) tp++;
    else if (predicted === 1) fp++;
    else if (actual === 1) fn++;
    else tn++;
  });
  const n = tp + fp + fn + tn;
  return {
    tp,
    fp,
    fn,
    tn,
    accuracy: n === 0 ? Number.NaN : (tp + tn) / n,
    precision: tp + fp === 0 ? Number.NaN : tp / (tp + fp),
    recall: tp + fn === 0 ? Number.NaN : tp / (tp + fn),
  };
}

/** A point in the plane of the first two features. */
export interface Point2 {
  readonly x: number;
  readonly y: number;
}

/** The rectangle of data coordinates the chart shows. */
export interface Domain2 {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/**
 * The part of the line w₁x + w₂y + b = logit(threshold) inside the domain, as its two end points, or
 * undefined when the line misses the domain or does not exist (w = 0).
 */
export function boundarySegment(
  weights: readonly number[],
  bias: number,
  threshold: number,
  domain: Domain2,
): [Point2, Point2] | undefined {
  const w1 = weights[0] ?? 0;
  const w2 = weights[1] ?? 0;
  const c = logit(threshold) - bias;
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const found: Point2[] = [];
  const push = (p: Point2) => {
    const inside = p.x >= x0 - 1e-9 && p.x <= x1 + 1e-9 && p.y >= y0 - 1e-9 && p.y <= y1 + 1e-9;
    if (inside && !found.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < 1e-9)) found.push(p);
  };
  if (Math.abs(w2) > 1e-12) {
    push({ x: x0, y: (c - w1 * x0) / w2 });
    push({ x: x1, y: (c - w1 * x1) / w2 });
  }
  if (Math.abs(w1) > 1e-12) {
    push({ x: (c - w2 * y0) / w1, y: y0 });
    push({ x: (c - w2 * y1) / w1, y: y1 });
  }
  if (found.length < 2) return undefined;
  // The two points farthest apart (a line through a corner can yield three).
  let best: [Point2, Point2] = [found[0]!, found[1]!];
  let bestDistance = -1;
  for (const a of found) {
    for (const b of found) {
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (d > bestDistance) {
        bestDistance = d;
        best = [a, b];
      }
    }
  }
  return bestDistance > 1e-9 ? best : undefined;
}

/**
 * The parameters of the boundary through two points, for a learner dragging the line: the normal of
 * the line keeps the length of the current weights and the side class 1 was on, and the bias puts
 * the line at σ = threshold. Undefined when the points coincide or the weights are all 0.
 */
export function parametersThrough(
  a: Point2,
  b: Point2,
  weights: readonly number[],
  threshold: number,
): { weights: [number, number]; bias: number } | undefined {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const size = Math.hypot(weights[0] ?? 0, weights[1] ?? 0);
  if (length < 1e-9 || size < 1e-12) return undefined;
  let nx = -dy / length;
  let ny = dx / length;
  if (nx * (weights[0] ?? 0) + ny * (weights[1] ?? 0) < 0) {
    nx = -nx;
    ny = -ny;
  }
  const w: [number, number] = [nx * size, ny * size];
  return { weights: w, bias: logit(threshold) - (w[0] * a.x + w[1] * a.y) };
}

/** Whether a point lies on the boundary (within a small tolerance relative to the weights). */
export function onBoundary(p: Point2, weights: readonly number[], bias: number, threshold: number): boolean {
  const z = (weights[0] ?? 0) * p.x + (weights[1] ?? 0) * p.y + bias;
  const scale = Math.max(1, Math.hypot(weights[0] ?? 0, weights[1] ?? 0));
  return Math.abs(z - logit(threshold)) < 1e-6 * scale;
}

/** A round step (1, 2 or 5 × 10ᵏ) near `span / parts`, for keyboard moves. */
export function niceStep(span: number, parts = 50): number {
  const raw = Math.abs(span) / parts;
  if (!(raw > 0) || !Number.isFinite(raw)) return 0.1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10) * power;
}
