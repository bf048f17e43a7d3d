/**
 * The "effect on training" panel: two loss curves side by side on one logarithmic scale (the plain
 * network and the normalised one), with play/pause, step and reset. Each curve has one keyboard
 * stop, a point on it (a slider over the steps: arrows move it along the curve, its step and loss
 * read out beside the chart and announced as its value); both points share the step, so the two
 * losses are compared at the same moment.
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
  /** Whether `normalized` holds batch norm's evaluation-mode losses (its running statistics). */
  readonly evaluation: boolean;
  /** The step the curves' points are on; undefined follows the latest step. */
  readonly selected: number | undefined;
  readonly onSelect: (step: number) => void;
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
  const name = c.t(
    which === 'plain' ? 'curvePlain' : c.evaluation ? 'curve.batchEval' : `curve.${c.normalization}`,
  );
  const lastStep = Math.max(0, curve.length - 1);
  const at = Math.min(c.selected ?? lastStep, lastStep);
  const atLoss = curve[at];
  const atFinite = atLoss !== undefined && Number.isFinite(atLoss) && atLoss > 0;
  const pointText = c.t('chartPoint', {
    step: c.fmt(at),
    loss: atLoss === undefined ? '–' : Number.isFinite(atLoss) ? c.fmtLoss(atLoss) : c.t('diverged'),
  });
  const label = c.t('chartLabel', {
    name,
    step: c.fmt(curve.length - 1),
    loss: last === undefined || !Number.isFinite(last) ? c.t('diverged') : c.fmtLoss(last),
  });
  return html`<figure class="curve" data-curve=${which}>
    <figcaption><span class="key ${which}" aria-hidden="true"></span>${name}</figcaption>
    <svg viewBox="0 0 ${width} ${HEIGHT}" width=${width} height=${HEIGHT} role="group" aria-label=${label}>
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
      <line class="guide" aria-hidden="true" x1=${x(at)} x2=${x(at)} y1=${PAD.top} y2=${HEIGHT - PAD.bottom}></line>
      <circle class="point ${which}" data-step=${at} cx=${x(at)} cy=${atFinite ? y(atLoss) : PAD.top} r="5"
        tabindex="0" role="slider" aria-label=${name} aria-orientation="horizontal"
        aria-valuemin="0" aria-valuemax=${lastStep} aria-valuenow=${at} aria-valuetext=${pointText}
        aria-keyshortcuts="Home End PageUp PageDown"
        @keydown=${(event: KeyboardEvent) => onPointKey(event, at, lastStep, c.onSelect)}></circle>
    </svg>
    <p class="readout" data-curve=${which} data-step=${at}>${pointText}</p>
  </figure>`;
}

/** The step a key moves a curve's point to, or undefined for a key the point ignores. */
export function movePoint(key: string, step: number, lastStep: number): number | undefined {
  const to = (s: number) => Math.max(0, Math.min(lastStep, s));
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return to(step - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return to(step + 1);
    case 'PageDown':
      return to(step - 10);
    case 'PageUp':
      return to(step + 10);
    case 'Home':
      return 0;
    case 'End':
      return lastStep;
    default:
      return undefined;
  }
}

function onPointKey(event: KeyboardEvent, step: number, lastStep: number, onSelect: (step: number) => void) {
  const next = movePoint(event.key, step, lastStep);
  if (next === undefined) return;
  event.preventDefault();
  onSelect(next);
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
