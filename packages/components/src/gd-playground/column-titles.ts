/**
 * The titles of a data set's columns as a learner reads them. Core names a built-in data set's
 * columns in English and gives the worded ones a language-free key (`Dataset.columnKeys`); here
 * those keys are translated, so "price (thousands)" reads "fiyat (bin)" on a Turkish page. Columns
 * without a key (symbols such as x1 and y, or names a user wrote in a CSV) are shown as written.
 */
import type { Dataset } from '@gd-playground/core';

type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

export interface ColumnTitles {
  /** One title per feature column. */
  readonly features: readonly string[];
  readonly target: string;
}

/** The feature and target titles of a data set in the widget's language. */
export function columnTitles(dataset: Dataset, t: Translate): ColumnTitles {
  const keys = dataset.columnKeys;
  return {
    features: dataset.featureNames.map((name, j) => {
      const key = keys?.features?.[j];
      return key === undefined ? name : t(`data.column.${key}`);
    }),
    target: keys?.target === undefined ? dataset.targetName : t(`data.column.${keys.target}`),
  };
}
