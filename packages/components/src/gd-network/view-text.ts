/** What views need to write text: messages and numbers in the widget's language. */
export interface ViewText {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly num: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** Up to `digits` decimals (default 4), true minus sign, `–` for a non-finite value. */
  readonly fmt: (value: number, digits?: number) => string;
  /**
   * A computed value that stands beside others of its kind (a column of the forward pass, the
   * training and test losses, a weight or bias): four significant digits, trailing zeros kept, so
   * 0.7070 reads "0.7070" next to "0.6928", not "0.707"; whole numbers from 10,000 up in full.
   * True minus sign, `–` for a non-finite value.
   */
  readonly computed: (value: number) => string;
  /** A fraction as a percentage to one decimal. */
  readonly percent: (value: number) => string;
  readonly locale: string;
}
