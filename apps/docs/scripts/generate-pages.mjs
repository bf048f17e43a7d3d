// Generates the course site's pages into apps/docs/pages/ (gitignored), which Vite then builds as a
// multi-page app: <lang>/index.html, <lang>/lessons/<slug>.html, <lang>/api/…, and the top
// index.html. Also copies the blogger's folder (the autoloader gd-playground.js and its chunks/) to
// public/ so the site serves it at its top, for the blogger page and the embed snippets. Plain Node, no dependencies.
//   node scripts/generate-pages.mjs           generate once
//   node scripts/generate-pages.mjs --watch   regenerate when content/ changes
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiPages, publicElements } from './site/api.mjs';
import { loadApiExamples, loadHome, loadLessons, loadUi } from './site/content.mjs';
import { homePage, rootIndex } from './site/home.mjs';
import { lessonPages } from './site/lessons.mjs';
import { CONTENT_DIR, componentsFile, LANGUAGES, PAGES_DIR, PUBLIC_DIR } from './site/paths.mjs';

/** Every page of the site: [{ path, html }]. */
function allPages() {
  const uiAll = loadUi();
  const lessons = loadLessons();
  const elements = publicElements();
  const examples = loadApiExamples();
  return [
    rootIndex(uiAll),
    ...LANGUAGES.flatMap((lang) => [
      homePage(loadHome(lang), lessons, lang, uiAll),
      ...lessonPages(lessons, lang, uiAll),
      ...apiPages(elements, examples, lang, uiAll),
    ]),
  ];
}

/** Paths of the .html files under dir, relative to it. */
function existingPages(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? existingPages(join(dir, entry.name), `${prefix}${entry.name}/`)
      : entry.name.endsWith('.html')
        ? [prefix + entry.name]
        : [],
  );
}

/**
 * Writes the pages that changed and removes those no longer generated, so a running dev server
 * reloads only what changed. Everything is read and checked before anything is written.
 */
export function generate() {
  const pages = allPages();
  const wanted = new Set(pages.map((page) => page.path));
  for (const stale of existingPages(PAGES_DIR).filter((path) => !wanted.has(path)))
    rmSync(join(PAGES_DIR, stale));
  for (const { path, html } of pages) {
    const file = join(PAGES_DIR, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === html) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  mkdirSync(PUBLIC_DIR, { recursive: true });
  // The autoloader imports its chunks relative to its own URL: copy them together, fresh.
  const bundle = componentsFile('bundle');
  rmSync(join(PUBLIC_DIR, 'chunks'), { recursive: true, force: true });
  cpSync(bundle, join(PUBLIC_DIR, 'gd-playground.js'));
  cpSync(join(dirname(bundle), 'chunks'), join(PUBLIC_DIR, 'chunks'), {
    recursive: true,
    filter: (file) => !file.endsWith('.map'),
  });
  return pages.length;
}

/** Regenerates on content changes, debounced; an error is reported and the last pages kept. */
function watchContent() {
  let timer;
  watch(CONTENT_DIR, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        console.log(`generate-pages: ${generate()} pages regenerated`);
      } catch (error) {
        console.error(`generate-pages: ${error.message}`);
      }
    }, 100);
  });
  console.log(`generate-pages: watching ${CONTENT_DIR}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`generate-pages: ${generate()} pages generated in ${PAGES_DIR}`);
  } catch (error) {
    console.error(`generate-pages: ${error.message}`);
    process.exit(1);
  }
  if (process.argv.includes('--watch')) watchContent();
}
