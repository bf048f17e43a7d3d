// Whitespace minification of the text of Lit's tagged templates (css`…`, html`…`, svg`…`,
// mathml`…`), chunk by chunk: a template with N expressions has N + 1 chunks of raw source text, and
// each function returns exactly as many, so every expression (every Lit part) stays where it was.
//
// Only changes that cannot alter what is rendered:
//   - CSS: comments go, whitespace runs become one space, and the space next to `{ } ; , >` and
//     after `:` goes (never the space before `:`, which is a descendant combinator in `a :hover`,
//     nor around `+`/`-`, which `calc()` needs); `;}` becomes `}`. Strings and escapes are copied.
//   - HTML/SVG/MathML: every whitespace run in text becomes one space (never removed: between
//     inline elements one space is what renders, and it keeps accessible names and textContent
//     word-for-word); inside a tag, whitespace between attributes becomes one space and goes before
//     `>`/`/>`. Attribute values, comments and the contents of <pre>, <textarea>, <script>,
//     <style> and <title> are copied as written.
// Anything unexpected (an unterminated string or comment at a chunk's end, an expression in a tag
// name) returns `undefined`: that template is left as written.

/** HTML's ASCII whitespace (not U+00A0, which is a visible non-breaking space). */
const isSpace = (char: string) =>
  char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

/** CSS punctuation whose neighbouring whitespace carries no meaning. */
const CSS_TIGHT = new Set(['{', '}', ';', ',', '>']);

/** Minified chunks of a css`…` template, or undefined when it is left as written. */
export function minifyCssTemplate(chunks: readonly string[]): string[] | undefined {
  const result: string[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const minified = minifyCssChunk(chunk, index === 0, index === chunks.length - 1);
    if (minified === undefined) return undefined;
    result.push(minified);
  }
  return result;
}

function minifyCssChunk(chunk: string, first: boolean, last: boolean): string | undefined {
  let out = '';
  // Whether the last thing written was punctuation after which whitespace means nothing (`{ } ; , >`
  // or `:`). A template's start counts as such; the start of a later chunk follows an expression.
  let lastIsTight = first;
  let pendingSpace = false;
  const emit = (text: string, punctuation: boolean) => {
    if (pendingSpace && !lastIsTight && !(punctuation && CSS_TIGHT.has(text))) out += ' ';
    pendingSpace = false;
    out += text;
    lastIsTight = punctuation && (CSS_TIGHT.has(text) || text === ':');
  };
  let i = 0;
  while (i < chunk.length) {
    const char = chunk[i] as string;
    if (isSpace(char)) {
      pendingSpace = true;
      i++;
    } else if (char === '/' && chunk[i + 1] === '*') {
      const end = chunk.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      // A comment separates tokens (`1px/**/2px`): it becomes whitespace, not nothing.
      pendingSpace = true;
      i = end + 2;
    } else if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < chunk.length && chunk[j] !== char) {
        if (chunk[j] === '\\') j++;
        else if (chunk[j] === '\n') return undefined;
        j++;
      }
      if (j >= chunk.length) return undefined;
      emit(chunk.slice(i, j + 1), false);
      i = j + 1;
    } else if (char === '\\') {
      // A JavaScript or CSS escape: the backslash and what it escapes stay together.
      if (i + 1 >= chunk.length) return undefined;
      emit(chunk.slice(i, i + 2), false);
      i += 2;
    } else {
      // The last declaration of a block needs no semicolon (`;` written here as punctuation).
      if (char === '}' && lastIsTight && out.endsWith(';')) out = out.slice(0, -1);
      emit(char, CSS_TIGHT.has(char) || char === ':');
      i++;
    }
  }
  // The chunk's end: an expression follows (one space kept unless punctuation already separates),
  // or the template ends (its trailing whitespace means nothing).
  if (pendingSpace && !last && !lastIsTight) out += ' ';
  return out;
}

/** Elements whose text is copied as written: whitespace there is (or may be) significant. */
const VERBATIM_ELEMENTS = new Set(['pre', 'textarea', 'script', 'style', 'title', 'listing', 'xmp']);

