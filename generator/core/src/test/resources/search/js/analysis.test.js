'use strict';
const test = require('node:test');
const assert = require('node:assert');
const env = require('./env.js');

const analysis = env.analysis();
const table = analysis.parseTable(env.table());
const cases = env.vectors();

function encode(tokens) {
  return tokens.map(t => (t.overlap ? [t.term, t.start, t.end, 1] : [t.term, t.start, t.end]));
}

test('the shared vectors hold a few hundred cases', () => {
  assert.ok(cases.length >= 300, `${cases.length} cases`);
});

test('index analysis equals Lucene on every vector', () => {
  for (const c of cases) {
    assert.deepStrictEqual(encode(analysis.analyze(c.input, true, table)), c.index, `index tokens of ${JSON.stringify(c.input)}`);
  }
});

test('query analysis equals Lucene on every vector', () => {
  for (const c of cases) {
    assert.deepStrictEqual(encode(analysis.analyze(c.input, false, table)), c.query, `query tokens of ${JSON.stringify(c.input)}`);
  }
});

test('field length equals Lucene on every vector', () => {
  for (const c of cases) {
    assert.strictEqual(analysis.length(c.input, table), c.length, `length of ${JSON.stringify(c.input)}`);
  }
});

test('a Traditional query gives the Simplified terms', () => {
  assert.deepStrictEqual(analysis.analyze('示財〔2026〕12號', false, table).map(t => t.term), ['示财', '2026', '12', '号']);
});
