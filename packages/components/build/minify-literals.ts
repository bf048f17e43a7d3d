import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { minifyCssTemplate, minifyHtmlTemplate } from './literal-minifier.js';

/** Lit's template tags and the minifier for each. */
const MINIFIERS: Record<string, (chunks: readonly string[]) => string[] | undefined> = {
  css: minifyCssTemplate,
  html: minifyHtmlTemplate,
  svg: minifyHtmlTemplate,
  mathml: minifyHtmlTemplate,
};

/**
 * Rewrites the text of every css`…`, html`…`, svg`…` and mathml`…` tagged template in `code`
 * (TypeScript or JavaScript) with its whitespace minified (see literal-minifier.ts for exactly what
 * changes). Expressions are untouched, so each template keeps its Lit parts. Undefined when nothing
 * changed.
 */
export function minifyLiteralsIn(
  code: string,
  fileName: string,
): { code: string; map: ReturnType<MagicString['generateMap']> } | undefined {
  // Cheap test first: most modules hold no template at all.
  if (!/\b(css|html|svg|mathml)\s*`/.test(code)) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = new MagicString(code);
  let changed = false;
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && !node.typeArguments) {
      const minify = MINIFIERS[node.tag.text];
      if (minify) {
        // The raw text of each chunk: between the backtick or `}` that opens it and the backtick or
        // `${` that closes it.
        const template = node.template;
        const pieces: ts.TemplateLiteralLikeNode[] = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        const ranges = pieces.map((piece) => {
          const start = piece.getStart(source) + 1;
          const closing =
            piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1;
          return [start, piece.end - closing] as const;
        });
        const chunks = ranges.map(([start, end]) => code.slice(start, end));
        const minified = minify(chunks);
        if (minified)
          for (const [index, [start, end]] of ranges.entries()) {
            if (minified[index] === chunks[index]) continue;
            if (start === end) edits.appendLeft(start, minified[index] as string);
            else edits.overwrite(start, end, minified[index] as string);
            changed = true;
          }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!changed) return undefined;
  return {
    code: edits.toString(),
    map: edits.generateMap({ source: fileName, hires: 'boundary', includeContent: true }),
  };
}

/**
 * Vite plugin: minifies the whitespace of Lit's template literals in the modules `include` matches,
 * before TypeScript is stripped. `GD_KEEP_LITERALS=1` turns it off (a build to compare against).
 */
export function minifyLiterals({ include }: { include: RegExp }): Plugin {
  return {
    name: 'gd-minify-literals',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (process.env.GD_KEEP_LITERALS === '1' || !include.test(id.split('?')[0] as string)) return null;
      return minifyLiteralsIn(code, id) ?? null;
    },
  };
}
