import { describe, expect, it } from 'vitest';
import { LossError } from './errors.js';
import type { LossId } from './loss.js';
import { createLoss, isLossId, LOSS_IDS, LOSS_INFO } from './registry.js';

describe('the loss registry', () => {
  it('lists every LossId once and creates a loss with that id and input', () => {
    expect(LOSS_IDS).toHaveLength(10);
    expect(new Set(LOSS_IDS).size).toBe(10);
    for (const id of LOSS_IDS) {
      const loss = createLoss(id);
      expect(loss.id).toBe(id);
      expect(loss.input).toBe(LOSS_INFO[id].input);
      expect(LOSS_INFO[id].id).toBe(id);
      expect(loss.options).toEqual({ delta: 1, beta: 1, convention: 'mean' });
    }
  });

  it('describes what each loss needs and whether it is robust to outliers', () => {
    const robust = LOSS_IDS.filter((id) => LOSS_INFO[id].robustToOutliers);
    expect(robust).toEqual(['mae', 'huber', 'smooth-l1']);
    const logits = LOSS_IDS.filter((id) => LOSS_INFO[id].input === 'logits');
    expect(logits).toEqual(['bce-logits', 'cce-logits']);
    expect(LOSS_INFO.mse.requires).toEqual(['any']);
    expect(LOSS_INFO.bce.requires).toEqual(['binary-targets', 'probabilities']);
    expect(LOSS_INFO['bce-logits'].requires).toEqual(['binary-targets']);
    expect(LOSS_INFO.cce.requires).toEqual(['one-hot', 'probabilities']);
    expect(LOSS_INFO['cce-logits'].requires).toEqual(['one-hot']);
    expect(LOSS_INFO.huber.options).toEqual(['delta']);
    expect(LOSS_INFO['smooth-l1'].options).toEqual(['beta']);
    expect(LOSS_INFO.mse.options).toEqual(['convention']);
    expect(LOSS_IDS.filter((id) => !LOSS_INFO[id].nonNegative)).toEqual(['mean-error']);
  });

  it('passes options through and rejects unknown ids with a typed error', () => {
    expect(createLoss('huber', { delta: 4, beta: undefined }).options).toEqual({
      delta: 4,
      beta: 1,
      convention: 'mean',
    });
    expect(() => createLoss('hinge' as LossId)).toThrow(LossError);
    expect(() => createLoss('hinge' as LossId)).toThrowError(
      expect.objectContaining({ code: 'unknown-loss', value: 'hinge' }),
    );
  });

  it('recognises loss ids in widget attributes', () => {
    expect(isLossId('smooth-l1')).toBe(true);
    expect(isLossId('smoothl1')).toBe(false);
    expect(isLossId(3)).toBe(false);
  });
});
