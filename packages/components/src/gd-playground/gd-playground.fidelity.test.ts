// CURRICULUM A fidelity through the rendered element: the exact ledger (A.9 with either BCE form),
// the prediction probe (A.2, A.4), the data as a matrix (A.4) and the step as code (A.5, A.9).
import { tf } from '@gd-playground/core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gd-playground.js';
import {
  A5,
  A9,
  cell,
  clean,
  eachTestLeavesNoTensors,
  mount,
  noAxeViolations,
  part,
} from './harness.test-fixtures.js';

eachTestLeavesNoTensors();

describe('<gd-playground> exact ledger', () => {
  it.each(['bce', 'bce-logits'])(
    'A.9 with loss="%s" shows 6 before the step and 5.65 after (CURRICULUM "Logistic step, exact")',
    async (loss) => {
      const element = await mount({ ...A9, loss });
      expect(cell(element, 0, 'loss')).toBe('6');
      expect(clean(part(element, 'status')?.textContent)).toContain('6');
      expect(clean(part(element, 'status')?.textContent)).not.toContain('6.0004');
      await element.step(1);
      expect(cell(element, 1, 'batch-loss')).toBe('6');
      expect(cell(element, 1, 'loss')).toBe('5.65');
      expect(cell(element, 1, 'parameters')).toBe('w: 1.95, 1.9, 1.85');
      const status = clean(part(element, 'status')?.textContent);
      expect(status).toContain('5.65');
      expect(status).not.toMatch(/5\.649|5\.6501/);
    },
  );
});

/** CURRICULUM A.4 as a data set: size (m²) and rooms → price, exactly ŷ = 5.1·x₁ + 6.5·x₂ + 133. */
const A4_DATA = JSON.stringify({
  features: [
    [50, 1],
    [60, 2],
    [70, 2],
    [90, 3],
    [100, 3],
  ],
  targets: [394.5, 452, 503, 611.5, 662.5],
  featureNames: ['size (m²)', 'rooms'],
});
const probeLine = (element: HTMLElement, which: string) =>
  clean(element.shadowRoot!.querySelector(`[part="probe"] [data-probe="${which}"]`)?.textContent);

describe('<gd-playground> prediction probe', () => {
  it('A.2: house prices at w = 5, b = 150 predict 750 for 120 m², written out', async () => {
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    expect(probeLine(element, 'prediction')).toBe('y^=5·120+150=750');
    // Nested fragments are MathML elements (the mathml tag), not unknown HTML ones the browser would not lay out.
    const numbers = element.shadowRoot!.querySelectorAll('[data-probe="prediction"] mn');
    expect(Array.from(numbers, (mn) => mn.namespaceURI)).toEqual(
      new Array(4).fill('http://www.w3.org/1998/Math/MathML'),
    );
  });

  it('A.4: b = 133, w = (5.1, 6.5) predict 528.5 for (75, 2)', async () => {
    const element = await mount({ data: A4_DATA, start: '5.1,6.5,133', probe: '75,2' });
    expect(probeLine(element, 'prediction')).toBe('y^=5.1·75+6.5·2+133=528.5');
  });

  it('A.8: logistic w = (2.8, −4.5), b = 0.4 at (1, 1.5): z = −3.55, σ(z) ≈ 0.028, class 0', async () => {
    const data = JSON.stringify({
      features: [
        [0, 0],
        [1, 1],
        [2, 0],
        [0, 2],
      ],
      targets: [0, 1, 1, 0],
    });
    const element = await mount({ data, model: 'logistic', start: '2.8,-4.5,0.4', probe: '1,1.5' });
    expect(probeLine(element, 'logit')).toMatch(/=−3\.55$/);
    expect(probeLine(element, 'probability')).toMatch(/=0\.0279$/);
    expect(probeLine(element, 'class')).toContain('Class: 0');
  });

  it('follows training: the prediction after a step uses the new parameters', async () => {
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    await element.step(1);
    const w = element.session!.current.parameters['w']![0]!;
    const b = element.session!.current.parameters['b']![0]!;
    const shown = probeLine(element, 'prediction').split('=').pop()!;
    expect(Number(shown)).toBeCloseTo(w * 120 + b, 3);
  });

  it('the learner types an input and the data view marks it; Pick then a click sets feature 1', async () => {
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#probe-0')!;
    input.value = '80';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(probeLine(element, 'prediction')).toMatch(/=550$/);
    const view = element.shadowRoot!.querySelector('gd-playground-data-view')!;
    await (view as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(view.shadowRoot!.querySelector('[data-probe-mark]')).not.toBeNull();
    const pick = element.shadowRoot!.querySelector<HTMLButtonElement>('#probe-pick')!;
    pick.focus();
    pick.click();
    await element.updateComplete;
    expect(pick.getAttribute('aria-pressed')).toBe('true');
    const svgEl = view.shadowRoot!.querySelector('svg')!;
    const box = svgEl.getBoundingClientRect();
    svgEl.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        composed: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
      }),
    );
    await element.updateComplete;
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    const x = Number(input.value);
    expect(x).toBeGreaterThan(50);
    expect(x).toBeLessThan(100);
    expect(element.playgroundState.data).toMatchObject({ kind: 'preset' }); // no point was added
    expect(Number(probeLine(element, 'prediction').split('=').pop())).toBeCloseTo(5 * x + 150, 3);
  });

  it('a bad probe is refused by name, keeping the last good one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    element.setAttribute('probe', '12o');
    await element.updateComplete;
    expect(clean(part(element, 'problems')?.textContent)).toContain('probe');
    expect(probeLine(element, 'prediction')).toMatch(/=750$/);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a probe with the wrong number of values is refused, keeping the last one that fitted', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    element.setAttribute('probe', '75,2');
    await element.updateComplete;
    const message = clean(
      element.shadowRoot!.querySelector('[part="problems"] [data-attribute="probe"]')?.textContent,
    );
    expect(message).toBe('The “probe” attribute has 2 values, but “data” has 1: they must match.');
    expect(probeLine(element, 'prediction')).toMatch(/=750$/);
    expect(warn).toHaveBeenCalledTimes(1);
    element.setAttribute('probe', '100');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="problems"] [data-attribute="probe"]')).toBeNull();
    expect(probeLine(element, 'prediction')).toMatch(/=650$/);
  });
});

