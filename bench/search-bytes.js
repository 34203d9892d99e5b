#!/usr/bin/env node
// What a cold query downloads, per query kind: each query of the mix (bench/search-queries.js) runs through the
// browser engine (THEME/assets/search/engine.js) under Node on a fresh engine, as a first visit with an empty cache
// does, over the portal's search/ files as the search page asks for them (page 1, ten results, facets). Counts
// every search/ file the engine loads, raw and gzipped (as a host that compresses sends it), plus the engine's own
// scripts (assets/search/analysis.js, engine.js, view.js, page.js), which every cold query loads too.
// Usage: node bench/search-bytes.js PORTAL_DIR THEME_DIR QUERIES_JSON [LABEL] [--json OUT]
// THEME_DIR is where assets/search/ is read from: give the portal itself to count the scripts as the portal ships
// them (compacted, ThemeScripts), the theme folder for the sources.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
const [portal, theme, queriesFile, label] = args;
const engineApi = require(path.resolve(theme, 'assets/search/engine.js'));
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
const searchDir = path.join(portal, 'search');

const gz = new Map();
function gzipped(name, text) {
  let v = gz.get(name);
  if (v === undefined) {
    v = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 6 }).length;
    gz.set(name, v);
  }
  return v;
}

let assets = 0, assetsGz = 0;
for (const f of ['analysis.js', 'engine.js', 'view.js', 'page.js', 'search.css']) {
  const p = path.resolve(theme, 'assets/search', f);
  if (!fs.existsSync(p)) continue;
  const text = fs.readFileSync(p, 'utf8');
  assets += Buffer.byteLength(text);
  assetsGz += gzipped('asset:' + f, text);
}

function loader(counter) {
  return name => fs.promises.readFile(path.join(searchDir, name + '.js'), 'utf8').then(text => {
    counter.bytes += Buffer.byteLength(text);
    counter.gz += gzipped(name, text);
    counter.files++;
    const k = name.split('/')[0];
    counter.byKind[k] = (counter.byKind[k] || 0) + Buffer.byteLength(text);
    let value;
    new Function('gongkai', text)({ _data: (n, v) => { if (n === name) value = v; } });
    if (value === undefined) throw new Error(`${name}.js did not call gongkai._data`);
    return value;
  });
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)];
}

(async () => {
  const rows = [];
  for (const q of queries) {
    const counter = { bytes: assets, gz: assetsGz, files: 4, byKind: {} };
    const engine = engineApi.createEngine(loader(counter));
    const t = process.hrtime.bigint();
    const r = await engine.search(q.q, { filters: q.filters, sort: q.sort, page: 1 });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    rows.push({ kind: q.kind, q: q.q, filters: q.filters, sort: q.sort, bytes: counter.bytes, gz: counter.gz,
      files: counter.files, byKind: counter.byKind, total: r.total, ms });
  }
  const kinds = [...new Set(rows.map(r => r.kind))];
  const kb = b => (b / 1024).toFixed(1) + ' KB';
  const lines = [];
  for (const kind of kinds.concat(['all'])) {
    const of = rows.filter(r => kind === 'all' || r.kind === kind);
    const bytes = of.map(r => r.bytes).sort((a, b) => a - b);
    const gzs = of.map(r => r.gz).sort((a, b) => a - b);
    const files = of.map(r => r.files).sort((a, b) => a - b);
    const zero = of.filter(r => !r.total).length;
    lines.push(`| ${label || ''} | ${kind} | ${of.length} | ${kb(quantile(bytes, 0.5))} (${kb(quantile(gzs, 0.5))} gz) | `
      + `${kb(quantile(bytes, 0.95))} | ${kb(bytes[bytes.length - 1])} (${kb(gzs[gzs.length - 1])} gz) | `
      + `${quantile(files, 0.5)} / ${files[files.length - 1]} | ${zero} |`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
})().catch(e => {
  console.error(e.stack);
  process.exit(1);
});
