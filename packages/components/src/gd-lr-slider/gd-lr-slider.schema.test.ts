import { afterAll, beforeAll, describe } from 'vitest';
import '../define/gd-lr-slider.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';

describe('<gd-lr-slider> schema', () => {
  // `for` needs an element to name: with none, the slider shows `no-target` (tested in gd-lr-slider.test.ts).
  const target = document.createElement('div');
  target.id = 'schema-target';
  beforeAll(() => document.documentElement.append(target));
  afterAll(() => target.remove());

  describeSchema('gd-lr-slider', {
    'learning-rate': { good: '0.5', bad: 'fast' },
    min: { good: '0.01', bad: '-1' },
    max: { good: '5', bad: '0' },
    x: { good: '2', bad: '0' },
    target: { good: '3', bad: 'three' },
    start: { good: '1', bad: 'NaN' },
    steps: { good: '50', bad: '0' },
    tolerance: { good: '0.5', bad: '-1' },
    convention: { good: 'mean', bad: 'quarter' },
    for: { good: 'schema-target', bad: 'two words' },
  });
});