describe('<gd-playground> data as a matrix', () => {
  it('A.4: X (4 × 3) times w = (1, 2, 3) gives 14, 32, −14, −32, with the shapes and feature names', async () => {
    const data = JSON.stringify({
      features: [
        [1, 2, 3],
        [4, 5, 6],
        [-1, -2, -3],
        [-4, -5, -6],
      ],
      targets: [14, 32, -14, -32],
      featureNames: ['x1', 'x2', 'x3'],
    });
    const element = await mount({ data, 'no-bias': '', start: '1,2,3', standardize: 'false' });
    const matrix = part(element, 'matrix')!;
    const outputs = Array.from(matrix.querySelectorAll('[data-column="output"]'), (td) =>
      clean(td.textContent),
    );
    expect(outputs).toEqual(['14', '32', '−14', '−32']);
    expect(clean(matrix.querySelector('[data-shapes]')?.textContent)).toBe(
      'X is 4 × 3 (rows are examples, columns are features), w is 3 × 1, and X·w and y are 4 × 1.',
    );
    const headers = Array.from(matrix.querySelectorAll('thead th'), (th) => clean(th.textContent));
    expect(headers).toEqual(['Row', 'x1', 'x2', 'x3', 'X·w', 'y']);
    const row3 = Array.from(matrix.querySelectorAll('tr[data-row="2"] > *'), (c) => clean(c.textContent));
    expect(row3).toEqual(['3', '−1', '−2', '−3', '−14', '−14']);
  });

  it('marks the batch rows of a mini-batch step', async () => {
    const element = await mount({ preset: 'linear', batching: 'mini-batch', 'batch-size': '4', size: '20' });
    await element.step(1);
    const batch = element.session!.current.batch;
    const marked = Array.from(part(element, 'matrix')!.querySelectorAll('tr.in-batch'), (tr) =>
      Number(tr.getAttribute('data-row')),
    );
    expect(marked.sort((a, b) => a - b)).toEqual(
      [...batch]
        .filter((i) => i < 12 || true)
        .sort((a, b) => a - b)
        .slice(0, marked.length),
    );
    expect(marked.length).toBe(4);
  });
});

/** The constructor of async functions: runs a program's text whose top level awaits. */
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...parameterNamesThenBody: string[]
) => (...args: unknown[]) => Promise<unknown>;
const golden = async (name: string) => (await fetch(new URL(`./golden/${name}.py`, import.meta.url))).text();
const program = (element: HTMLElement, form: 'loops' | 'vectorised') =>
  element.shadowRoot!.querySelector(`[part="code"] code[data-code="${form}"]`)?.textContent ?? '';

