import { describe, expect, it } from 'vitest';
import { datasetFromCsv, detectDelimiter, parseCsv } from './csv.js';
import { DatasetError } from './errors.js';

function catchError(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return e as DatasetError;
  }
  throw new Error('expected a DatasetError');
}

const HOUSES = 'size (m²),price (thousands)\n50,400\n60,450\n70,500\n80,550\n100,650\n';

describe('datasetFromCsv', () => {
  it('reads the house table: header names, last column as target', () => {
    const ds = datasetFromCsv(HOUSES);
    expect(ds.featureNames).toEqual(['size (m²)']);
    expect(ds.targetName).toBe('price (thousands)');
    expect(ds.features).toEqual([[50], [60], [70], [80], [100]]);
    expect(ds.targets).toEqual([400, 450, 500, 550, 650]);
    expect(ds.classes).toBeUndefined();
  });

  it('detects semicolons (with decimal commas) and tabs', () => {
    const semi = datasetFromCsv('a;b;y\n1,5;2;3\n4;5;6,25');
    expect(semi.features).toEqual([
      [1.5, 2],
      [4, 5],
    ]);
    expect(semi.targets).toEqual([3, 6.25]);
    const tab = datasetFromCsv('a\tb\ty\n1\t2\t3\n4\t5\t6');
    expect(tab.featureNames).toEqual(['a', 'b']);
    expect(tab.targets).toEqual([3, 6]);
    expect(detectDelimiter('"x,y";z;w\n1;2;3')).toBe(';');
    expect(detectDelimiter('x,y\n')).toBe(',');
  });

  it('handles quotes (delimiters, doubled quotes, line breaks inside), trimming, blank lines and CRLF', () => {
    const text = '  "size, m²" , "the ""price"""\r\n\r\n 50 , 400 \r\n   \r\n"60",450\r\n,,\r\n';
    const ds = datasetFromCsv(text);
    expect(ds.featureNames).toEqual(['size, m²']);
    expect(ds.targetName).toBe('the "price"');
    expect(ds.features).toEqual([[50], [60]]);
    expect(ds.targets).toEqual([400, 450]);
    const records = parseCsv('a,"multi\nline",c\n1,2,3', ',');
    expect(records.map((r) => r.cells)).toEqual([
      ['a', 'multi\nline', 'c'],
      ['1', '2', '3'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
  });

  it('turns a text target into classes in order of first appearance', () => {
    const ds = datasetFromCsv('x1,x2,species\n1,2,setosa\n3,4,virginica\n5,6,setosa\n7,8,versicolor');
    expect(ds.classes).toEqual(['setosa', 'virginica', 'versicolor']);
    expect(ds.targets).toEqual([0, 1, 0, 2]);
    expect(ds.targetName).toBe('species');
    const yesNo = datasetFromCsv('hours,passed\n1,false\n9,true\n2,false');
    expect(yesNo.classes).toEqual(['false', 'true']);
    expect(yesNo.targets).toEqual([0, 1, 0]);
  });

  it('uses the given classes (numeric-looking labels too) and chooses the target by name or index', () => {
    const ds = datasetFromCsv('passed,hours,sleep\n1,10,7\n0,2,4\n1,8,8', {
      target: 'passed',
      classes: ['0', '1'],
    });
    expect(ds.classes).toEqual(['0', '1']);
    expect(ds.targets).toEqual([1, 0, 1]);
    expect(ds.featureNames).toEqual(['hours', 'sleep']);
    expect(ds.features).toEqual([
      [10, 7],
      [2, 4],
      [8, 8],
    ]);
    const byIndex = datasetFromCsv('passed,hours,sleep\n1,10,7\n0,2,4', { target: 1 });
    expect(byIndex.targetName).toBe('hours');
    expect(byIndex.targets).toEqual([10, 2]);
  });

  it("names the row, line and column of a non-numeric feature cell ('not-a-number')", () => {
    const e = catchError(() => datasetFromCsv('size,rooms,price\n50,2,400\n60,three,450'));
    expect(e.code).toBe('not-a-number');
    expect([e.row, e.line, e.column, e.columnName, e.value]).toEqual([1, 3, 1, 'rooms', 'three']);
    expect(e.message).toContain('Row 2 (line 3), column "rooms"');
  });

  it("reports empty cells as 'missing-value' and inf as 'not-finite'", () => {
    const missing = catchError(() => datasetFromCsv('a,b,y\n1,2,3\n4,,6'));
    expect([missing.code, missing.row, missing.column, missing.columnName]).toEqual([
      'missing-value',
      1,
      1,
      'b',
    ]);
    const emptyTarget = catchError(() => datasetFromCsv('a,y\n1,\n2,3'));
    expect([emptyTarget.code, emptyTarget.row, emptyTarget.column]).toEqual(['missing-value', 0, 1]);
    const inf = catchError(() => datasetFromCsv('a,y\n1,2\ninf,3'));
    expect([inf.code, inf.row, inf.column]).toEqual(['not-finite', 1, 0]);
  });

  it('reports ragged rows, unknown target columns, unknown classes and empty input', () => {
    const ragged = catchError(() => datasetFromCsv('a,b,y\n1,2,3\n4,5'));
    expect([ragged.code, ragged.row, ragged.line, ragged.expected, ragged.actual]).toEqual([
      'ragged-row',
      1,
      3,
      3,
      2,
    ]);
    const column = catchError(() => datasetFromCsv(HOUSES, { target: 'price' }));
    expect([column.code, column.parameter]).toEqual(['unknown-column', 'target']);
    expect(catchError(() => datasetFromCsv(HOUSES, { target: 5 })).code).toBe('unknown-column');
    const cls = catchError(() => datasetFromCsv('x,c\n1,a\n2,b\n3,z', { classes: ['a', 'b'] }));
    expect([cls.code, cls.row, cls.value]).toEqual(['unknown-class', 2, 'z']);
    expect(catchError(() => datasetFromCsv('   \n\n')).code).toBe('empty');
    expect(catchError(() => datasetFromCsv('a,b\n')).code).toBe('empty');
    expect(catchError(() => datasetFromCsv('y\n1\n2')).code).toBe('no-features');
  });
});
