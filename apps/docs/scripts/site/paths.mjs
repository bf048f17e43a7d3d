// Where things live: the four site languages, the content and output folders, and relative links
// between generated pages (the site uses relative URLs only, so it works from any folder).
import { fileURLToPath } from 'node:url';

export const LANGUAGES = ['en', 'tr', 'pt', 'ko'];

const docs = new URL('../../', import.meta.url);
export const DOCS_DIR = fileURLToPath(docs);
export const CONTENT_DIR = fileURLToPath(new URL('content/', docs));
export const PAGES_DIR = fileURLToPath(new URL('pages/', docs));
export const PUBLIC_DIR = fileURLToPath(new URL('public/', docs));

/**
 * A file of the components package through its exports: `bundle` (the single-file build) or
 * `custom-elements.json` (the manifest). Both exist only after that package's build (turbo's ^build).
 */
export function componentsFile(subpath) {
  try {
    return fileURLToPath(import.meta.resolve(`@gd-playground/components/${subpath}`));
  } catch {
    throw new Error(
      `@gd-playground/components/${subpath} is missing: run \`pnpm --filter @gd-playground/components build\` first.`,
    );
  }
}

/** From a page (`en/lessons/x.html`) back to the site's top: `../../`, or `./` at the top. */
export function rootOf(pagePath) {
  const depth = pagePath.split('/').length - 1;
  return depth ? '../'.repeat(depth) : './';
}

/** A link from one page to another, both given from the site's top. */
export function linkTo(fromPage, toPage) {
  return rootOf(fromPage) + toPage;
}

/** The page path inside its language folder: `en/api/gd-math.html` → `api/gd-math.html`. */
export function withinLanguage(pagePath) {
  return pagePath.split('/').slice(1).join('/');
}
