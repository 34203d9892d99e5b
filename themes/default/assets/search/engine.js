/*
 * Gongkai search engine: searches the static export of the portal's Lucene index (search/*.js) in the browser,
 * with Lucene's ranking. No library, no network beyond the portal's own files; works from file://.
 *
 * API (after analysis.js and this file are loaded):
 *
 *   gongkai.search(query, {filters, sort, page, pageSize}) → Promise of
 *     {total, page, pages, pageSize, results: [{url, title, titleHtml, date, organ, category, lang, docNumber,
 *      snippet, score}], facets: {category, organ, genre, validity, year: [{value, label, count}]}, terms}
 *
 *   query    words; all must match; -word excludes; Simplified and Traditional alike
 *   filters  {category, organ, genre, validity: id; yearFrom, yearTo: numbers}; a category includes those below it
 *   sort     'relevance' (default) | 'newest' | 'oldest'
 *   page     1-based; pageSize defaults to 10
 *   url      site-relative ("items/czj/2026/budget/"); snippet and titleHtml are HTML with <mark> around matches
 *
 * Ranking is Lucene 9's BM25Similarity (k1 1.2, b 0.75) over the query Lucene runs for the same text
 * (org.gongkai.core.search.internal.LuceneIndex#query): per term, the sum over fields of
 * boost·idf·(1 − 1/(1 + freq/norm)), in float32 at every step as Java computes it; terms summed; ties to the
 * lower document number (the newer item).
 *
 * A frequent term's shard entry holds only a first block: the postings of its own top documents (Lucene's order of
 * the one-term query), its match count and facet counts. One term, no filters, relevance order, and a page within
 * meta.firstDocs results are answered from it; anything else loads the term's postings (p/<n>.js) first.
 */
