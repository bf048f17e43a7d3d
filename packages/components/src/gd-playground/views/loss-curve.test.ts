import { afterEach, describe, expect, it } from 'vitest';
import { decimate, GdPlaygroundLossCurve, smallestPositive } from './loss-curve.js';
import { clean, defineOnce, mountView, unmountAll } from './test-utils.js';

const TAG = 'test-playground-loss-curve';
defineOnce(TAG, GdPlaygroundLossCurve);

function mount(losses: readonly number[], extra: Partial<GdPlaygroundLossCurve> = {}, lang?: string) {
  return mountView<GdPlaygroundLossCurve>(
    TAG,
    (element) => {
      element.losses = losses;
      Object.assign(element, extra);
    },
    { width: 420, ...(lang ? { lang } : {}) },
  );
}

const svgOf = (element: GdPlaygroundLossCurve) => element.shadowRoot!.querySelector('svg')!;
const polylinePoints = (element: GdPlaygroundLossCurve) =>
  [...element.shadowRoot!.querySelectorAll('polyline.loss-line')].map(
    (line) => (line.getAttribute('points') ?? '').trim().split(/\s+/).filter(Boolean).length,
  );
const yTickLabels = (element: GdPlaygroundLossCurve) =>
  [...element.shadowRoot!.querySelectorAll('.gd-axis-y text')].map((t) => clean(t.textContent));

afterEach(unmountAll);

describe('<gd-playground-loss-curve>', () => {
  it('draws one polyline point per step, spanning the plot width', async () => {
    const losses = [4, 0.59, 0.3, 0.2, 0.15];
    const element = await mount(losses);
    expect(polylinePoints(element)).toEqual([5]);
    const coordinates = svgOf(element)
      .querySelector('polyline')!
      .getAttribute('points')!
      .split(' ')
      .map((pair) => pair.split(',').map(Number));
    // Steps go left to right; the highest loss is drawn highest (smallest y).
    expect(coordinates[0]![0]).toBeLessThan(coordinates[4]![0]!);
    expect(coordinates[0]![1]).toBeLessThan(coordinates[1]![1]!);
    expect(svgOf(element).getAttribute('width')).toBe('420');
  });

  it('summarises the first and last loss in the accessible name and the caption', async () => {
    const element = await mount([4, 0.59, 0.25]);
    expect(element.summary).toBe('Loss 4 at step 0 and 0.25 at step 2.');
    expect(clean(element.shadowRoot!.querySelector('figcaption')?.textContent)).toBe(element.summary);
    expect(svgOf(element).getAttribute('role')).toBe('img');
    expect(svgOf(element).getAttribute('aria-label')).toBe(
      'Loss curve. Loss 4 at step 0 and 0.25 at step 2.',
    );
  });

  it('names step 0 once while no step has run, in every language', async () => {
    const expected: Record<string, string> = {
      en: 'Loss 4.5 at step 0, before the first step.',
      tr: 'İlk adımdan önce, 0. adımda kayıp 4,5.',
      pt: 'Perda de 4,5 no passo 0, antes do primeiro passo.',
      ko: '첫 단계 전, 0단계의 손실은 4.5입니다.',
    };
    for (const [lang, text] of Object.entries(expected)) {
      const element = await mount([4.5], {}, lang);
      expect(element.summary).toBe(text);
      expect(clean(element.shadowRoot!.querySelector('figcaption')?.textContent)).toBe(text);
    }
  });

  it('speaks the reader’s language with its number format', async () => {
    const element = await mount([4, 0.59, 0.25], {}, 'tr');
    expect(element.summary).toBe('Kayıp 0. adımda 4, 2. adımda 0,25.');
    expect(svgOf(element).getAttribute('aria-label')).toMatch(/^Kayıp eğrisi\./);
  });

  it('says so when there is no step yet and draws no line', async () => {
    const element = await mount([]);
    expect(element.summary).toBe('No steps yet.');
    expect(polylinePoints(element)).toEqual([]);
  });

  it('labels a log scale by powers of ten', async () => {
    const losses = [100, 10, 1, 0.1, 0.01];
    const element = await mount(losses, { scale: 'log' });
    const labels = yTickLabels(element);
    expect(labels).toEqual(['0.01', '0.1', '1', '10', '100']);
    expect(clean(element.shadowRoot!.querySelector('.gd-axis-title-y')?.textContent)).toBe(
      'Loss (log scale)',
    );
    // On a log scale equal ratios are equal distances.
    const ys = svgOf(element)
      .querySelector('polyline')!
      .getAttribute('points')!
      .split(' ')
      .map((pair) => Number(pair.split(',')[1]));
    expect(ys[1]! - ys[0]!).toBeCloseTo(ys[2]! - ys[1]!, 1);
  });

  it('draws a zero loss on a log scale at the smallest positive loss', async () => {
    const element = await mount([1, 0.1, 0], { scale: 'log' });
    expect(polylinePoints(element)).toEqual([3]);
    const ys = svgOf(element)
      .querySelector('polyline')!
      .getAttribute('points')!
      .split(' ')
      .map((pair) => Number(pair.split(',')[1]));
    expect(ys.every(Number.isFinite)).toBe(true);
    expect(ys[2]).toBeCloseTo(ys[1]!, 5);
    expect(smallestPositive([0, 3, 0.5, Number.NaN, -1])).toBe(0.5);
  });

  it('breaks the line where training diverged', async () => {
    const element = await mount([4, 2, Number.POSITIVE_INFINITY, Number.NaN, 1, 0.5]);
    expect(polylinePoints(element)).toEqual([2, 2]);
    expect(element.summary).toBe('Loss 4 at step 0 and 0.5 at step 5.');
  });

  it('marks the current step, the last by default', async () => {
    const element = await mount([4, 2, 1, 0.5]);
    const marker = () => element.shadowRoot!.querySelector('.current-step')!;
    const last = Number(marker().getAttribute('x1'));
    element.current = 1;
    await element.updateComplete;
    const second = Number(marker().getAttribute('x1'));
    expect(second).toBeLessThan(last);
    // Step 1 of 0…3 sits a third of the way across.
    const first = element.shadowRoot!.querySelector('polyline')!.getAttribute('points')!.split(' ')[0]!;
    const x0 = Number(first.split(',')[0]);
    expect((second - x0) / (last - x0)).toBeCloseTo(1 / 3, 2);
    expect(element.shadowRoot!.querySelectorAll('circle.current-point')).toHaveLength(1);
  });

  it('thins a long run to a few points per pixel and keeps its extremes', async () => {
    const losses = Array.from({ length: 20_000 }, (_, i) => 1 / (i + 1));
    losses[12_345] = 7; // a spike
    const element = await mount(losses);
    const [count] = polylinePoints(element);
    expect(count).toBeGreaterThan(100);
    expect(count).toBeLessThan(2_000);
    const points = decimate(
      losses.map((loss, step) => ({ step, loss })),
      100,
    );
    expect(points.some((p) => p.step === 12_345)).toBe(true);
    expect(points[0]!.step).toBe(0);
    expect(points[points.length - 1]!.step).toBe(19_999);
  });
});
