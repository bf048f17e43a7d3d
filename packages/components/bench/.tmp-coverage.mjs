// temp: JS coverage (function granularity) per chunk on a page, after load
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder, DIST } from '../scripts/browser-folder.mjs';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes a source map's `mappings` into [line][] of { column, source } (generated 0-based). */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const bits = digit.get(char);
        value += (bits & 31) << shift;
        if (bits & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push({ column, source: fields.length > 1 ? source : -1 });
    }
    lines.push(segments);
  }
  return lines;
}


import { readFileSync } from 'node:fs';
const focus = process.env.FOCUS;
const body = process.argv[2] ?? '<gd-network preset="xor" layers="4"></gd-network>';
const site = mkdtempSync(join(tmpdir(), 'gd-cov-'));
copyBrowserFolder(site, DIST);
writeFileSync(join(site, 'p.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="./gd-playground.js"></script>${body}</body></html>`);
const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.coverage.startJSCoverage({ resetOnNavigation: false });
await page.goto(`${server.url}/p.html`, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
const cov = await page.coverage.stopJSCoverage();
const rows = [];
for (const entry of cov) {
  if (!entry.url.startsWith(server.url)) continue;
  const text = entry.source ?? '';
  const used = new Uint8Array(text.length);
  for (const fn of entry.functions) for (const r of fn.ranges) used.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
  // ranges are nested: outer first; later (inner) ranges override, which is what fill order gives
  let n = 0; for (const u of used) n += u;
  if (focus && entry.url.includes(focus)) {
    const file = join(site, new URL(entry.url).pathname);
    const map = JSON.parse(readFileSync(join(DIST, new URL(entry.url).pathname) + '.map', 'utf8'));
    const lines = decodeMappings(map.mappings);
    const per = new Map();
    let offset = 0;
    text.split('\n').forEach((line, li) => {
      const segs = lines[li] ?? [];
      for (let c = 0; c < line.length; c++) {
        let s = -1; for (const seg of segs) { if (seg.column <= c) s = seg.source; else break; }
        const name = s >= 0 ? map.sources[s] : '(unmapped)';
        const r = per.get(name) ?? [0, 0]; r[0]++; if (!used[offset + c]) r[1]++; per.set(name, r);
      }
      offset += line.length + 1;
    });
    for (const [name, [t, u]] of [...per].sort((a, b) => b[1][1] - a[1][1]).slice(0, 30)) console.log(`  ${name.replace(/^(\.\.\/)+/, '')} ${t} unused ${u}`);
  }
  rows.push([entry.url.replace(server.url, '').replace(/-[\w-]{8}\.js$/, ''), text.length, text.length - n]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [u, t, un] of rows) console.log(`${u} raw ${(t/1024).toFixed(1)} KB, unused ${(un/1024).toFixed(1)} KB`);
await browser.close(); await server.close();
