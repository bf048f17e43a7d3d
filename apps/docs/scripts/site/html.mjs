// String helpers for writing HTML by hand: every piece of text that is not trusted markup goes
// through escapeHtml/escapeAttribute, so a `<` in a JSDoc type cannot break a page.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Markup to plain text (for <title> and meta descriptions): tags removed, spaces collapsed. */
export function stripTags(html) {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes the indentation common to all lines but the first, and blank lines at either end. */
export function dedent(text) {
  const lines = text
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n');
  const indents = lines.filter((line) => line.trim()).map((line) => line.match(/^\s*/)[0].length);
  const common = Math.min(...indents);
  return lines.map((line) => line.slice(common)).join('\n');
}

/** `{name}` placeholders filled from params, e.g. fill('Lesson {n}', { n: 2 }). */
export function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in params ? String(params[key]) : whole));
}

/**
 * A short prose string from JSDoc as HTML: escaped, `code` spans kept as <code>, {@link X} as
 * <code>X</code>, blank lines as paragraph breaks.
 */
export function jsdocToHtml(text) {
  if (!text) return '';
  return text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      escapeHtml(paragraph.replace(/\s*\n\s*/g, ' ').trim())
        .replace(/\{@link\s+([^}\s]+)[^}]*\}/g, '<code>$1</code>')
        .replace(/`([^`]+)`/g, '<code>$1</code>'),
    )
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n');
}
