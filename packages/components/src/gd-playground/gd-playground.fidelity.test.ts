// CURRICULUM A fidelity through the rendered element: the exact ledger (A.9 with either BCE form),
// the prediction probe (A.2, A.4), the data as a matrix (A.4) and the step as code (A.5, A.9).
import { describe, expect, it } from 'vitest';
import '../define/gd-playground.js';
import { A9, cell, clean, eachTestLeavesNoTensors, mount, part } from './harness.test-fixtures.js';

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
