import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { formatTick, linearScale, logScale, paddedDomain, ticks } from './scales.js';

describe('scales', () => {
  it('maps a linear domain to pixels and back', () => {
    const x = linearScale([0, 10], [40, 240]);
    expect(x(5)).toBe(140);
    expect(x.invert(90)).toBe(2.5);
  });

  it('maps a log domain so each decade gets equal room', () => {
    const x = logScale([1e-3, 1], [0, 300]);
    expect(x(1e-2)).toBeCloseTo(100, 9);
    expect(x.invert(200)).toBeCloseTo(0.1, 12);
  });

  it('labels ticks with a decimal point in English and a decimal comma in Turkish', () => {
    const x = linearScale([0, 2], [0, 100]);
    expect(ticks(x, 5, 'en')).toEqual([
      { value: 0, label: '0' },
      { value: 0.5, label: '0.5' },
      { value: 1, label: '1' },
      { value: 1.5, label: '1.5' },
      { value: 2, label: '2' },
    ]);
    expect(ticks(x, 5, 'tr').map((t) => t.label)).toEqual(['0', '0,5', '1', '1,5', '2']);
  });

  it('groups thousands the local way', () => {
    const x = linearScale([0, 4000], [0, 100]);
    expect(ticks(x, 2, 'en').map((t) => t.label)).toEqual(['0', '2,000', '4,000']);
    expect(ticks(x, 2, 'tr').map((t) => t.label)).toEqual(['0', '2.000', '4.000']);
  });

  it('hides float noise and negative zero in labels', () => {
    expect(formatTick(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatTick(-0, 'en')).toBe('0');
    expect(formatTick(-1.25, 'pt')).toBe('-1,25');
    expect(formatTick(1e-7, 'en')).toBe('0.0000001');
  });

  it('keeps only powers of ten on a log axis spanning several decades', () => {
    const x = logScale([1e-4, 1], [0, 300]);
    expect(ticks(x, 5, 'en').map((t) => t.label)).toEqual(['0.0001', '0.001', '0.01', '0.1', '1']);
  });

  it('pads a data extent by a fraction of its span', () => {
    const [min, max] = paddedDomain([3, 1, 2], 0.1);
    expect(min).toBeCloseTo(0.8, 12);
    expect(max).toBeCloseTo(3.2, 12);
  });

  it('widens all-equal values, ignores non-finite ones and falls back to [0, 1] when empty', () => {
    const [min, max] = paddedDomain([2, 2, 2], 0.05);
    expect(min).toBeCloseTo(1.9, 12);
    expect(max).toBeCloseTo(2.1, 12);
    expect(paddedDomain([0, 0])).toEqual([-0.5, 0.5]);
    expect(paddedDomain([])).toEqual([0, 1]);
    expect(paddedDomain([Number.NaN, Number.POSITIVE_INFINITY])).toEqual([0, 1]);
    expect(paddedDomain(new Float32Array([Number.NaN, 0, 10]), 0)).toEqual([0, 10]);
  });

  // The scales are written here (d3-scale cost ~10 KB gzip a page); d3-scale, a dev dependency,
  // is the oracle: the same pixels, inverses and ticks, bit for bit.
  it('maps, inverts and ticks exactly as d3-scale does, linear and log, either direction', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const domains: [number, number][] = [
      [0, 10],
      [-3.7, 12.2],
      [5, -5],
      [0.001, 0.0037],
      [1200, 1e6],
      [2, 2],
      [-1e-9, 3e-9],
    ];
    for (let i = 0; i < 40; i++) {
      const scale = 10 ** Math.floor(random() * 12 - 6);
      domains.push([(random() - 0.5) * scale, (random() - 0.2) * scale * 3]);
    }
    const counts = [1, 2, 3, 5, 7, 10, 20];
    for (const domain of domains) {
      const range: [number, number] = [random() * 50, 100 + random() * 400];
      const ours = linearScale(domain, range);
      const d3 = scaleLinear().domain(domain).range(range);
      for (const count of counts) expect(ours.ticks(count), `${domain} ${count}`).toEqual(d3.ticks(count));
      expect(ours.ticks()).toEqual(d3.ticks());
      for (let k = -2; k <= 12; k++) {
        const value = domain[0] + ((domain[1] - domain[0]) * k) / 10;
        expect(ours(value)).toBe(d3(value));
        const pixel = range[0] + ((range[1] - range[0]) * k) / 10;
        expect(ours.invert(pixel)).toBe(d3.invert(pixel));
      }
      expect(ours.domain()).toEqual(d3.domain());
      expect(ours.range()).toEqual(d3.range());
    }
    const logDomains: [number, number][] = [
      [1e-4, 1],
      [1e-3, 1],
      [0.05, 3],
      [1, 1e9],
      [2, 2.5],
      [1000, 0.01],
      [1e-8, 1e8],
    ];
    for (const domain of logDomains) {
      const ours = logScale(domain, [300, 0]);
      const d3 = scaleLog().domain(domain).range([300, 0]);
      for (const count of counts)
        expect(ours.ticks(count), `log ${domain} ${count}`).toEqual(d3.ticks(count));
      for (let k = 0; k <= 10; k++) {
        const value = domain[0] * (domain[1] / domain[0]) ** (k / 10);
        expect(ours(value)).toBe(d3(value));
        expect(ours.invert(k * 30)).toBe(d3.invert(k * 30));
      }
    }
  });
});
