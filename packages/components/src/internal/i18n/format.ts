const formatters = new Map<string, Intl.NumberFormat>();
/** Formatters by options object, then locale: callers that reuse one options object skip the key. */
const byOptions = new WeakMap<Intl.NumberFormatOptions, Map<string, Intl.NumberFormat>>();
const NO_OPTIONS: Intl.NumberFormatOptions = {};

/**
 * Formats a number for a locale (decimal comma in Turkish and Portuguese, grouping, minus sign).
 * `maximumFractionDigits` defaults to 4, enough to read a curriculum table to its last digit.
 * Formatters are cached; passing the same options object each time is cheapest (charts label
 * thousands of points).
 */
export function formatNumber(
  locale: string,
  value: number,
  options: Intl.NumberFormatOptions = NO_OPTIONS,
): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  let perLocale = byOptions.get(options);
  if (!perLocale) {
    perLocale = new Map();
    byOptions.set(options, perLocale);
  }
  let formatter = perLocale.get(locale);
  if (!formatter) {
    const key = `${locale}|${JSON.stringify(options)}`;
    formatter =
      formatters.get(key) ?? new Intl.NumberFormat(locale, { maximumFractionDigits: 4, ...options });
    formatters.set(key, formatter);
    perLocale.set(locale, formatter);
  }
  // Normalise −0 so a table never shows "-0".
  return formatter.format(Object.is(value, -0) ? 0 : value);
}
