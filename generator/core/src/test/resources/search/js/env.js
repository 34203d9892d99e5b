// Where the JavaScript tests find the engine, the shared vectors and the generated Traditional→Simplified table.
// NodeTest (JUnit) sets these; the defaults work when node --test runs from generator/core.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const here = __dirname;
const core = path.resolve(here, '../../../../..');
const theme = process.env.GONGKAI_THEME || path.resolve(core, '../../themes/default');
const vectors = process.env.GONGKAI_VECTORS || path.resolve(core, 'src/test/resources/search/analysis-vectors.json');

function table() {
  const file = process.env.GONGKAI_T2S;
  if (!file) throw new Error('GONGKAI_T2S is not set: run the JavaScript tests through NodeTest (mvn test)');
  return fs.readFileSync(file, 'utf8');
}

module.exports = {
  analysis: () => require(path.join(theme, 'assets/search/analysis.js')),
  engine: () => require(path.join(theme, 'assets/search/engine.js')),
  vectors: () => JSON.parse(fs.readFileSync(vectors, 'utf8')).cases,
  table,
};
