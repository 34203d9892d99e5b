// Runs queries through the browser engine over an exported portal and prints the results as JSON, for
// SearchParityTest to compare with Lucene. Usage: node parity.js PORTAL_DIR QUERIES_JSON
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const env = require('./env.js');
const { fileLoader } = require('./export-loader.js');

const [portal, queriesFile] = process.argv.slice(2);
const api = env.engine();
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));

(async () => {
  const out = [];
  const facetMismatches = [];
  let facetChecks = 0;
  // Queries answered from a split term's first block (StaticExport): one term, split, and no p/ file loaded.
  let firstBlocks = 0;
  const read = fileLoader(path.join(portal, 'search'));
  const meta = await read('meta');
  for (const q of queries) {
    // A fresh engine per query: each one is a cold query, as a first visit is.
    const loaded = [];
    const files = fileLoader(path.join(portal, 'search'));
    const engine = api.createEngine(name => (loaded.push(name), files(name)));
    const r = await engine.search(q.q, { filters: q.filters, sort: q.sort, pageSize: 20 });
    if (r.terms.length === 1 && !r.excluded.length && !r.synonyms.length) {
      const entry = (await read('t/' + api.internals.hash(r.terms[0]) % meta.shards))[r.terms[0]];
      if (entry && Array.isArray(entry[0]) && !loaded.some(n => n.startsWith('p/'))) firstBlocks++;
    }
    out.push({ total: r.total, tiers: r.tiers, synonyms: r.synonyms, results: r.results.map(x => [x.url, x.score, x.tier]) });
    // Facet counts precomputed per term must equal counts from the filter columns.
    if (r.total > 0) {
      const c = await engine.search(q.q, { filters: q.filters, sort: q.sort, pageSize: 20, facetsFromColumns: true });
      facetChecks++;
      if (JSON.stringify(c.facets) !== JSON.stringify(r.facets)) facetMismatches.push(q.q);
    }
  }
  process.stdout.write(JSON.stringify({ queries: out, facetChecks, facetMismatches, firstBlocks }));
})().catch(e => {
  console.error(e.stack);
  process.exit(1);
});
