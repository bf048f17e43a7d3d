/**
 * What an element's views and panels need from it to write text: its messages and its locale's
 * numbers. Views and panels that are plain functions of this and of plain numbers can live in
 * their own files and be read (and tested) without the element.
 */
export interface ViewText {
  /** A message in the widget's language. */
  t(key: string, params?: Readonly<Record<string, unknown>>): string;
  /** A number in the widget's locale. */
  num(value: number, options?: Intl.NumberFormatOptions): string;
  /** The BCP 47 locale (axis labels, keyboard value texts). */
  readonly locale: string;
}