describe('<gd-playground> step as code', () => {
  it.each([
    ['a5', A5],
    ['a9', A9],
  ] as const)(
    'the Python programs of %s step 1 equal the golden text checked by running it',
    async (name, attributes) => {
      const element = await mount(attributes);
      expect(program(element, 'loops')).toBe(await golden(`${name}-loops`));
      expect(program(element, 'vectorised')).toBe(await golden(`${name}-vectorised`));
    },
  );

  it.each([
    ['A.5', A5],
    ['A.9 with bce', { ...A9, loss: 'bce' }],
    ['house prices with a bias, standardised', { preset: 'house-prices' }],
  ])('%s: the TypeScript programs, run, give the table’s next row', async (_, attributes) => {
    const element = await mount(attributes);
    const radio = element.shadowRoot!.querySelector<HTMLInputElement>(
      'input[name="code-language"][value="typescript"]',
    )!;
    radio.click();
    await element.updateComplete;
    const vectorised = program(element, 'vectorised').replace(/^import .*$/m, '');
    const loops = program(element, 'loops');
    // What we teach: read-backs that await, never the blocking dataSync/arraySync.
    expect(vectorised).toMatch(/await \w+\.data\(\)/);
    expect(vectorised).not.toMatch(/(data|array)Sync\(/);
    const quiet = { log: () => {} };
    const bias = element.playgroundState.bias;
    const ret = `\nreturn { loss: typeof loss === "number" ? loss : (await loss.data())[0], w: Array.isArray(w) ? w : await w.array(), b: ${bias ? 'b' : 'undefined'} };`;
    // The TypeScript programs use top-level await (non-blocking read-backs), so they run as the
    // body of an async function; tf.tidy cannot span an await, so a scope frees their tensors.
    tf.engine().startScope();
    let fromTf: Result;
    try {
      fromTf = (await new AsyncFunction('tf', 'console', vectorised + ret)(tf, quiet)) as Result;
    } finally {
      tf.engine().endScope();
    }
    const fromLoops = (await new AsyncFunction('console', loops + ret)(quiet)) as Result;
    await element.step(1);
    const trained = element.session!.current.parameters;
    for (const result of [fromTf, fromLoops]) {
      for (const [j, value] of result.w.entries()) expect(value).toBeCloseTo(trained['w']![j]!, 4);
      if (bias) expect(result.b!).toBeCloseTo(trained['b']![0]!, 4);
      // The batch loss the table shows (float64, 3 decimals) is the program's, to those decimals.
      expect(Number(result.loss.toFixed(3))).toBe(Number(cell(element, 1, 'batch-loss').replace(/,/g, '')));
    }
  });

  it('hide-code removes the panel; copy puts the program on the clipboard', async () => {
    const hidden = await mount({ ...A5, 'hide-code': '' });
    expect(part(hidden, 'code')).toBeNull();
    hidden.remove();
    const element = await mount(A5);
    let copied = '';
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => {
      copied = text;
    });
    element.shadowRoot!.querySelector<HTMLButtonElement>('#code-copy-vectorised')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(copied).toBe(await golden('a5-vectorised'));
    expect(clean(element.shadowRoot!.querySelector('#code-copy-vectorised')?.textContent)).toBe('Copied');
  });
});

interface Result {
  loss: number;
  w: number[];
  b?: number;
}

describe('<gd-playground> new panels: languages, keyboard, axe', () => {
  it.each([
    ['tr', 'Tahmin et', 'Matris olarak veri', '1. adım kod olarak'],
    ['pt', 'Prever', 'Os dados como matriz', 'Passo 1 em código'],
    ['ko', '예측하기', '행렬로 본 데이터', '1단계를 코드로'],
    ['en', 'Predict', 'The data as a matrix', 'Step 1 as code'],
  ])('in %s the headings read %s / %s / %s', async (lang, probe, matrix, code) => {
    const box = document.createElement('div');
    box.lang = lang;
    document.body.append(box);
    const element = await mount(A5, box);
    expect(clean(element.shadowRoot!.querySelector('#probe-heading')?.textContent)).toBe(probe);
    expect(clean(element.shadowRoot!.querySelector('#matrix-heading')?.textContent)).toBe(matrix);
    expect(clean(element.shadowRoot!.querySelector('#code-heading')?.textContent)).toBe(code);
  });

  it('the probe, the matrix and the code are reachable by Tab and axe-clean', async () => {
    const element = await mount({ ...A9, probe: '1,1,1' });
    await noAxeViolations(element);
    const ids = ['probe-0', 'probe-pick', 'code-copy-loops'];
    for (const id of ids) {
      const target = element.shadowRoot!.querySelector<HTMLElement>(`#${id}`)!;
      expect(target.tabIndex).toBe(0);
    }
    const scrollers = element.shadowRoot!.querySelectorAll('[part="code"] pre, [part="matrix"] .scroll');
    expect(Array.from(scrollers, (el) => (el as HTMLElement).tabIndex)).toEqual([0, 0, 0]);
    await userEvent.click(element.shadowRoot!.querySelector<HTMLElement>('#probe-0')!);
    await userEvent.keyboard('{Control>}a{/Control}2');
    await element.updateComplete;
    expect(probeLine(element, 'logit')).toMatch(/^z=2·2\+2·1\+2·1=8$/);
  });
});
