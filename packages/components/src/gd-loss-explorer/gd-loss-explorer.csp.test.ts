/**
 * Strict CSP (`style-src 'self'`, set here with a meta policy as a CMS would send it): the explorer's
 * own markup (loss picker, δ/β controls, table, notes, problems) writes no style attribute. Its
 * charts' axes (internal/plot/axes.ts) and formulas (gd-math) are checked where they are written.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import '../define/gd-loss-explorer.js';

const violations: string[] = [];
const record = (event: SecurityPolicyViolationEvent) =>
  violations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`);

beforeAll(() => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src 'self'";
  document.head.append(meta);
  document.addEventListener('securitypolicyviolation', record);
});
afterAll(() => {
  document.removeEventListener('securitypolicyviolation', record);
  document.body.replaceChildren();
});

it('renders, reports a bad attribute and takes an edit without a CSP violation', async () => {
  const element = document.createElement('gd-loss-explorer');
  for (const [name, value] of Object.entries({
    truth: '1,1,0',
    predicted: '0.9,0.7,0.3',
    losses: 'mse,huber,smooth-l1,bce',
    delta: 'oops',
  }))
    element.setAttribute(name, value);
  for (const name of ['hide-chart', 'hide-plot', 'hide-formulas']) element.setAttribute(name, '');
  const warn = console.warn;
  console.warn = () => {};
  try {
    document.body.append(element);
    await element.updateComplete;
    const cell = element.shadowRoot!.querySelector<HTMLInputElement>(
      'tr[data-row="1"] input[data-column="predicted"]',
    )!;
    cell.value = '1.5';
    cell.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    console.warn = warn;
  }
  expect(element.shadowRoot!.querySelector('[data-note="bce"]')).not.toBeNull();
  expect(element.shadowRoot!.querySelector('[part="problems"] [data-attribute="delta"]')).not.toBeNull();
  expect(violations).toEqual([]);
  // The policy is in force: a style attribute written here is reported.
  const control = document.createElement('p');
  document.body.append(control);
  control.setAttribute('style', 'color: red');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(violations.length).toBeGreaterThan(0);
});
