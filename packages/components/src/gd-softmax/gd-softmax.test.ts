import { softmax, tf } from '@gd-playground/core';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-softmax.js';
import {
  checkPageAfterEach,
  clean,
  mounter,
  shadowText,
  shadowTexts,
} from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { GdSoftmax, SoftmaxChangeDetail } from './gd-softmax.js';

// --- harness ---------------------------------------------------------------------------------

const mount = mounter<GdSoftmax>('gd-softmax', {
  width: 760,
  settle: (element) => element.updateComplete,
});
const cells = (element: GdSoftmax, scope: string, key: string) =>
  shadowTexts(element, `${scope} [data-value="${key}"]`);
const text = shadowText;
const handles = (element: GdSoftmax) => [...element.shadowRoot!.querySelectorAll<SVGElement>('.gd-handle')];

checkPageAfterEach();

describeSchema('gd-softmax', {
  logits: { good: '1000, 1001, 1002', bad: '5' },
  target: { good: '2', bad: 'two' },
  temperature: { good: '0.5', bad: '0' },
});

describe('<gd-softmax> golden values (curriculum B.4), read from the rendered element', () => {
  it('logits 1, 2, 3 with target 2: p, log p, cross-entropy and p − y', async () => {
    const element = await mount({ logits: '1,2,3', target: '2' });
    expect(cells(element, '[part="table"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
    expect(cells(element, '[part="table"]', 'log-p')).toEqual(['−2.4076', '−1.4076', '−0.4076']);
    expect(cells(element, '[part="table"]', 'y')).toEqual(['0', '0', '1']);
    expect(cells(element, '[part="table"]', 'gradient')).toEqual(['0.0900', '0.2447', '−0.3348']);
    expect(text(element, '[data-value="loss"]')).toBe('Cross-entropy for class 2: L = −log p2 = 0.4076');
  });

  it('the Jacobian diag(p) − p pᵀ at (1, 2, 3)', async () => {
    const element = await mount({ logits: '1,2,3' });
    const rows = [...element.shadowRoot!.querySelectorAll('[part="jacobian"] tr')].map((row) =>
      [...row.querySelectorAll('td')].map((c) => clean(c.textContent)),
    );
    expect(rows).toEqual([
      ['0.0819', '−0.0220', '−0.0599'],
      ['−0.0220', '0.1848', '−0.1628'],
      ['−0.0599', '−0.1628', '0.2227'],
    ]);
    // Heat map: the diagonal is positive, the off-diagonal negative; the largest is the darkest.
    expect(
      element.shadowRoot!.querySelector('[part="jacobian"] tr:nth-child(3) td:nth-child(3)')?.className,
    ).toBe('heat-pos-4');
  });

  it('logits 1000, 1001, 1002: naive float32 overflows to ∞ and NaN, stable gives 0.0900, 0.2447, 0.6652', async () => {
    const element = await mount({ logits: '1000,1001,1002', target: '2' });
    expect(cells(element, '[part="naive"]', 'exp')).toEqual(['∞', '∞', '∞']);
    expect(cells(element, '[part="naive"]', 'sum')).toEqual(['∞']);
    expect(cells(element, '[part="naive"]', 'p')).toEqual(['NaN', 'NaN', 'NaN']);
    expect(cells(element, '[part="stable"]', 'exp')).toEqual(['0.1353', '0.3679', '1']);
    expect(cells(element, '[part="stable"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
    expect(text(element, '[part="stable"] [data-value="max"]')).toBe('m = max z/T = 1,002');
    expect(text(element, '[part="stable"] [data-value="lse"]')).toBe('log-sum-exp = 1,002.4076');
    expect(cells(element, '[part="table"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
    expect(text(element, '[data-value="verdict"]')).toContain('∞ / ∞ is NaN');
  });

  it('small logits: the naive form agrees and says so', async () => {
    const element = await mount({ logits: '1,2,3' });
    expect(cells(element, '[part="naive"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
    expect(cells(element, '[part="naive"]', 'exp')).toEqual(['2.7183', '7.3891', '20.0855']);
    expect(text(element, '[data-value="verdict"]')).toBe(
      'Nothing overflows at these logits: both forms agree.',
    );
  });

  it('temperature divides the logits: T = 2 gives softmax(0.5, 1, 1.5)', async () => {
    const element = await mount({ logits: '1,2,3', temperature: '2' });
    const expected = softmax([0.5, 1, 1.5]).map((p) => p.toFixed(4));
    expect(cells(element, '[part="table"]', 'p')).toEqual(expected);
  });
});

describe('<gd-softmax> interaction', () => {
  it('arrow keys move a logit bar by 0.1 and fire input, change and gd-change; N moves to the next bar', async () => {
    const element = await mount({ logits: '1,2,3', target: '2' });
    const events: string[] = [];
    const details: SoftmaxChangeDetail[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    element.addEventListener('gd-change', (e) =>
      details.push((e as CustomEvent<SoftmaxChangeDetail>).detail),
    );
    const [first] = handles(element);
    expect(first?.getAttribute('tabindex')).toBe('0');
    expect(handles(element)[1]?.getAttribute('tabindex')).toBe('-1');
    first!.focus();
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    await element.updateComplete;
    expect(element.logits).toEqual([1.1, 2, 3]);
    expect(events).toEqual(['input', 'change']);
    expect(details[0]?.logits).toEqual([1.1, 2, 3]);
    expect(details[0]?.loss).toBeCloseTo(-Math.log(softmax([1.1, 2, 3])[2]!), 12);
    expect(cells(element, '[part="table"]', 'logit')).toEqual(['1.1', '2', '3']);
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }));
    expect(element.shadowRoot!.activeElement).toBe(handles(element)[1]);
  });

  it('typing a temperature changes the probabilities', async () => {
    const element = await mount({ logits: '1,2,3' });
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#temperature')!;
    input.value = '0.5';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(element.temperature).toBe(0.5);
    expect(cells(element, '[part="table"]', 'p')).toEqual(softmax([2, 4, 6]).map((p) => p.toFixed(4)));
  });

  it('a target beyond the classes is refused with a message, and the widget keeps working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ logits: '1,2,3', target: '5' });
    expect(text(element, '[part="problems"] [data-attribute="target"]')).toBe(
      'The “target” attribute is 5, but there are 3 classes, numbered 0 to 2.',
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(cells(element, '[part="table"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
    element.setAttribute('logits', '1,2,3,4,5,6');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="problems"]')).toBeNull();
    expect(cells(element, '[part="table"]', 'y')).toEqual(['0', '0', '0', '0', '0', '1']);
  });

  it('a bad value written in the markup (before the first update) is shown, and the default kept', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ logits: '5', target: '2' });
    expect(text(element, '[part="problems"] [data-attribute="logits"]')).toBe(
      'The “logits” attribute needs between 2 and 10 logits, but got “5”.',
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(cells(element, '[part="table"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
  });

  it('speaks four languages, with locale numbers', async () => {
    const expected = {
      en: ['Temperature T', '0.0900'],
      tr: ['Sıcaklık T', '0,0900'],
      pt: ['Temperatura T', '0,0900'],
      ko: ['온도 T', '0.0900'],
    };
    for (const [lang, [label, p]] of Object.entries(expected)) {
      const element = await mount({ logits: '1,2,3', target: '2' }, lang);
      expect(text(element, 'label[for="temperature"]')).toBe(label);
      expect(cells(element, '[part="table"]', 'p')[0]).toBe(p);
    }
  });

  it.each(['light', 'dark'])('has no axe violations in the %s theme', async (theme) => {
    const element = await mount({ theme, logits: '1000,1001,1002', target: '2' });
    const result = await axe.run(element);
    expect(result.violations).toEqual([]);
  });

  it('mount → drag → remove leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const element = await mount({ logits: '1,2,3', target: '0' });
    handles(element)[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await element.updateComplete;
    element.remove();
    expect(tf.memory().numTensors).toBe(before);
  });
});
