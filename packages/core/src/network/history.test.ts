import { describe, expect, it } from 'vitest';
import { RingBuffer } from './history.js';

describe('RingBuffer', () => {
  it('pops newest first and forgets the oldest beyond capacity', () => {
    const ring = new RingBuffer<number>(3);
    for (let i = 1; i <= 5; i++) ring.push(i);
    expect(ring.length).toBe(3);
    expect(ring.peek()).toBe(5);
    expect([ring.pop(), ring.pop(), ring.pop(), ring.pop()]).toEqual([5, 4, 3, undefined]);
    ring.push(7);
    ring.push(8);
    expect(ring.pop()).toBe(8);
    ring.clear();
    expect(ring.length).toBe(0);
  });

  it('keeps nothing at capacity 0 and refuses a negative one', () => {
    const ring = new RingBuffer<number>(0);
    ring.push(1);
    expect(ring.pop()).toBeUndefined();
    expect(() => new RingBuffer(-1)).toThrow(RangeError);
  });
});