(function (root) {
  'use strict';

  var isNode = typeof module === 'object' && module.exports;
  var analysis = isNode ? require('./analysis.js') : root.gongkai.analysis;

  // ---- the export's encodings (ExportEncoding.java)
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = new Int8Array(128).fill(-1);
  for (var d = 0; d < 64; d++) VALUE[DIGITS.charCodeAt(d)] = d;

  function hash(term) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  /** Postings (doc gap, then (freq − 1)·256 + norm, as variable-length digits) into three arrays. */
  function decodePostings(s, count) {
    var docs = new Int32Array(count), freqs = new Int32Array(count), norms = new Uint8Array(count);
    var pos = 0, doc = 0;
    function next() {
      var v = 0, shift = 0, digit;
      do {
        digit = VALUE[s.charCodeAt(pos++)];
        v += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit & 32);
      return v;
    }
    for (var i = 0; i < count; i++) {
      doc += next();
      docs[i] = doc;
      var fn = next();
      freqs[i] = Math.floor(fn / 256) + 1;
      norms[i] = fn & 255;
    }
    return { docs: docs, freqs: freqs, norms: norms };
  }

  function fixedAt(s, index, width) {
    var v = 0;
    for (var i = index * width, end = i + width; i < end; i++) v = v * 64 + VALUE[s.charCodeAt(i)];
    return v;
  }

  // ---- BM25 as Lucene 9 computes it (BM25Similarity, SmallFloat)
  var f = Math.fround;
  var K1 = f(1.2), B = f(0.75);

  /** SmallFloat.byte4ToInt: the field length a norm byte stands for. */
  function byte4ToInt(b) {
    var NUM_FREE_VALUES = 24; // 255 - longToInt4(Integer.MAX_VALUE)
    if (b < NUM_FREE_VALUES) return b;
    var i = b - NUM_FREE_VALUES;
    var bits = i & 0x07, shift = (i >>> 3) - 1;
    return NUM_FREE_VALUES + (shift === -1 ? bits : (bits | 0x08) * Math.pow(2, shift));
  }
  var LENGTH_TABLE = new Float32Array(256);
  for (var n = 0; n < 256; n++) LENGTH_TABLE[n] = byte4ToInt(n);

  function idf(docFreq, docCount) {
    return f(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
  }

  /** 1 / (k1·((1 − b) + b·length/avgdl)) for every norm byte, as BM25Similarity.scorer caches it. */
  function normInverses(avgdl) {
    var cache = new Float32Array(256);
    for (var i = 0; i < 256; i++) cache[i] = f(1 / f(K1 * f(f(1 - B) + f(f(B * LENGTH_TABLE[i]) / avgdl))));
    return cache;
  }

  function bm25(weight, freq, normInverse) {
    return f(weight - f(weight / f(1 + f(freq * normInverse))));
  }

  // ---- the query (SearchQuery.java)
  var SPACE = /[ \t\n\r\f\u000B\u00A0\u3000]+/;
  var HAN = /\p{Script=Han}/u;

  function parseQuery(text, table) {
    var terms = [], seen = new Set(), excluded = [];
    String(text || '').split(SPACE).forEach(function (word) {
      if (!word) return;
      var minus = word.length > 1 && (word.charAt(0) === '-' || word.charAt(0) === '\uFF0D');
      var t = [];
      analysis.analyze(minus ? word.substring(1) : word, false, table).forEach(function (tok) {
        if (t.indexOf(tok.term) < 0) t.push(tok.term);
      });
      if (minus) {
        if (t.length) excluded.push(t);
      } else {
        t.forEach(function (x) {
          if (!seen.has(x)) {
            seen.add(x);
            terms.push(x);
          }
        });
      }
    });
    return { terms: terms, excluded: excluded };
  }

  // ---- snippets
  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** Ranges of text whose analyzed terms are query terms: the item's own script is marked, whatever was typed. */
  function matchRanges(text, terms, table) {
    var ranges = [];
    analysis.analyze(text, true, table).forEach(function (t) {
      if (terms.has(t.term)) ranges.push([t.start, t.end]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  function markHtml(text, ranges, from, to) {
    var out = '', pos = from;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], from), e = Math.min(r[1], to);
      if (s >= e) return;
      out += escapeHtml(text.substring(pos, s)) + '<mark>' + escapeHtml(text.substring(s, e)) + '</mark>';
      pos = e;
    });
    return out + escapeHtml(text.substring(pos, to));
  }

  var SNIPPET = 110, BEFORE = 24;

  function snippet(text, terms, table) {
    var ranges = matchRanges(text, terms, table);
    var from = ranges.length ? Math.max(0, ranges[0][0] - BEFORE) : 0;
    if (from > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(from))) from--;
    var to = Math.min(text.length, from + SNIPPET);
    if (to < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(to))) to++;
    return (from > 0 ? '…' : '') + markHtml(text, ranges, from, to) + (to < text.length && text.charAt(text.length - 1) !== '…' ? '…' : '');
  }

  // ---- loading the export
  /** Loads search/<name>.js through a script tag; the file calls gongkai._data(name, value). */
  function scriptLoader(base) {
    var pending = {};
    root.gongkai._data = function (name, value) {
      if (pending[name]) pending[name].resolve(value);
    };
    return function (name) {
      return new Promise(function (resolve, reject) {
        pending[name] = { resolve: resolve };
        var s = document.createElement('script');
        s.src = base + name + '.js';
        s.async = true;
        s.onload = function () {
          s.remove();
          delete pending[name];
          // A file that loaded without calling back is not part of this export.
          reject(new Error('search data ' + name + ' is missing'));
        };
        s.onerror = function () {
          s.remove();
          delete pending[name];
          reject(new Error('cannot load search data ' + name));
        };
        document.head.appendChild(s);
      });
    };
  }

  // ---- the engine
  function Engine(load) {
    var cache = new Map();
    this.load = function (name) {
      var p = cache.get(name);
      if (!p) {
        p = load(name);
        cache.set(name, p);
        p.catch(function () { cache.delete(name); });
      }
      return p;
    };
    this.inverses = [];
    this.t2s = new Map();
    this.buckets = new Map();
  }

  /**
   * The Traditional→Simplified table with the buckets (t2s/<cp>>9>.js) of every Han character of the texts
   * loaded: the analysis of these texts is then exactly Lucene's. A bucket that is missing counts as empty.
   */
  Engine.prototype.table = function (texts) {
    var self = this, wanted = [];
    texts.forEach(function (text) {
      for (var ch of String(text || '')) {
        if (ch.length > 1 || ch.charCodeAt(0) >= 0x2E80) {
          var k = ch.codePointAt(0) >> 9;
          if (!self.buckets.has(k) && wanted.indexOf(k) < 0 && HAN.test(ch)) wanted.push(k);
        }
      }
    });
    return Promise.all(wanted.map(function (k) {
      var p = self.load('t2s/' + k).then(function (pairs) {
        analysis.parseTable(pairs).forEach(function (v, key) { self.t2s.set(key, v); });
      }, function () { /* no Traditional forms in this range */ });
      self.buckets.set(k, p);
      return p;
    })).then(function () {
      return Promise.all(Array.from(self.buckets.values()));
    }).then(function () { return self.t2s; });
  };

  /** Scores of the documents matching every term, or of those matching all terms of an excluded word. */
  Engine.prototype.match = function (meta, shards, terms, score) {
    var n = meta.docs, self = this;
    var clause = new Float64Array(n), total = score ? new Float64Array(n) : null, matched = new Uint16Array(n);
    var last = [];
    for (var j = 0; j < terms.length; j++) {
      var entry = shards[hash(terms[j]) % meta.shards][terms[j]];
      if (!entry) return { docs: [], scores: total };
      // A split term's first block (StaticExport): the postings of its own top documents; counts in the header.
      var head = Array.isArray(entry[0]) ? entry[0] : null;
      var touched = [];
      for (var k = 1; k < entry.length; k += 3) {
        var fi = entry[k], field = meta.fields[fi];
        var p = decodePostings(entry[k + 2], head ? head[3][(k - 1) / 3] : entry[k + 1]);
        var weight = f(f(field[1]) * idf(entry[k + 1], field[2]));
        var inv = self.inverses[fi] || (self.inverses[fi] = normInverses(f(field[3] / field[2])));
        for (var i = 0; i < p.docs.length; i++) {
          var doc = p.docs[i];
          if (matched[doc] !== j) continue;
          if (clause[doc] === 0) touched.push(doc);
          // Scores are > 0, so 0 means "not yet seen for this term".
          clause[doc] += score ? bm25(weight, p.freqs[i], inv[p.norms[i]]) : 1;
        }
      }
      for (var t = 0; t < touched.length; t++) {
        var dd = touched[t];
        matched[dd] = j + 1;
        if (score) total[dd] += f(clause[dd]);
        clause[dd] = 0;
      }
      last = touched;
    }
    return { docs: last, scores: total };
  };

  Engine.prototype.search = function (text, options) {
    var self = this;
    options = options || {};
    var filters = options.filters || {};
    var sort = options.sort || 'relevance';
    var pageSize = Math.max(1, options.pageSize | 0 || 10);
    var page = Math.max(1, options.page | 0 || 1);
    var meta, table, query, shards, candidates, scores, first = false;
    return Promise.all([this.load('meta'), this.table([text])]).then(function (r) {
      meta = r[0];
      table = r[1];
      query = parseQuery(text, table);
      if (!query.terms.length) return null;
      var wanted = new Set();
      query.terms.concat.apply(query.terms, query.excluded).forEach(function (t) { wanted.add(hash(t) % meta.shards); });
      var ids = Array.from(wanted);
      return Promise.all(ids.map(function (k) { return self.load('t/' + k); })).then(function (loaded) {
        shards = {};
        ids.forEach(function (k, i) { shards[k] = Object.assign({}, loaded[i]); });
        // Split terms: the first block answers the first pages of one term without filters in Lucene's order;
        // anything else loads their postings (p/<n>.js).
        first = query.terms.length === 1 && !query.excluded.length && !isActive(filters) && sort === 'relevance'
          && !options.facetsFromColumns && page * pageSize <= (meta.firstDocs || 0);
        var rest = [];
        query.terms.concat.apply(query.terms, query.excluded).forEach(function (t) {
          var shard = shards[hash(t) % meta.shards], e = shard[t];
          if (e && Array.isArray(e[0]) && !first && rest.indexOf(t) < 0) {
            rest.push(t);
          }
        });
        return Promise.all(rest.map(function (t) {
          var shard = shards[hash(t) % meta.shards];
          return self.load(shard[t][0][2]).then(function (full) { shard[t] = full; });
        }));
      });
    }).then(function () {
      if (!query.terms.length) return empty(query, page, pageSize);
      var m = self.match(meta, shards, query.terms, true);
      scores = m.scores;
      var out = new Set();
      query.excluded.forEach(function (word) {
        self.match(meta, shards, word, false).docs.forEach(function (d) { out.add(d); });
      });
      candidates = out.size ? m.docs.filter(function (d) { return !out.has(d); }) : m.docs;
      var only = query.terms.length === 1 && !query.excluded.length && !options.facetsFromColumns
        ? shards[hash(query.terms[0]) % meta.shards][query.terms[0]] : null;
      var single = only ? (Array.isArray(only[0]) ? only[0][0] : only[0]) : null;
      // With a first block, the candidates are the term's top documents; the count is the export's.
      var count = only && Array.isArray(only[0]) ? only[0][1] : -1;
      return self.columns(meta, candidates, filters, options.facets !== false, single).then(function (c) {
        candidates = c.docs;
        if (sort === 'newest') candidates.sort(function (a, b) { return a - b; });
        else if (sort === 'oldest') candidates.sort(function (a, b) { return b - a; });
        else candidates.sort(function (a, b) { return f(scores[b]) - f(scores[a]) || a - b; });
        var matching = count >= 0 ? count : candidates.length;
        var pages = Math.max(1, Math.ceil(matching / pageSize));
        var shown = candidates.slice((page - 1) * pageSize, page * pageSize);
        return self.fragments(meta, shown).then(function (frags) {
          // Traditional results need the table for their own characters, to mark what matched.
          var texts = frags.filter(function (fr) { return fr[3] === 'zh-Hant'; }).map(function (fr) { return fr[1] + fr[7]; });
          return self.table(texts).then(function () { return frags; });
        }).then(function (frags) {
          var terms = new Set(query.terms);
          return {
            total: matching, page: page, pages: pages, pageSize: pageSize,
            terms: query.terms, excluded: query.excluded, facets: c.facets,
            results: shown.map(function (doc, i) {
              var fr = frags[i];
              return {
                url: fr[0], title: fr[1], titleHtml: markHtml(fr[1], matchRanges(fr[1], terms, table), 0, fr[1].length),
                date: fr[2], lang: fr[3], docNumber: fr[4], organ: meta.organs[fr[5]][1], category: meta.categories[fr[6]][1],
                snippet: snippet(fr[7], terms, table), score: f(scores[doc]), doc: doc
              };
            })
          };
        });
      });
    });
  };

  function empty(query, page, pageSize) {
    return { total: 0, page: page, pages: 1, pageSize: pageSize, terms: query.terms, excluded: query.excluded, results: [], facets: null };
  }

  function isActive(filters) {
    return ['category', 'organ', 'genre', 'validity', 'yearFrom', 'yearTo'].some(function (k) { return filters[k]; });
  }

  /** Applies the filters with the column chunks of the candidates and counts the facets of what remains. */
  Engine.prototype.columns = function (meta, docs, filters, facets, termFacets) {
    var active = isActive(filters);
    if (!active && !facets) return Promise.resolve({ docs: docs, facets: null });
    if (!active && termFacets !== null && termFacets !== undefined) {
      return Promise.resolve({ docs: docs, facets: facetLists(meta, precomputed(meta, termFacets)) });
    }
    var self = this, size = meta.columnDocs, w = meta.widths;
    var chunks = Array.from(new Set(docs.map(function (d) { return Math.floor(d / size); })));
    return Promise.all(chunks.map(function (k) { return self.load('c/' + k); })).then(function (loaded) {
      var byChunk = {};
      chunks.forEach(function (k, i) { byChunk[k] = loaded[i]; });
      var want = {
        category: filters.category ? index(meta.categories, filters.category) : -1,
        organ: filters.organ ? index(meta.organs, filters.organ) : -1,
        genre: filters.genre ? meta.genres.indexOf(filters.genre) : -1,
        validity: filters.validity ? meta.validities.indexOf(filters.validity) : -1
      };
      var unknown = (filters.category && want.category < 0) || (filters.organ && want.organ < 0)
        || (filters.genre && want.genre < 0) || (filters.validity && want.validity < 0);
      var from = +filters.yearFrom || 0, to = +filters.yearTo || 0;
      var counts = emptyCounts(meta);
      var kept = [];
      if (!unknown) {
        docs.forEach(function (doc) {
          var col = byChunk[Math.floor(doc / size)], at = doc % size;
          var cat = fixedAt(col[0], at, w[0]), org = fixedAt(col[1], at, w[1]), gen = fixedAt(col[2], at, w[2]),
            val = fixedAt(col[3], at, w[3]), year = meta.minYear + fixedAt(col[4], at, w[4]);
          if (want.category >= 0 && !within(meta.categories, cat, want.category)) return;
          if (want.organ >= 0 && org !== want.organ) return;
          if (want.genre >= 0 && gen !== want.genre) return;
          if (want.validity >= 0 && val !== want.validity) return;
          if ((from && year < from) || (to && year > to)) return;
          kept.push(doc);
          for (var c = cat; c >= 0; c = meta.categories[c][2]) counts.category[c]++;
          counts.organ[org]++;
          counts.genre[gen]++;
          counts.validity[val]++;
          counts.year[year - meta.minYear]++;
        });
      }
      return { docs: kept, facets: facets ? facetLists(meta, counts) : null };
    });
  };

  /** A term's precomputed facet counts (StaticExport.Facets): pairs of index gap and count over one space. */
  function precomputed(meta, s) {
    var counts = emptyCounts(meta);
    var spaces = [counts.category, counts.organ, counts.genre, counts.validity, counts.year];
    var pos = 0, at = 0;
    function next() {
      var v = 0, shift = 0, digit;
      do {
        digit = VALUE[s.charCodeAt(pos++)];
        v += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit & 32);
      return v;
    }
    while (pos < s.length) {
      at += next();
      var count = next(), i = at;
      for (var k = 0; k < spaces.length; k++) {
        if (i < spaces[k].length) {
          spaces[k][i] = count;
          break;
        }
        i -= spaces[k].length;
      }
    }
    return counts;
  }

  function emptyCounts(meta) {
    return { category: new Int32Array(meta.categories.length), organ: new Int32Array(meta.organs.length),
      genre: new Int32Array(meta.genres.length), validity: new Int32Array(meta.validities.length),
      year: new Int32Array(meta.maxYear - meta.minYear + 1) };
  }

  function index(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i][0] === id) return i;
    return -1;
  }

  function within(categories, c, ancestor) {
    for (; c >= 0; c = categories[c][2]) if (c === ancestor) return true;
    return false;
  }

  function facetLists(meta, counts) {
    function list(values, key, label, counted) {
      var out = [];
      values.forEach(function (v, i) {
        if (counted[i]) out.push({ value: key(v, i), label: label(v, i), count: counted[i] });
      });
      return out;
    }
    var years = [];
    for (var y = meta.maxYear; y >= meta.minYear; y--) years.push(y);
    return {
      category: list(meta.categories, function (v) { return v[0]; }, function (v) { return v[1]; }, counts.category),
      organ: list(meta.organs, function (v) { return v[0]; }, function (v) { return v[1]; }, counts.organ),
      genre: list(meta.genres, function (v) { return v; }, function (v) { return v; }, counts.genre),
      validity: list(meta.validities, function (v) { return v; }, function (v) { return v; }, counts.validity),
      year: years.filter(function (yy) { return counts.year[yy - meta.minYear]; })
        .map(function (yy) { return { value: yy, label: String(yy), count: counts.year[yy - meta.minYear] }; })
    };
  }

  Engine.prototype.fragments = function (meta, docs) {
    var self = this, size = meta.fragmentDocs;
    return Promise.all(docs.map(function (doc) {
      return self.load('d/' + Math.floor(doc / size)).then(function (chunk) { return chunk[doc % size]; });
    }));
  };

  var api = {
    /** An engine over an export; load(name) must give a promise of the value search/<name>.js holds. */
    createEngine: function (load) { return new Engine(load); },
    parseQuery: parseQuery,
    internals: { hash: hash, decodePostings: decodePostings, byte4ToInt: byte4ToInt, idf: idf, normInverses: normInverses, bm25: bm25, snippet: snippet }
  };

  if (isNode) {
    module.exports = api;
    return;
  }
  var g = root.gongkai;
  Object.keys(api).forEach(function (k) { g[k] = api[k]; });
  var engine = null;
  /** The folder of the export: search/ beside assets/, or what the page says in <meta name="gongkai-search">. */
  function base() {
    var m = document.querySelector('meta[name="gongkai-search"]');
    if (m) return new URL(m.getAttribute('content'), document.baseURI).href;
    return new URL('../../search/', currentScript).href;
  }
  var currentScript = document.currentScript && document.currentScript.src;
  g.search = function (query, options) {
    if (!engine) engine = new Engine(scriptLoader(base()));
    return engine.search(query, options);
  };
})(typeof self !== 'undefined' ? self : this);
