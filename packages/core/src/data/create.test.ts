import { describe, expect, it } from 'vitest';
import { datasetFromArrays } from './create.js';
import { DatasetError } from './errors.js';

/** Runs `fn`, expects a DatasetError and returns it for property checks. */
function catchError(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return e as DatasetError;
  }
  throw new Error('expected a DatasetError');
}

describe('datasetFromArrays', () => {
  it('copies a regression data set with default names', () => {
    const features = [
      [1, 2],
      [3, 4],
    ];
    const ds = datasetFromArrays({ features, targets: [5, 6] });
    expect(ds.features).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(ds.targets).toEqual([5, 6]);
    expect(ds.featureNames).toEqual(['x1', 'x2']);
    expect(ds.targetName).toBe('y');
    expect(ds.classes).toBeUndefined();
    features[0]![0] = 99;
    expect(ds.features[0]![0]).toBe(1);
  });

  it('keeps the given names and reads booleans as 1/0', () => {
    const ds = datasetFromArrays({
      features: [[true], [false]],
      targets: [1, 0],
      featureNames: ['has garden'],
      targetName: 'sold',
    });
    expect(ds.features).toEqual([[1], [0]]);
    expect(ds.featureNames).toEqual(['has garden']);
    expect(ds.targetName).toBe('sold');
  });

  it('maps string labels to class indices, in order of first appearance', () => {
    const ds = datasetFromArrays({ features: [[1], [2], [3], [4]], targets: ['dog', 'cat', 'dog', 'bird'] });
    expect(ds.classes).toEqual(['dog', 'cat', 'bird']);
    expect(ds.targets).toEqual([0, 1, 0, 2]);
  });

  it('uses the given class order and accepts labels or indices', () => {
    const ds = datasetFromArrays({
      features: [[1], [2], [3]],
      targets: ['yes', 0, 'no'],
      classes: ['no', 'yes'],
    });
    expect(ds.targets).toEqual([1, 0, 0]);
    expect(ds.classes).toEqual(['no', 'yes']);
  });

  it("rejects no rows with 'empty' and rows without columns with 'no-features'", () => {
    expect(catchError(() => datasetFromArrays({ features: [], targets: [] })).code).toBe('empty');
    expect(catchError(() => datasetFromArrays({ features: [[], []], targets: [1, 2] })).code).toBe(
      'no-features',
    );
  });

  it('names a ragged row (0-based property, 1-based message) with expected and actual counts', () => {
    const e = catchError(() => datasetFromArrays({ features: [[1, 2], [3, 4], [5]], targets: [1, 2, 3] }));
    expect(e.code).toBe('ragged-row');
    expect(e.row).toBe(2);
    expect(e.expected).toBe(2);
    expect(e.actual).toBe(1);
    expect(e.message).toContain('Row 3');
  });

  it("reports a non-number cell as 'not-a-number' with row and column", () => {
    const e = catchError(() =>
      datasetFromArrays({
        features: [
          [1, 2],
          [3, 'four'],
        ],
        targets: [1, 2],
        featureNames: ['a', 'b'],
      }),
    );
    expect(e.code).toBe('not-a-number');
    expect([e.row, e.column, e.columnName, e.value]).toEqual([1, 1, 'b', 'four']);
    expect(e.message).toContain('Row 2, column 2 (b)');
  });

  it("reports NaN as 'not-a-number' and Infinity as 'not-finite'", () => {
    const nan = catchError(() => datasetFromArrays({ features: [[Number.NaN]], targets: [1] }));
    expect([nan.code, nan.row, nan.column]).toEqual(['not-a-number', 0, 0]);
    const inf = catchError(() =>
      datasetFromArrays({
        features: [
          [1, 2],
          [3, 4],
          [5, Number.NEGATIVE_INFINITY],
        ],
        targets: [1, 2, 3],
      }),
    );
    expect([inf.code, inf.row, inf.column]).toEqual(['not-finite', 2, 1]);
    const target = catchError(() =>
      datasetFromArrays({ features: [[1], [2]], targets: [1, Number.POSITIVE_INFINITY] }),
    );
    expect([target.code, target.row]).toEqual(['not-finite', 1]);
    const nullCell = catchError(() => datasetFromArrays({ features: [[1], [null]], targets: [1, 2] }));
    expect([nullCell.code, nullCell.row]).toEqual(['not-a-number', 1]);
  });

  it("reports different row and target counts as 'length-mismatch'", () => {
    const e = catchError(() => datasetFromArrays({ features: [[1], [2], [3]], targets: [1, 2] }));
    expect([e.code, e.expected, e.actual]).toEqual(['length-mismatch', 3, 2]);
  });

  it("reports the wrong number of feature names as 'name-count'", () => {
    const e = catchError(() => datasetFromArrays({ features: [[1, 2]], targets: [1], featureNames: ['a'] }));
    expect([e.code, e.expected, e.actual]).toEqual(['name-count', 2, 1]);
  });

  it('keeps column keys (frozen) and refuses unknown keys or a wrong feature-key count', () => {
    const ds = datasetFromArrays({
      features: [[50], [60]],
      targets: [400, 450],
      columnKeys: { features: ['house-size'], target: 'house-price' },
    });
    expect(ds.columnKeys).toEqual({ features: ['house-size'], target: 'house-price' });
    expect(Object.isFrozen(ds.columnKeys?.features)).toBe(true);
    expect(datasetFromArrays({ features: [[1]], targets: [2] }).columnKeys).toBeUndefined();
    const count = catchError(() =>
      datasetFromArrays({ features: [[1, 2]], targets: [1], columnKeys: { features: ['house-size'] } }),
    );
    expect([count.code, count.parameter]).toEqual(['bad-option', 'columnKeys']);
    const unknown = catchError(() =>
      // biome-ignore lint/suspicious/noExplicitAny: a key read back from JSON is not typed
      datasetFromArrays({ features: [[1]], targets: [1], columnKeys: { target: 'price' as any } }),
    );
    expect([unknown.code, unknown.value]).toEqual(['bad-option', 'price']);
  });

  it("reports a label outside the classes as 'unknown-class' with its row", () => {
    const label = catchError(() =>
      datasetFromArrays({ features: [[1], [2], [3]], targets: ['a', 'b', 'c'], classes: ['a', 'b'] }),
    );
    expect([label.code, label.row, label.value]).toEqual(['unknown-class', 2, 'c']);
    expect(label.message).toContain('Row 3');
    const index = catchError(() =>
      datasetFromArrays({ features: [[1], [2]], targets: [0, 2], classes: ['a', 'b'] }),
    );
    expect([index.code, index.row]).toEqual(['unknown-class', 1]);
    const fraction = catchError(() =>
      datasetFromArrays({ features: [[1]], targets: [0.5], classes: ['a', 'b'] }),
    );
    expect(fraction.code).toBe('unknown-class');
  });

  it('rejects a class list with fewer than 2 or duplicate labels', () => {
    expect(catchError(() => datasetFromArrays({ features: [[1]], targets: ['a'] })).code).toBe(
      'too-few-classes',
    );
    const dup = catchError(() =>
      datasetFromArrays({ features: [[1]], targets: [0], classes: ['a', 'b', 'a'] }),
    );
    expect([dup.code, dup.value]).toEqual(['duplicate-class', 'a']);
  });
});
