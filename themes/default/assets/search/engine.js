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
    var dense = s.charAt(0) === DENSE, pos = dense ? 1 : 0, doc = 0;
    function next() {
      var v = 0, shift = 0, digit;
      do {
        digit = VALUE[s.charCodeAt(pos++)];
        v += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit & 32);
      return v;
    }
    // The list's smallest norm byte and the span of its norm bytes; each posting's number is
    // (freq − 1)·span + (norm − base) (ExportEncoding.postings).
    var base = next(), span = next(), i, fn;
    if (dense) {
      var digits = next();
      pos = bitsetDocs(s, pos, digits, docs);
      for (i = 0; i < count; i++) {
        fn = next();
        freqs[i] = Math.floor(fn / span) + 1;
        norms[i] = fn % span + base;
      }
      return { docs: docs, freqs: freqs, norms: norms };
    }
    for (i = 0; i < count; i++) {
      doc += next();
      docs[i] = doc;
      fn = next();
      freqs[i] = Math.floor(fn / span) + 1;
      norms[i] = fn % span + base;
    }
    return { docs: docs, freqs: freqs, norms: norms };
  }

  /** A list written as a bitset (ExportEncoding.DENSE): six documents a digit, from document 0, low bit first. */
  var DENSE = '.';

  /** Reads `digits` bitset digits of s from pos into docs; gives the position after them. */
  function bitsetDocs(s, pos, digits, docs) {
    for (var c = 0, n = 0; c < digits; c++) {
      var v = VALUE[s.charCodeAt(pos + c)];
      for (var b = 0; v; b++, v >>= 1) if (v & 1) docs[n++] = c * 6 + b;
    }
    return pos + digits;
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
  var SPACES = ' \t\n\r\f\u000B\u00A0\u3000';
  var OPEN = '"\u201C\u300C\u300E';
  var CLOSE = ['"\u201D', '\u201D"', '\u300D', '\u300F'];
  var HAN = /\p{Script=Han}/u;
  var LOOKUP = 0, EXACT = 1, NEAR = 2, RELAXED = 3, TIERS = 4;
  var MAX_VARIANTS = 6, MAX_RELAXED_READINGS = 12;
  var INDEX_LIKE = /^[0-9a-z./_-]*[0-9][0-9a-z./_-]*$/;
  var FOLD_SPACE = /[ \t\n\r\f\u000B\u00A0\u3000]+/g;
  // Java's String.strip: Character.isWhitespace at both ends.
  var WS = '[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]';
  var STRIP = new RegExp('^' + WS + '+|' + WS + '+$', 'g');

  // 发文字号 (content.DocNumber): the agency, year and number in any common spelling, one key.
  var BRACKETS = '\\[\\]()〔〕【】〖〗{}<>〈〉《》「」';
  var USUAL = new RegExp('^([\\s\\S]*?)[' + BRACKETS + ']*((?:19|20)\\d{2})[' + BRACKETS + ']*第?0*(\\d{1,9})号?$');
  var DOC_SPACE = /[ \t\n\x0B\f\r]+/g;

  function docNumber(text) {
    var folded = String(text).normalize('NFKC').replace(DOC_SPACE, '');
    if (!folded) return null;
    var m = USUAL.exec(folded);
    if (m && m[1] !== '') return { agency: m[1], key: m[1] + '〔' + m[2] + '〕' + String(Number(m[3])) + '号' };
    return { agency: '', key: folded };
  }

  function indexKey(text) {
    return String(text).normalize('NFKC').replace(FOLD_SPACE, '').toLowerCase();
  }

  /** The words of a query text: [{text, quoted}] and the excluded words' texts (before any analysis). */
  function splitWords(text) {
    var s = String(text || ''), n = s.length, words = [], excluded = [], plain = true;
    for (var i = 0; i < n;) {
      var c = s.charAt(i);
      if (SPACES.indexOf(c) >= 0) {
        i++;
        continue;
      }
      var open = OPEN.indexOf(c);
      if (open >= 0) {
        var j = closing(s, i, CLOSE[open]);
        if (j > 0) {
          plain = false;
          words.push({ text: s.substring(i + 1, j), quoted: true });
          i = j + 1;
          continue;
        }
      }
      var k = i;
      while (k < n && SPACES.indexOf(s.charAt(k)) < 0) k++;
      var w = s.substring(i, k);
      i = k;
      if (w.length > 1 && (w.charAt(0) === '-' || w.charAt(0) === '\uFF0D')) {
        plain = false;
        excluded.push(w.substring(1));
      } else {
        words.push({ text: w, quoted: false });
      }
    }
    return { words: words, excluded: excluded, plain: plain, text: s };
  }

  function closing(s, i, close) {
    for (var j = i + 1; j < s.length; j++) {
      if (close.indexOf(s.charAt(j)) >= 0 && (j + 1 === s.length || SPACES.indexOf(s.charAt(j + 1)) >= 0)) return j;
    }
    return -1;
  }

  function distinct(list) {
    var out = [];
    list.forEach(function (x) { if (out.indexOf(x) < 0) out.push(x); });
    return out;
  }

  function reading(text, synonym, table) {
    var tokens = distinct(analysis.analyze(text, false, table).map(function (t) { return t.term; }));
    if (!tokens.length) return null;
    var rs = analysis.runs(text, table), near = [];
    rs.forEach(function (r) {
      if (r.length >= 3) for (var i = 0; i + 1 < r.length; i++) near.push(r[i] + r[i + 1]);
    });
    return { text: text, tokens: tokens, trigrams: distinct(analysis.trigrams(rs)), nearPairs: distinct(near), synonym: synonym };
  }

  /** Synonyms.variants over the loaded shards of the table (key → alternatives). */
  function variants(word, synonyms, table) {
    var w = analysis.normalize(word, table), cps = Array.from(w), out = [];
    var longest = synonyms.longest || 0;
    for (var i = 0; i < cps.length;) {
      var found = 0;
      for (var len = Math.min(longest, cps.length - i); len >= 2; len--) {
        var key = cps.slice(i, i + len).join(''), alts = synonyms.table.get(key);
        if (alts) {
          var before = cps.slice(0, i).join(''), after = cps.slice(i + len).join('');
          alts.forEach(function (a) {
            var v = before + a + after;
            if (v !== w && out.indexOf(v) < 0 && out.length < MAX_VARIANTS) out.push(v);
          });
          found = len;
          break;
        }
      }
      i += found > 0 ? found : 1;
    }
    return out;
  }

  /**
   * The parsed query (SearchQuery.parse): words with their readings (the word, then its synonyms), excluded
   * words' tokens, lookup keys. synonyms: {table: Map, longest} of the shards the words' characters need.
   */
  function parseQuery(text, table, synonyms) {
    var split = splitWords(text), words = [], excluded = [], keys = [];
    synonyms = synonyms || { table: new Map(), longest: 0 };
    split.words.forEach(function (w) {
      var self = reading(w.text, false, table);
      if (!self) return;
      var readings = [self];
      if (!w.quoted) {
        variants(w.text, synonyms, table).forEach(function (v) {
          var r = reading(v, true, table);
          if (r && r.tokens.join('\u0000') !== self.tokens.join('\u0000')) readings.push(r);
        });
      }
      words.push({ text: w.text, quoted: w.quoted, readings: readings });
    });
    split.excluded.forEach(function (w) {
      var t = distinct(analysis.analyze(w, false, table).map(function (x) { return x.term; }));
      if (t.length) excluded.push(t);
    });
    if (split.plain) {
      var whole = split.text.replace(STRIP, '');
      var d = docNumber(whole);
      if (d && Array.from(d.agency).some(function (ch) { return HAN.test(ch); })) keys.push('d:' + d.key);
      var ik = indexKey(whole);
      if (ik.length >= 6 && INDEX_LIKE.test(ik)) keys.push('i:' + ik);
    }
    var terms = [], original = new Set();
    words.forEach(function (w) { w.readings[0].tokens.forEach(function (t) { original.add(t); if (terms.indexOf(t) < 0) terms.push(t); }); });
    words.forEach(function (w) { w.readings.forEach(function (r) { r.tokens.forEach(function (t) { if (terms.indexOf(t) < 0) terms.push(t); }); }); });
    return { words: words, excluded: excluded, keys: keys, terms: terms, original: original };
  }

  /** The characters whose synonym shards a query needs: every character of its plain words, normalized. */
  function synonymChars(text, table) {
    var out = [];
    splitWords(text).words.forEach(function (w) {
      if (w.quoted) return;
      Array.from(analysis.normalize(w.text, table)).forEach(function (ch) { if (out.indexOf(ch) < 0) out.push(ch); });
    });
    return out;
  }

  function relaxedReadings(query) {
    var typed = query.words.map(function (w) { return w.quoted ? null : w.readings[0]; });
    var out = [typed];
    for (var i = 0; i < query.words.length && out.length < MAX_RELAXED_READINGS; i++) {
      var w = query.words[i];
      for (var k = 1; k < w.readings.length && out.length < MAX_RELAXED_READINGS; k++) {
        var r = typed.slice();
        r[i] = w.readings[k];
        out.push(r);
      }
    }
    return out;
  }

  function share(n) {
    return n <= 2 ? n : Math.floor((2 * n + 2) / 3);
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
    this.synonyms = { table: new Map(), longest: 0 };
    this.synonymShards = new Map();
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

  /** A tier field's postings (documents alone: gaps, or a bitset) into an array. */
  function decodeDocs(s, count) {
    var docs = new Int32Array(count), pos = 0, doc = 0;
    if (s.charAt(0) === DENSE) {
      var digits = 0, shift = 0, d;
      pos = 1;
      do {
        d = VALUE[s.charCodeAt(pos++)];
        digits += (d & 31) * Math.pow(2, shift);
        shift += 5;
      } while (d & 32);
      bitsetDocs(s, pos, digits, docs);
      return docs;
    }
    for (var i = 0; i < count; i++) {
      var v = 0, shift = 0, digit;
      do {
        digit = VALUE[s.charCodeAt(pos++)];
        v += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit & 32);
      doc += v;
      docs[i] = doc;
    }
    return docs;
  }

  /**
   * The synonym table's shards (syn/<cp % n>.js) for the characters of a query: {table: Map, longest}. A shard
   * that is missing counts as empty.
   */
  Engine.prototype.synonymTable = function (meta, chars) {
    var self = this, n = meta.synonymShards || 0;
    if (!n) return Promise.resolve({ table: new Map(), longest: 0 });
    var wanted = [];
    chars.forEach(function (ch) {
      var k = ch.codePointAt(0) % n;
      if (!self.synonymShards.has(k) && wanted.indexOf(k) < 0) wanted.push(k);
    });
    wanted.forEach(function (k) {
      self.synonymShards.set(k, self.load('syn/' + k).then(function (part) {
        Object.keys(part).forEach(function (key) {
          self.synonyms.table.set(key, part[key]);
          self.synonyms.longest = Math.max(self.synonyms.longest, Array.from(key).length);
        });
      }, function () { /* no synonyms here */ }));
    });
    return Promise.all(Array.from(self.synonymShards.values())).then(function () { return self.synonyms; });
  };

  /** Every term of the export a query needs: scoring tokens, excluded tokens, trigrams, skip pairs, keys. */
  function neededTerms(query) {
    var out = [];
    function add(t) { if (out.indexOf(t) < 0) out.push(t); }
    query.terms.forEach(add);
    query.excluded.forEach(function (w) { w.forEach(add); });
    query.words.forEach(function (w) {
      w.readings.forEach(function (r) {
        r.trigrams.forEach(add);
        if (!w.quoted) r.nearPairs.forEach(function (t) { add(SKIP + t); });
      });
    });
    query.keys.forEach(add);
    return out;
  }

  var SKIP = '~';

  /** One scoring token, nothing else: the result is that token's documents (precomputed facets, first blocks). */
  function singleToken(query) {
    return query.terms.length === 1 && query.words.length === 1 && query.words[0].readings.length === 1
      && !query.words[0].readings[0].trigrams.length && !query.keys.length && !query.excluded.length;
  }

  /**
   * Evaluates a parsed query over the loaded entries (LuceneIndex#query, tier by tier): each document's score
   * (the flattened SHOULD clauses Lucene sums: a token's field scores one by one, a synonym's token boosted and
   * summed as one nested clause; double sums, float at the end) and its tier (the first of lookup, exact, near,
   * relaxed it is in). Returns {docs, scores, tiers} before filters.
   */
  Engine.prototype.evaluate = function (meta, entry, query) {
    var n = meta.docs, nf = meta.fields.length, self = this;
    var preds = new Map();
    function pred(name) {
      var i = preds.get(name);
      if (i === undefined) {
        i = preds.size;
        preds.set(name, i);
      }
      return i;
    }
    query.terms.forEach(function (t) { pred('a' + t); });
    query.excluded.forEach(function (w) { w.forEach(function (t) { pred('a' + t); }); });
    query.words.forEach(function (w) {
      w.readings.forEach(function (r) {
        r.trigrams.forEach(function (g) { pred('g' + g); });
        if (!w.quoted) r.nearPairs.forEach(function (t) { pred('s' + t); });
      });
    });
    query.keys.forEach(function (k) { pred('k' + k); });
    var width = Math.max(1, Math.ceil(preds.size / 32));
    var bits = new Uint32Array(n * width), acc = new Float64Array(n), seen = new Uint8Array(n), candidates = [];
    function mark(doc, p, candidate) {
      bits[doc * width + (p >>> 5)] |= 1 << (p & 31);
      if (candidate && !seen[doc]) {
        seen[doc] = 1;
        candidates.push(doc);
      }
    }
    function has(doc, p) {
      return p !== undefined && (bits[doc * width + (p >>> 5)] & (1 << (p & 31))) !== 0;
    }
    var scoring = new Set(query.terms);
    var tokens = Array.from(preds.keys()).filter(function (k) { return k.charAt(0) === 'a'; }).map(function (k) { return k.substring(1); });
    var clause = new Float64Array(n);
    tokens.forEach(function (t) {
      var e = entry(t), p = preds.get('a' + t), scored = scoring.has(t);
      if (!e) return;
      var boost = scored && !query.original.has(t) ? f(meta.synonymBoost) : 1;
      var head = Array.isArray(e[0]) ? e[0] : null, touched = [];
      for (var k = 1, at = 0; k < e.length; k += 3, at++) {
        var fi = e[k];
        if (fi >= nf) continue;
        var field = meta.fields[fi];
        var post = decodePostings(e[k + 2], head ? head[3][at] : e[k + 1]);
        if (!scored) {
          for (var i = 0; i < post.docs.length; i++) mark(post.docs[i], p, false);
          continue;
        }
        var weight = f(f(f(field[1]) * boost) * idf(e[k + 1], field[2]));
        var inv = self.inverses[fi] || (self.inverses[fi] = normInverses(f(field[3] / field[2])));
        for (var j = 0; j < post.docs.length; j++) {
          var doc = post.docs[j], sc = bm25(weight, post.freqs[j], inv[post.norms[j]]);
          mark(doc, p, true);
          if (boost === 1) acc[doc] += sc;
          else {
            if (clause[doc] === 0) touched.push(doc);
            clause[doc] += sc;
          }
        }
      }
      touched.forEach(function (doc) {
        acc[doc] += f(clause[doc]);
        clause[doc] = 0;
      });
    });
    preds.forEach(function (p, name) {
      var kind = name.charAt(0);
      if (kind === 'a') return;
      var term = kind === 's' ? SKIP + name.substring(1) : name.substring(1), e = entry(term);
      if (!e) return;
      var set = meta.fields.length + meta.sets.indexOf(kind === 'g' ? 'tri' : kind === 's' ? 'skip' : 'key');
      for (var k = 1; k < e.length; k += 3) {
        if (e[k] !== set) continue;
        var docs = decodeDocs(e[k + 2], e[k + 1]);
        for (var i = 0; i < docs.length; i++) mark(docs[i], p, kind !== 'g');
      }
    });

    function exactReading(doc, r) {
      for (var i = 0; i < r.tokens.length; i++) if (!has(doc, preds.get('a' + r.tokens[i]))) return false;
      for (var j = 0; j < r.trigrams.length; j++) if (!has(doc, preds.get('g' + r.trigrams[j]))) return false;
      return true;
    }
    function nearReading(doc, r) {
      for (var i = 0; i < r.tokens.length; i++) {
        var t = r.tokens[i];
        if (!has(doc, preds.get('a' + t)) && !(r.nearPairs.indexOf(t) >= 0 && has(doc, preds.get('s' + t)))) return false;
      }
      return true;
    }
    function wordExact(doc, w) {
      return w.readings.some(function (r) { return exactReading(doc, r); });
    }
    function wordNear(doc, w) {
      return w.quoted ? wordExact(doc, w) : w.readings.some(function (r) { return nearReading(doc, r); });
    }
    var relaxed = relaxedReadings(query).map(function (rr) {
      var toks = [];
      rr.forEach(function (r) { if (r) r.tokens.forEach(function (t) { if (toks.indexOf(t) < 0) toks.push(t); }); });
      return { readings: rr, tokens: toks, need: share(toks.length) };
    });
    function relaxedMatch(doc) {
      return relaxed.some(function (rr) {
        for (var i = 0; i < rr.readings.length; i++) if (!rr.readings[i] && !wordExact(doc, query.words[i])) return false;
        if (!rr.tokens.length) return true;
        var count = 0;
        for (var k = 0; k < rr.tokens.length; k++) if (has(doc, preds.get('a' + rr.tokens[k]))) count++;
        return count >= rr.need;
      });
    }
    var keyPreds = query.keys.map(function (k) { return preds.get('k' + k); });
    var excluded = query.excluded.map(function (w) { return w.map(function (t) { return preds.get('a' + t); }); });
    var docs = [], tiers = new Int8Array(n).fill(-1);
    candidates.forEach(function (doc) {
      for (var x = 0; x < excluded.length; x++) {
        if (excluded[x].every(function (p) { return has(doc, p); })) return;
      }
      var tier = -1;
      if (keyPreds.some(function (p) { return has(doc, p); })) tier = LOOKUP;
      else if (query.words.length && query.words.every(function (w) { return wordExact(doc, w); })) tier = EXACT;
      else if (query.words.length && query.words.every(function (w) { return wordNear(doc, w); })) tier = NEAR;
      else if (query.words.length && relaxedMatch(doc)) tier = RELAXED;
      if (tier < 0) return;
      tiers[doc] = tier;
      docs.push(doc);
    });
    var scores = new Float64Array(n);
    docs.forEach(function (doc) { scores[doc] = f(acc[doc]); });
    return { docs: docs, scores: scores, tiers: tiers };
  };

  Engine.prototype.search = function (text, options) {
    var self = this;
    options = options || {};
    var filters = options.filters || {};
    var sort = options.sort || 'relevance';
    var pageSize = Math.max(1, options.pageSize | 0 || 10);
    var page = Math.max(1, options.page | 0 || 1);
    var meta, table, query, shards, single = false, first = false;
    function entry(t) {
      var shard = shards[hash(t) % meta.shards];
      return shard ? shard[t] : undefined;
    }
    return Promise.all([this.load('meta'), this.table([text])]).then(function (r) {
      meta = r[0];
      table = r[1];
      return self.synonymTable(meta, synonymChars(text, table));
    }).then(function (synonyms) {
      query = parseQuery(text, table, synonyms);
      if (!query.words.length && !query.keys.length) return null;
      var terms = neededTerms(query);
      var ids = distinct(terms.map(function (t) { return hash(t) % meta.shards; }));
      return Promise.all(ids.map(function (k) { return self.load('t/' + k); })).then(function (loaded) {
        shards = {};
        ids.forEach(function (k, i) { shards[k] = Object.assign({}, loaded[i]); });
        // Split terms: a first block answers the first pages of one token without filters in Lucene's order;
        // anything else loads their postings (p/<n>.js).
        single = singleToken(query);
        first = single && !isActive(filters) && sort === 'relevance' && !options.facetsFromColumns
          && page * pageSize <= (meta.firstDocs || 0);
        var rest = terms.filter(function (t) {
          var e = entry(t);
          return e && Array.isArray(e[0]) && !first;
        });
        return Promise.all(rest.map(function (t) {
          var shard = shards[hash(t) % meta.shards];
          return self.load(shard[t][0][2]).then(function (full) { shard[t] = full; });
        }));
      });
    }).then(function () {
      if (!query.words.length && !query.keys.length) return empty(query, page, pageSize);
      var m = self.evaluate(meta, entry, query);
      var only = single && !options.facetsFromColumns ? entry(query.terms[0]) : null;
      var precomputed = only ? (Array.isArray(only[0]) ? only[0][0] : only[0]) : null;
      // With a first block, the candidates are the term's top documents; the count is the export's.
      var count = first && only && Array.isArray(only[0]) ? only[0][1] : -1;
      return self.columns(meta, m.docs, filters, options.facets !== false, precomputed).then(function (c) {
        var docs = c.docs, tiers = m.tiers, scores = m.scores;
        var perTier = [0, 0, 0, 0];
        docs.forEach(function (d) { perTier[tiers[d]]++; });
        if (sort === 'relevance') {
          docs.sort(function (a, b) { return tiers[a] - tiers[b] || scores[b] - scores[a] || a - b; });
        } else {
          var dir = sort === 'oldest' ? -1 : 1;
          docs.sort(function (a, b) { return (tiers[a] === RELAXED) - (tiers[b] === RELAXED) || dir * (a - b); });
        }
        if (count >= 0) perTier = [0, count, 0, 0];
        var total = perTier[0] + perTier[1] + perTier[2] + perTier[3];
        var pages = Math.max(1, Math.ceil(total / pageSize));
        var shown = docs.slice((page - 1) * pageSize, page * pageSize);
        return self.fragments(meta, shown).then(function (frags) {
          // Traditional results need the table for their own characters, to mark what matched.
          var texts = frags.filter(function (fr) { return fr[3] === 'zh-Hant'; }).map(function (fr) { return fr[1] + fr[7]; });
          return self.table(texts).then(function () { return frags; });
        }).then(function (frags) {
          var terms = new Set(query.terms);
          return {
            total: total, matches: perTier[0] + perTier[1] + perTier[2], relaxed: perTier[3], tiers: perTier,
            page: page, pages: pages, pageSize: pageSize,
            terms: query.terms, excluded: query.excluded, facets: c.facets,
            synonyms: synonymsRead(query), simplified: simplifiedText(text, table), phrases: query.words.filter(function (w) { return w.quoted; }).map(function (w) { return w.text; }),
            categories: total ? [] : matchingCategories(meta, query, table),
            results: shown.map(function (doc, i) {
              var fr = frags[i];
              return {
                url: fr[0], title: fr[1], titleHtml: markHtml(fr[1], matchRanges(fr[1], terms, table), 0, fr[1].length),
                date: fr[2], lang: fr[3], docNumber: fr[4], organ: meta.organs[fr[5]][1], category: meta.categories[fr[6]][1],
                snippet: snippet(fr[7], terms, table), score: sort === 'relevance' ? f(scores[doc]) : NaN, doc: doc,
                tier: tiers[doc]
              };
            })
          };
        });
      });
    });
  };

  function synonymsRead(query) {
    var out = [];
    query.words.forEach(function (w) { w.readings.slice(1).forEach(function (r) { out.push(r.text); }); });
    return out;
  }

  /** The query in Simplified script when that differs from what was typed (a Traditional query), else ''. */
  function simplifiedText(text, table) {
    var s = String(text || '').trim(), out = '';
    for (var ch of s) {
      var t = table.get(ch);
      out += t === undefined ? ch : t;
    }
    return out !== s ? out : '';
  }

  /**
   * Catalog categories whose names match the query: the name holds a word (normalized), or two thirds of the
   * words' bigrams. For a search that found nothing, as somewhere to look instead.
   */
  function matchingCategories(meta, query, table) {
    var out = [];
    var words = query.words.map(function (w) { return analysis.normalize(w.text, table); }).filter(function (w) { return w.length >= 2; });
    var tokens = query.words.length ? query.words[0].readings[0].tokens.concat.apply([], query.words.slice(1).map(function (w) { return w.readings[0].tokens; })) : [];
    meta.categories.forEach(function (c, i) {
      var name = analysis.normalize(c[1], table);
      var hit = words.some(function (w) { return name.indexOf(w) >= 0 || w.indexOf(name) >= 0; });
      if (!hit && tokens.length) {
        var own = new Set(analysis.analyze(c[1], false, table).map(function (t) { return t.term; }));
        var k = tokens.filter(function (t) { return own.has(t); }).length;
        hit = k >= share(tokens.length) && k > 0;
      }
      if (hit && out.length < 6) out.push({ id: c[0], name: c[1], href: c[3] || ('catalog/' + c[0] + '/') });
    });
    return out;
  }

  function empty(query, page, pageSize) {
    return { total: 0, matches: 0, relaxed: 0, tiers: [0, 0, 0, 0], page: page, pages: 1, pageSize: pageSize,
      terms: query.terms, excluded: query.excluded, results: [], facets: null, synonyms: [], simplified: '', phrases: [],
      categories: [] };
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
    var self = this, size = meta.columnDocs, width = meta.width, radix = meta.radixes;
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
          // One mixed-radix number per document: category, organ, genre, validity, year (StaticExport.columns).
          var cell = fixedAt(byChunk[Math.floor(doc / size)], doc % size, width);
          var y = cell % radix[4]; cell = (cell - y) / radix[4];
          var val = cell % radix[3]; cell = (cell - val) / radix[3];
          var gen = cell % radix[2]; cell = (cell - gen) / radix[2];
          var org = cell % radix[1];
          var cat = (cell - org) / radix[1], year = meta.minYear + y;
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
    docNumber: docNumber,
    internals: { hash: hash, decodePostings: decodePostings, byte4ToInt: byte4ToInt, idf: idf, normInverses: normInverses,
      bm25: bm25, snippet: snippet, splitWords: splitWords, variants: variants, share: share, indexKey: indexKey,
      relaxedReadings: relaxedReadings, synonymChars: synonymChars, synonymsRead: synonymsRead,
      /** A text with <mark> around what matched, in its own script (a result's title). */
      marked: function (text, terms, table) { return markHtml(text, matchRanges(text, terms, table), 0, text.length); } }
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
