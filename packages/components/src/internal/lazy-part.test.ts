import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPart } from './lazy-part.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LazyPart', () => {
  it('imports once, shares the promise, and asks an update to wait only while needed and missing', async () => {
    let imports = 0;
    const part = new LazyPart(async () => {
      imports++;
      return { answer: 42 };
    });
    expect(part.loaded).toBeUndefined();
    expect(part.pending(false)).toBeUndefined();
    const first = part.pending(true);
    const second = part.load();
    expect(await first).toEqual({ answer: 42 });
    expect(await second).toEqual({ answer: 42 });
    expect(imports).toBe(1);
    expect(part.loaded?.answer).toBe(42);
    expect(part.pending(true)).toBeUndefined();
  });

  it('a chunk that fails resolves undefined with one warning, and is tried again on the next need', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let attempts = 0;
    const part = new LazyPart(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return { ok: true };
    });
    expect(await part.load()).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(part.loaded).toBeUndefined();
    expect(await part.load()).toEqual({ ok: true });
    expect(attempts).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
