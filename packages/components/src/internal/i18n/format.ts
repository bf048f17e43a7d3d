const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for a locale (decimal comma in Turkish and Portuguese, grouping, minus sign).
 * `maximumFractionDigits` defaults to 4, enough to read a curriculum table to its last digit.
 */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, ...options });
    formatters.set(key, formatter);
  }
  // Normalise −0 so a table never shows "-0".
  return formatter.format(Object.is(value, -0) ? 0 : value);
}
