// Reads apps/docs/content/: the site's UI strings, the ordered lessons and the home fragments.
// Lessons are written by hand in parallel with the site, so a lesson with no files yet is skipped
// with a warning; a lesson present in some languages but not all is an error (a broken switcher).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripTags } from './html.mjs';
import { CONTENT_DIR, LANGUAGES } from './paths.mjs';

const readJson = (file) => JSON.parse(readFileSync(join(CONTENT_DIR, file), 'utf8'));

/** ui.json, checked: every language has every key English has. */
export function loadUi() {
  const ui = readJson('ui.json');
  const keys = Object.keys(ui.en);
  for (const lang of LANGUAGES) {
    const missing = keys.filter((key) => typeof ui[lang]?.[key] !== 'string');
    if (missing.length) throw new Error(`content/ui.json: "${lang}" lacks ${missing.join(', ')}`);
  }
  return ui;
}

/** The lede and title of a lesson fragment: its leading <h1> and <p class="lede">. */
function parseLesson(file, html) {
  const title = html.match(/^\s*<h1[^>]*>([\s\S]*?)<\/h1>/);
  if (!title) throw new Error(`${file}: must start with <h1>Title</h1>`);
  const lede = html.match(/<p class="lede"[^>]*>([\s\S]*?)<\/p>/);
  if (!lede) throw new Error(`${file}: needs a <p class="lede"> summary after the title`);
  return { titleHtml: title[1].trim(), title: stripTags(title[1]), ledeHtml: lede[1].trim(), html };
}

/** [{ slug, byLang: { en: { title, titleHtml, ledeHtml, html }, … } }] in lessons.json order. */
export function loadLessons() {
  const lessons = [];
  for (const slug of readJson('lessons.json')) {
    const files = Object.fromEntries(
      LANGUAGES.map((lang) => [lang, join(CONTENT_DIR, 'lessons', `${slug}.${lang}.html`)]),
    );
    const present = LANGUAGES.filter((lang) => existsSync(files[lang]));
    if (!present.length) {
      console.warn(`generate-pages: lesson "${slug}" has no files yet, skipped`);
      continue;
    }
    const missing = LANGUAGES.filter((lang) => !present.includes(lang));
    if (missing.length)
      throw new Error(`lesson "${slug}" is missing ${missing.map((l) => `${slug}.${l}.html`)}`);
    const byLang = Object.fromEntries(
      LANGUAGES.map((lang) => [lang, parseLesson(files[lang], readFileSync(files[lang], 'utf8'))]),
    );
    lessons.push({ slug, byLang });
  }
  return lessons;
}

/** home.<lang>.html. */
export function loadHome(lang) {
  return readFileSync(join(CONTENT_DIR, `home.${lang}.html`), 'utf8');
}

/** api-examples.json: a minimal usage example per tag. */
export function loadApiExamples() {
  return readJson('api-examples.json');
}
