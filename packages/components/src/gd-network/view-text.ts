/** What views need to write text: messages and numbers in the widget's language. */
export interface ViewText {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly num: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** Up to `digits` decimals (default 4), true minus sign, `–` for a non-finite value. */
  readonly fmt: (value: number, digits?: number) => string;
  /** A fraction as a percentage to one decimal. */
  readonly percent: (value: number) => string;
  readonly locale: string;
}
