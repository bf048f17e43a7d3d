/**
 * The "effect on training" panel: two loss curves side by side on one logarithmic scale (the plain
 * network and the normalised one), with play/pause, step and reset.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { MAX_STEPS } from './comparison-controller.js';

type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

export interface ComparisonViewContext {
  readonly t: Translate;
  readonly fmt: (value: number) => string;
  readonly fmtLoss: (value: number) => string;
  readonly ready: boolean;
  readonly playing: boolean;
  readonly finished: boolean;
  readonly plain: readonly number[];
  readonly normalized: readonly number[];
  /** `batch` or `layer`: the second network's normalisation. */
  readonly normalization: 'batch' | 'layer';
  readonly learningRate: number;
  readonly width: number;
  readonly onPlay: () => void;
  readonly onStep: () => void;
  readonly onReset: () => void;
}

const HEIGHT = 170;
const PAD = { left: 44, right: 10, top: 10, bottom: 28 };

/** The decades [lo, hi] (powers of ten) that hold every finite loss of both curves. */
function decades(curves: readonly (readonly number[])[]): [number, number] {
  const finite = curves.flat().filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length === 0) return [-2, 2];
  const lo = Math.floor(Math.log10(Math.min(...finite)));
  const hi = Math.ceil(Math.log10(Math.max(...finite)));
  // At most six decades: a run that blows up is drawn leaving through the top, not squashing the other.
  return [lo, Math.min(Math.max(hi, lo + 1), lo + 6)];
}

function chart(
  c: ComparisonViewContext,
  curve: readonly number[],
  which: 'plain' | 'normalized',
  width: number,
  range: [number, number],
): TemplateResult {
  const [lo, hi] = range;
  const innerW = width - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (step: number) => PAD.left + (step / MAX_STEPS) * innerW;
  const y = (loss: number) => PAD.top + ((hi - Math.min(Math.log10(loss), hi)) / (hi - lo)) * innerH;
  let d = '';
  let pen = false;
  curve.forEach((loss, step) => {
    if (!Number.isFinite(loss) || loss <= 0) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(step).toFixed(1)},${y(loss).toFixed(1)}`;
    pen = true;
  });
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter(
    (_, i, all) => all.length <= 6 || i % Math.ceil(all.length / 6) === 0,
  );
  const last = curve[curve.length - 1];
  const name = c.t(which === 'plain' ? 'curvePlain' : `curve.${c.normalization}`);
  const label = c.t('chartLabel', {
    name,
    step: c.fmt(curve.length - 1),
    loss: last === undefined || !Number.isFinite(last) ? c.t('diverged') : c.fmtLoss(last),
  });
  return html`<figure class="curve" data-curve=${which}>
    <figcaption><span class="key ${which}" aria-hidden="true"></span>${name}</figcaption>
    <svg viewBox="0 0 ${width} ${HEIGHT}" width=${width} height=${HEIGHT} role="img" aria-label=${label}>
      ${ticks.map(
        (k) => svg`<g class="tick">
          <line x1=${PAD.left} x2=${width - PAD.right} y1=${y(10 ** k)} y2=${y(10 ** k)}></line>
          <text x=${PAD.left - 4} y=${y(10 ** k) + 4} text-anchor="end">10${k === 1 ? '' : superscript(k)}</text>
        </g>`,
      )}
      ${[0, MAX_STEPS / 2, MAX_STEPS].map(
        (s) => svg`<text class="tick" x=${x(s)} y=${HEIGHT - 8} text-anchor="middle">${c.fmt(s)}</text>`,
      )}
      <path class="line ${which}" d=${d || 'M0,0'}></path>
    </svg>
  </figure>`;
}

function superscript(k: number): string {
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return `${k < 0 ? '⁻' : ''}${String(Math.abs(k))
    .split('')
    .map((d) => digits[Number(d)])
    .join('')}`;
}

export function renderComparison(c: ComparisonViewContext): TemplateResult {
  const { t } = c;
  const range = decades([c.plain, c.normalized]);
  const side = c.width >= 560;
  const width = Math.max(220, Math.floor(side ? (c.width - 16) / 2 : c.width));
  const step = c.plain.length - 1;
  const lastOf = (curve: readonly number[]) => {
    const v = curve[curve.length - 1];
    return v === undefined ? '–' : Number.isFinite(v) ? c.fmtLoss(v) : t('diverged');
  };
  return html`<section class="comparison" part="comparison">
    <p id="comparison-title" class="section-title">${t('comparisonTitle')}</p>
    <p class="hint">${t('comparisonHint', { normalization: t(`inline.${c.normalization}`), rate: c.fmt(c.learningRate) })}</p>
    <div class="buttons" part="run-controls">
      <button type="button" id="play" aria-pressed=${c.playing ? 'true' : 'false'} ?disabled=${!c.ready || c.finished} @click=${c.onPlay}>
        ${c.playing ? t('pause') : t('play')}
      </button>
      <button type="button" id="step" class="secondary" ?disabled=${!c.ready || c.finished || c.playing} @click=${c.onStep}>${t('step')}</button>
      <button type="button" id="reset" class="secondary" ?disabled=${!c.ready} @click=${c.onReset}>${t('reset')}</button>
    </div>
    <p class="status" part="status" data-step=${step}>
      ${t('comparisonStatus', {
        step: c.fmt(Math.max(step, 0)),
        max: c.fmt(MAX_STEPS),
        plain: lastOf(c.plain),
        normalized: lastOf(c.normalized),
      })}
    </p>
    <div class="curves ${side ? 'side' : ''}">
      ${chart(c, c.plain, 'plain', width, range)} ${chart(c, c.normalized, 'normalized', width, range)}
    </div>
    ${
      c.plain.some((v) => !Number.isFinite(v))
        ? html`<p class="note" data-note="diverged">${t('plainDiverged', { step: c.fmt(c.plain.findIndex((v) => !Number.isFinite(v))) })}</p>`
        : nothing
    }
  </section>`;
}