type HtmlState =
  | { kind: 'text' }
  | { kind: 'tag'; name: string }
  | { kind: 'quoted'; quote: string; name: string }
  | { kind: 'comment' }
  | { kind: 'verbatim'; name: string };

/** Minified chunks of an html`…`, svg`…` or mathml`…` template, or undefined when left as written. */
export function minifyHtmlTemplate(chunks: readonly string[]): string[] | undefined {
  let state: HtmlState = { kind: 'text' };
  const result: string[] = [];
  for (const chunk of chunks) {
    let out = '';
    let pendingSpace = false;
    const flushSpace = () => {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
    };
    let i = 0;
    /** Writes `text` (after any pending space) and moves past it. */
    const emit = (text: string) => {
      flushSpace();
      out += text;
      i += text.length;
    };
    /** Copies a backslash escape as written; false when an expression cuts it (leave the template). */
    const copyEscape = (): boolean => {
      if (i + 1 >= chunk.length) return false;
      emit(chunk.slice(i, i + 2));
      return true;
    };
    /**
     * Copies as written up to `end` plus `keep` characters of its marker, then enters `next`; with
     * no marker in this chunk (`end` −1), copies the rest and stays (the marker follows an expression).
     */
    const copyUntil = (end: number, keep: number, next: HtmlState) => {
      if (end < 0) {
        out += chunk.slice(i);
        i = chunk.length;
      } else {
        out += chunk.slice(i, end + keep);
        i = end + keep;
        state = next;
      }
    };
    while (i < chunk.length) {
      const char = chunk[i] as string;
      if (state.kind === 'comment') {
        copyUntil(chunk.indexOf('-->', i), 3, { kind: 'text' });
      } else if (state.kind === 'verbatim') {
        copyUntil(chunk.toLowerCase().indexOf(`</${state.name}`, i), 0, { kind: 'text' });
      } else if (state.kind === 'quoted') {
        // An attribute value, copied as written up to its closing quote (expressions may sit inside).
        copyUntil(chunk.indexOf(state.quote, i), 1, { kind: 'tag', name: state.name });
      } else if (state.kind === 'tag') {
        if (isSpace(char)) {
          pendingSpace = true;
          i++;
        } else if (char === '>' || (char === '/' && chunk[i + 1] === '>')) {
          pendingSpace = false;
          const end = char === '>' ? i + 1 : i + 2;
          out += chunk.slice(i, end);
          i = end;
          state = VERBATIM_ELEMENTS.has(state.name)
            ? { kind: 'verbatim', name: state.name }
            : { kind: 'text' };
        } else if (char === '"' || char === "'") {
          emit(char);
          state = { kind: 'quoted', quote: char, name: state.name };
        } else if (char === '\\') {
          if (!copyEscape()) return undefined;
        } else {
          emit(char);
        }
      } else {
        // Text.
        if (isSpace(char)) {
          pendingSpace = true;
          i++;
        } else if (chunk.startsWith('<!--', i)) {
          emit('<!--');
          state = { kind: 'comment' };
        } else if (char === '<' && /[a-zA-Z/]/.test(chunk[i + 1] ?? '')) {
          const name = /^<\/?([a-zA-Z][^\s/>]*)?/.exec(chunk.slice(i)) as RegExpExecArray;
          // `</` or `<` right before an expression: a dynamic tag name, which only static templates allow.
          if (i + name[0].length >= chunk.length) return undefined;
          emit(name[0]);
          state = { kind: 'tag', name: name[0].startsWith('</') ? '' : (name[1] ?? '').toLowerCase() };
        } else if (char === '\\') {
          if (!copyEscape()) return undefined;
        } else {
          emit(char);
        }
      }
    }
    // A space before an expression (or at the template's end) stays one space: an expression may
    // render inline text, and in a tag it separates attributes.
    flushSpace();
    result.push(out);
  }
  if (state.kind !== 'text') return undefined;
  return result;
}
