#!/usr/bin/env node
// The query mix of the search benchmark: 200 queries drawn from a built portal's own items (data/items.json and
// search/meta.js), 40 of each kind, in a fixed order for a given portal (seeded):
//   word      one word of two Han characters from a title (what people type most)
//   words     two or three words of two to four characters from titles, summaries and keywords, space-separated
//   phrase    four to six characters of a title in quotation marks ("…": the exact phrase)
//   filtered  one or two words with one or two filters (organ, category, year range)
//   date      one or two words sorted by date (newest, one in four oldest)
// Usage: node bench/search-queries.js PORTAL_DIR [PER_KIND] > queries.json
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [portal, perKindArg] = process.argv.slice(2);
const PER_KIND = +(perKindArg || 40);

function mulberry32(seed) {
  return function () {
    seed |= 0;
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261201);
const pick = list => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const items = JSON.parse(fs.readFileSync(path.join(portal, 'data/items.json'), 'utf8')).items;
let meta;
new Function('gongkai', fs.readFileSync(path.join(portal, 'search/meta.js'), 'utf8'))({ _data: (n, v) => { meta = v; } });

/** Runs of Han characters of a text. */
const runs = text => (String(text || '').match(/\p{Script=Han}+/gu) || []);

function piece(texts, min, max) {
  for (;;) {
    const candidates = runs(pick(texts)).filter(r => r.length >= min);
    if (!candidates.length) continue;
    const r = pick(candidates);
    const len = Math.min(r.length, int(min, max));
    const start = int(0, r.length - len);
    return r.substring(start, start + len);
  }
}

const titles = items.map(i => i.title);
const others = items.flatMap(i => [i.title, i.summary, ...(i.keywords || [])]).filter(Boolean);
const categoryIds = meta.categories.map(c => c[0]);
const organIds = meta.organs.map(o => o[0]);
const none = () => ({ category: '', organ: '', genre: '', validity: '', yearFrom: 0, yearTo: 0 });

const out = [];
for (let i = 0; i < PER_KIND; i++) {
  out.push({ kind: 'word', q: piece(titles, 2, 2), filters: none(), sort: 'relevance' });
}
for (let i = 0; i < PER_KIND; i++) {
  const n = int(2, 3);
  const words = [];
  for (let k = 0; k < n; k++) words.push(piece(others, 2, 4));
  out.push({ kind: 'words', q: words.join(' '), filters: none(), sort: 'relevance' });
}
for (let i = 0; i < PER_KIND; i++) {
  out.push({ kind: 'phrase', q: '"' + piece(titles, 4, 6) + '"', filters: none(), sort: 'relevance' });
}
for (let i = 0; i < PER_KIND; i++) {
  const f = none();
  const which = ['organ', 'category', 'year'];
  const n = int(1, 2);
  for (let k = 0; k < n; k++) {
    const w = which.splice(int(0, which.length - 1), 1)[0];
    if (w === 'organ') f.organ = pick(organIds);
    else if (w === 'category') f.category = categoryIds[int(0, categoryIds.length - 1)];
    else {
      f.yearFrom = int(meta.minYear, meta.maxYear);
      f.yearTo = random() < 0.5 ? f.yearFrom : int(f.yearFrom, meta.maxYear);
    }
  }
  // A filter on a category no item of the words is in still has to be answered (with nothing).
  const q = random() < 0.5 ? piece(titles, 2, 4) : piece(others, 2, 3) + ' ' + piece(others, 2, 3);
  out.push({ kind: 'filtered', q, filters: f, sort: 'relevance' });
}
for (let i = 0; i < PER_KIND; i++) {
  const q = random() < 0.5 ? piece(titles, 2, 4) : piece(others, 2, 3) + ' ' + piece(others, 2, 3);
  out.push({ kind: 'date', q, filters: none(), sort: i % 4 === 3 ? 'oldest' : 'newest' });
}
process.stdout.write(JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
