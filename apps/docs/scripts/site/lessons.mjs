// Lesson pages (<lang>/lessons/<slug>.html) with the lesson list beside them and prev/next links,
// and the list of lessons with their ledes that the home page shows.
import { escapeHtml, fill, stripTags } from './html.mjs';
import { layout } from './layout.mjs';
import { prerenderMath } from './math.mjs';
import { linkTo, rootOf } from './paths.mjs';
import { addFigureSnippets } from './snippet.mjs';

const lessonPath = (lang, slug) => `${lang}/lessons/${slug}.html`;

/** The ordered list of lessons (title and lede) for the home page. */
export function lessonList(lessons, lang, fromPath) {
  const items = lessons.map(({ slug, byLang }) => {
    const { titleHtml, ledeHtml } = byLang[lang];
    return `<li><a href="${linkTo(fromPath, lessonPath(lang, slug))}">${titleHtml}</a><p>${ledeHtml}</p></li>`;
  });
  return `<ol class="lesson-list">\n${items.join('\n')}\n</ol>`;
}

/** The compact list of lesson titles in the side nav, the current one marked. */
function lessonNav(lessons, lang, path, ui) {
  const items = lessons.map(({ slug, byLang }) => {
    const target = lessonPath(lang, slug);
    const mark = target === path ? ' aria-current="page"' : '';
    return `<li><a href="${linkTo(path, target)}"${mark}>${byLang[lang].titleHtml}</a></li>`;
  });
  return `<nav class="lesson-nav" aria-label="${escapeHtml(ui.lessonsNavLabel)}">
<ol>
${items.join('\n')}
</ol>
</nav>`;
}

/** Previous and next lesson links (either may be absent). */
function pager(lessons, index, lang, path, ui) {
  const link = (lesson, rel, label) =>
    lesson
      ? `<a class="pager-${rel}" rel="${rel}" href="${linkTo(path, lessonPath(lang, lesson.slug))}"><span>${escapeHtml(label)}</span> ${lesson.byLang[lang].titleHtml}</a>`
      : '';
  const links = [
    link(lessons[index - 1], 'prev', ui.previousLesson),
    link(lessons[index + 1], 'next', ui.nextLesson),
  ];
  if (!links.some(Boolean)) return '';
  return `<nav class="pager" aria-label="${escapeHtml(ui.pagerLabel)}">\n${links.join('\n')}\n</nav>`;
}

/** Lesson tables scroll sideways on a phone instead of widening the page. */
const scrollableTables = (html) =>
  html.replace(/<table\b/g, '<div class="table-scroll"><table').replace(/<\/table>/g, '</table></div>');

/** Every lesson in one language: [{ path, html }]. */
export function lessonPages(lessons, lang, uiAll) {
  const ui = uiAll[lang];
  return lessons.map((lesson, index) => {
    const path = lessonPath(lang, lesson.slug);
    const { title, ledeHtml, html } = lesson.byLang[lang];
    const count = fill(ui.lessonOf, { n: index + 1, total: lessons.length });
    const body = `<article class="lesson">
<p class="lesson-count">${escapeHtml(count)}</p>
${prerenderMath(addFigureSnippets(scrollableTables(html.trim()), { ui, bundle: `${rootOf(path)}gd-playground.js` }), path)}
</article>
${pager(lessons, index, lang, path, ui)}`;
    return {
      path,
      html: layout({
        path,
        lang,
        uiAll,
        title,
        description: stripTags(ledeHtml),
        section: 'lessons',
        body,
        aside: lessonNav(lessons, lang, path, ui),
      }),
    };
  });
}
