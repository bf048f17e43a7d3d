// <gd-playground> as a learner drives it: switching optimizer mid-run, scrubbing the history,
// editing data and picking a start point in the views, the mini-batch rings, the log scale, the
// slider events, and several playgrounds sharing one URL fragment.
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-playground.js';
import { formatNumber } from '../internal/i18n/format.js';
import type { GdPlayground } from './gd-playground.js';
import {
  A5,
  cell,
  clean,
  eachTestLeavesNoTensors,
  mount,
  part,
  press,
  shadow,
} from './harness.test-fixtures.js';
import type { GdPlaygroundDataView } from './views/data-view.js';
import type { GdPlaygroundLossCurve } from './views/loss-curve.js';
import type { GdPlaygroundParameterView, StartPickDetail } from './views/parameter-view.js';

const control = <T extends HTMLElement>(element: GdPlayground, id: string) =>
  shadow(element).querySelector<T>(`#${id}`)!;

/** The learner sets a form control and lets go (input, then change), and the widget settles. */
async function setControl(element: GdPlayground, id: string, value: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLSelectElement>(element, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.whenReady();
  await element.updateComplete;
}

const view = <T extends HTMLElement>(element: GdPlayground, tag: string) =>
  shadow(element).querySelector<T>(tag)!;

/** Clicks a view's chart at data coordinates, through the view's own scales and its SVG's box. */
function clickChart(chart: GdPlaygroundDataView | GdPlaygroundParameterView, x: number, y: number): void {
  const svg = chart.shadowRoot!.querySelector('svg')!;
  const { x: sx, y: sy } = chart.scales();
  const box = svg.getBoundingClientRect();
  svg.dispatchEvent(
    new MouseEvent('click', {
      bubbles: true,
      composed: true,
      clientX: box.left + sx(x),
      clientY: box.top + sy(y),
    }),
  );
}

describe('<gd-playground> interactions', () => {
  eachTestLeavesNoTensors();

  it('switching optimizer mid-run keeps the session, the history and the parameters', async () => {
    const element = await mount(A5);
    const session = element.session;
    await element.step(2);
    const before = element.session!.current;
    await setControl(element, 'optimizer-kind', 'momentum');
    expect(element.session).toBe(session);
    expect(element.playgroundState.optimizer).toBe('momentum');
    await element.step(1);
    const records = element.session!.history;
    expect(records.map((r) => [r.step, r.optimizer, r.optimizerStep])).toEqual([
      [0, 'sgd', 0],
      [1, 'sgd', 1],
      [2, 'sgd', 2],
      [3, 'momentum', 1],
    ]);
    // Momentum's first step from zero velocity is a plain gradient step: p = g, w ← w − γ g.
    const g = records[3]!.gradient.w!;
    const expected = before.parameters.w!.map((w, i) => w - 0.01 * g[i]!);
    for (const [i, w] of records[3]!.parameters.w!.entries()) expect(w).toBeCloseTo(expected[i]!, 5);
    // And the table shows that step's new parameters (4 decimals at most).
    const shown = records[3]!.parameters.w!.map((w) => formatNumber('en', w)).join(', ');
    expect(cell(element, 3, 'parameters')).toBe(`w: ${shown}`);
  });

  it('stepping back over the switch brings the earlier optimizer back into the controls', async () => {
    const element = await mount(A5);
    await element.step(1);
    await setControl(element, 'optimizer-kind', 'adam');
    await element.step(1);
    expect(control<HTMLSelectElement>(element, 'optimizer-kind').value).toBe('adam');
    await element.stepBack();
    expect(element.session!.current.step).toBe(1);
    expect(element.playgroundState.optimizer).toBe('sgd');
    expect(control<HTMLSelectElement>(element, 'optimizer-kind').value).toBe('sgd');
  });

  it('the history scrubber shows an earlier step everywhere, then continues from it', async () => {
    const element = await mount(A5);
    await element.step(3);
    const scrubber = control<HTMLInputElement>(element, 'run-history');
    expect([scrubber.min, scrubber.max, scrubber.value]).toEqual(['0', '3', '3']);
    await setControl(element, 'run-history', '1');
    // Nothing is dropped yet, but the table, the status and the views show step 1 (A.5's numbers).
    expect(element.session!.history).toHaveLength(4);
    expect(element.shownStep).toBe(1);
    expect(cell(element, 1, 'parameters')).toBe('w: 2.1, 2.14, 2.18');
    expect(shadow(element).querySelector('tr[data-step="2"]')).toBeNull();
    expect(clean(part(element, 'status')?.textContent)).toContain('Step 1');
    expect(clean(part(element, 'viewing')?.textContent)).toContain('Showing step 1 of 3');
    expect(view<GdPlaygroundLossCurve>(element, 'gd-playground-loss-curve').current).toBe(1);
    expect(view<GdPlaygroundLossCurve>(element, 'gd-playground-loss-curve').losses).toHaveLength(4);
    // Step continues from step 1: steps 2 and 3 are replaced by a new step 2.
    await press(element, 'run-step');
    expect(element.session!.history.map((r) => r.step)).toEqual([0, 1, 2]);
    expect(element.shownStep).toBe(2);
    expect(part(element, 'viewing')).toBeNull();
  });

  it('a point added by clicking the data view becomes training data', async () => {
    const element = await mount({
      ...A5,
      data: JSON.stringify({ features: [[1], [2], [3]], targets: [2, 4, 6] }),
    });
    const dataView = view<GdPlaygroundDataView>(element, 'gd-playground-data-view');
    const changes: string[] = [];
    element.addEventListener('change', () => changes.push('change'));
    const [x0, x1] = dataView.scales().x.domain() as [number, number];
    const [y0, y1] = dataView.scales().y.domain() as [number, number];
    clickChart(dataView, (x0 + x1) / 2, (y0 + y1) / 2);
    await element.whenReady();
    expect(changes).toEqual(['change']);
    expect(element.session!.options.dataset.targets).toHaveLength(4);
    const added = element.session!.options.dataset.features[3]![0]!;
    expect(added).toBeCloseTo((x0 + x1) / 2, 1);
  });

  it('a start picked in the parameter view restarts training from it', async () => {
    const element = await mount({
      preset: 'linear',
      size: '20',
      standardize: 'false',
      'learning-rate': '0.01',
    });
    await element.step(3);
    const parameterView = view<GdPlaygroundParameterView>(element, 'gd-playground-parameter-view');
    const picked: StartPickDetail[] = [];
    parameterView.addEventListener('gd-start-pick', (event) => picked.push((event as CustomEvent).detail));
    const [x0, x1] = parameterView.scales().x.domain() as [number, number];
    const [y0, y1] = parameterView.scales().y.domain() as [number, number];
    clickChart(parameterView, x0 + (x1 - x0) * 0.25, y0 + (y1 - y0) * 0.75);
    await element.whenReady();
    expect(picked).toHaveLength(1);
    const start = element.session!.history[0]!.parameters;
    expect(element.session!.current.step).toBe(0);
    // The landscape's axes are w (x) and b (y); no standardisation, so these are the session's own.
    expect(start.w![0]).toBeCloseTo(picked[0]!.x, 4);
    expect(start.b![0]).toBeCloseTo(picked[0]!.y, 4);
  });

  it('mini-batch training rings exactly the rows of the current batch', async () => {
    const element = await mount({ preset: 'linear', size: '12', batching: 'mini-batch', 'batch-size': '4' });
    await element.step(1);
    const dataView = view<GdPlaygroundDataView>(element, 'gd-playground-data-view');
    await dataView.updateComplete;
    const batch = element.session!.current.batch;
    expect(batch).toHaveLength(4);
    const rings = [...dataView.shadowRoot!.querySelectorAll<SVGCircleElement>('circle.batch-ring')];
    const handles = [...dataView.shadowRoot!.querySelectorAll<SVGCircleElement>('circle.gd-handle')];
    expect(rings).toHaveLength(4);
    const ringCentres = rings.map((r) => `${r.getAttribute('cx')},${r.getAttribute('cy')}`).sort();
    const batchCentres = batch.map(
      (i) => `${handles[i]!.getAttribute('cx')},${handles[i]!.getAttribute('cy')}`,
    );
    expect(ringCentres).toEqual(batchCentres.sort());
  });

  it('the log-scale toggle switches the loss curve and is part of the state', async () => {
    const element = await mount(A5);
    await element.step(5);
    const curve = view<GdPlaygroundLossCurve>(element, 'gd-playground-loss-curve');
    const texts = () => [...curve.shadowRoot!.querySelectorAll('svg text')].map((t) => clean(t.textContent));
    expect(curve.scale).toBe('linear');
    expect(texts()).toContain('Loss');
    const toggle = control<HTMLInputElement>(element, 'loss-scale');
    toggle.click();
    await element.updateComplete;
    await curve.updateComplete;
    expect(curve.scale).toBe('log');
    expect(element.playgroundState.lossScale).toBe('log');
    expect(texts()).toContain('Loss (log scale)');
    expect(texts()).not.toContain('Loss');
  });

  it('a hyperparameter slider fires input while dragging and change on release, and steers the live optimizer', async () => {
    const element = await mount(A5);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    const slider = control<HTMLInputElement>(element, 'hp-learningRate-slider');
    slider.value = String(Number(slider.max) * 0.5);
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(events).toEqual(['input']);
    const dragged = element.learningRate;
    expect(dragged).not.toBe(0.01);
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(events).toEqual(['input', 'change']);
    expect(element.session!.optimizer.hyperparameters.learningRate).toBe(dragged);
  });

  it('two playgrounds keep their own states in one URL fragment, and follow the address on hashchange', async () => {
    const a = await mount({ ...A5, id: 'a', 'sync-url': '' });
    const b = await mount({ ...A5, id: 'b', 'sync-url': '', 'learning-rate': '0.02' });
    expect(location.hash).toContain('gd-playground-a=');
    expect(location.hash).toContain('gd-playground-b=');
    const hashWithBoth = location.hash;
    b.learningRate = 0.05;
    await b.updateComplete;
    expect(a.learningRate).toBe(0.01);
    // A fresh pair of elements restores each one's own state from the address.
    document.body.innerHTML = '';
    const a2 = await mount({ id: 'a', 'sync-url': '' });
    const b2 = await mount({ id: 'b', 'sync-url': '' });
    expect(a2.learningRate).toBe(0.01);
    expect(b2.learningRate).toBe(0.05);
    // Back to the earlier address (as the Back button would): b follows it, a is unchanged.
    location.hash = hashWithBoth;
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await b2.whenReady();
    expect(b2.learningRate).toBe(0.02);
    expect(a2.learningRate).toBe(0.01);
  });

  it('rebuilding and restarting cause no Lit change-in-update warning (an update requested from updated())', async () => {
    const warn = vi.spyOn(console, 'warn');
    const element = await mount(A5);
    await element.step(2);
    element.setAttribute('start', '1,1,1'); // restart from a new start
    await element.whenReady();
    element.setAttribute('data', JSON.stringify({ features: [[1], [2], [3]], targets: [2, 4, 6] })); // new session
    await element.whenReady();
    await element.step(1);
    const litWarnings = warn.mock.calls.map((call) => String(call[0])).filter((text) => /update/i.test(text));
    expect(litWarnings).toEqual([]);
    expect(element.session!.history[0]!.parameters.w).toHaveLength(1);
  });

  it('while playing, the table keeps up between frames (refreshed in idle time, not frozen)', async () => {
    const element = await mount({ ...A5, speed: '5' });
    element.play();
    const lastRow = () => {
      const rows = [...shadow(element).querySelectorAll('tr[data-step]')];
      return Number(rows.at(-1)?.getAttribute('data-step') ?? 0);
    };
    await vi.waitFor(() => expect(lastRow()).toBeGreaterThanOrEqual(20), { timeout: 10_000 });
    expect(element.playing).toBe(true);
    element.pause();
    await element.updateComplete;
    // Paused, it shows the last step exactly.
    expect(lastRow()).toBe(element.session!.current.step);
  });

  it('marks the normal-equation line in the data view: y = 5x + 150 for the houses (A.2, A.7)', async () => {
    const element = await mount({ preset: 'house-prices', standardize: 'false' });
    const dataView = view<GdPlaygroundDataView>(element, 'gd-playground-data-view');
    const line = dataView.shadowRoot!.querySelector<SVGLineElement>('line.solution')!;
    const { x, y } = dataView.scales();
    const at = (attr: string) => Number(line.getAttribute(attr));
    // Through (x₀, 5x₀ + 150) and (x₁, 5x₁ + 150) at the chart's edges.
    expect(x.invert(at('x1'))).toBeCloseTo((x.domain() as number[])[0]!, 6);
    expect(y.invert(at('y1'))).toBeCloseTo(5 * x.invert(at('x1')) + 150, 3);
    expect(y.invert(at('y2'))).toBeCloseTo(5 * x.invert(at('x2')) + 150, 3);
    expect(clean(dataView.shadowRoot!.querySelector('.solution-label')?.textContent)).toBe('normal equation');
    expect(part(element, 'normal-equation')).toBeNull();
  });

  it('says why there is no normal-equation solution instead of marking NaN (A.5: 2 rows, 3 weights)', async () => {
    const box = document.createElement('div');
    box.lang = 'tr';
    document.body.append(box);
    const element = await mount(A5, box);
    const dataView = view<GdPlaygroundDataView>(element, 'gd-playground-data-view');
    expect(dataView.shadowRoot!.querySelector('line.solution')).toBeNull();
    expect(clean(part(element, 'normal-equation')?.textContent)).toBe(
      'Normal denklem çözümü işaretlenmedi: örnek sayısı parametre sayısından az, bu yüzden XᵀX tersinir değil. Gradyan inişi yine de çalışır.',
    );
    expect(shadow(element).textContent).not.toMatch(/NaN/);
  });
});

describe("<gd-playground> column titles in the reader's language", () => {
  eachTestLeavesNoTensors();

  /** Mounts inside a host with that `lang`, as an article in that language would. */
  async function mountIn(lang: string, attributes: Record<string, string>): Promise<GdPlayground> {
    const box = document.createElement('div');
    box.lang = lang;
    document.body.append(box);
    return mount(attributes, box);
  }
  const axisTitles = async (element: GdPlayground) => {
    const dataView = view<GdPlaygroundDataView>(element, 'gd-playground-data-view');
    await dataView.updateComplete;
    const root = dataView.shadowRoot!;
    return [
      clean(root.querySelector('.gd-axis-title-x')?.textContent),
      clean(root.querySelector('.gd-axis-title-y')?.textContent),
    ];
  };
  const matrixHeaders = (element: GdPlayground) =>
    Array.from(part(element, 'matrix')!.querySelectorAll('thead th'), (th) => clean(th.textContent));

  it.each([
    ['en', 'size (m²)', 'price (thousands)'],
    ['tr', 'alan (m²)', 'fiyat (bin)'],
    ['pt', 'área (m²)', 'preço (milhares)'],
    ['ko', '면적 (m²)', '가격 (천 단위)'],
  ])(
    '%s: the house-prices axes, matrix columns and probe field read %s and %s',
    async (lang, size, price) => {
      const element = await mountIn(lang, { preset: 'house-prices', standardize: 'false', probe: '120' });
      expect(await axisTitles(element)).toEqual([size, price]);
      expect(matrixHeaders(element).slice(1, 2)).toEqual([size]);
      expect(matrixHeaders(element).at(-1)).toBe(price);
      expect(clean(part(element, 'probe')!.querySelector('label span')?.textContent)).toBe(size);
    },
  );

  it('a point added to the houses keeps the translated titles (the price no longer falls back to "y")', async () => {
    const element = await mountIn('tr', { preset: 'house-prices', standardize: 'false' });
    const dataView = view<GdPlaygroundDataView>(element, 'gd-playground-data-view');
    const [x0, x1] = dataView.scales().x.domain() as [number, number];
    const [y0, y1] = dataView.scales().y.domain() as [number, number];
    clickChart(dataView, (x0 + x1) / 2, (y0 + y1) / 2);
    await element.whenReady();
    await element.updateComplete;
    expect(element.session!.options.dataset.targets).toHaveLength(6);
    expect(await axisTitles(element)).toEqual(['alan (m²)', 'fiyat (bin)']);
  });

  it('the class column of a classification preset is translated (tr: sınıf, ko: 클래스)', async () => {
    const turkish = await mountIn('tr', { preset: 'blobs', model: 'logistic', loss: 'bce-logits' });
    expect(matrixHeaders(turkish).at(-1)).toBe('sınıf');
    const korean = await mountIn('ko', { preset: 'blobs', model: 'logistic', loss: 'bce-logits' });
    expect(matrixHeaders(korean).at(-1)).toBe('클래스');
  });

  it('names the learner wrote are shown as written on a Turkish page', async () => {
    const data = JSON.stringify({
      features: [[50], [60], [70]],
      targets: [400, 450, 500],
      featureNames: ['size (m²)'],
    });
    const element = await mountIn('tr', { data, standardize: 'false' });
    expect(await axisTitles(element)).toEqual(['size (m²)', 'y']);
    expect(matrixHeaders(element).slice(1, 2)).toEqual(['size (m²)']);
  });
});
