// The Solr requests the platform's search page sends for a list of queries: each query's words analysed by the
// browser's analysis (engine.js parseQuery over analysis.js, with a portal's Traditional→Simplified table and the
// synonym table of its search/syn/, read through the engine as the page reads them), then solr-query.js. Usage: node query-params.js ASSETS_DIR PORTAL_SEARCH_DIR QUERIES_JSON
// QUERIES_JSON: [{q, site, sort, filters: {category, organ, genre, validity, yearFrom, yearTo}, rows}] with category
// and organ as the site's own ids. Prints [[[name, value], …], …].
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [assets, searchDir, queriesFile] = process.argv.slice(2);
const engineApi = require(path.join(assets, 'search', 'engine.js'));
const solrQuery = require(path.join(assets, 'platform', 'solr-query.js'));

function load(name) {
  return fs.promises.readFile(path.join(searchDir, name + '.js'), 'utf8').then(text => {
    let value;
    new Function('gongkai', text)({ _data: (n, v) => { if (n === name) value = v; } });
    if (value === undefined) throw new Error(name + '.js has no data');
    return value;
  });
}

(async () => {
  const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
  const engine = engineApi.createEngine(load);
  const meta = await engine.load('meta');
  const out = [];
  for (const q of queries) {
    const table = await engine.table([q.q]);
    const synonyms = await engine.synonymTable(meta, engineApi.internals.synonymChars(q.q, table));
    const parsed = engineApi.parseQuery(q.q, table, synonyms);
    const f = q.filters || {};
    const site = q.site || '';
    const scoped = v => (v ? (site ? site + '/' + v : v) : '');
    out.push(parsed.words.length || parsed.keys.length ? solrQuery.params(parsed, {
      site, category: scoped(f.category), organ: scoped(f.organ), genre: f.genre, validity: f.validity,
      yearFrom: f.yearFrom, yearTo: f.yearTo, sort: q.sort, rows: q.rows === undefined ? 20 : q.rows, facets: false,
      synonymBoost: meta.synonymBoost
    }) : null);
  }
  process.stdout.write(JSON.stringify(out));
})().catch(e => {
  console.error(e.stack);
  process.exit(1);
});
