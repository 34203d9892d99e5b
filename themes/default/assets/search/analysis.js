/*
 * Gongkai search: the analysis chain in the browser, a mirror of the Lucene chain of
 * org.gongkai.core.search.Analysis (JoinerCharFilter → StandardTokenizer → CJKWidthFilter → LowerCaseFilter →
 * ICU Traditional-Simplified → CJKBigramFilter for Han). The shared vectors (analysis-vectors.json) pin both sides.
 *
 * StandardTokenizer is Unicode's word-break algorithm (UAX #29) as JFlex rules. Here each code point gets the
 * word-break class Lucene's grammar uses, and a regular expression over the class letters reproduces the
 * grammar's longest match. Not mirrored (documented limits, absent from disclosure texts): emoji sequences,
 * Hebrew quote rules, tokens longer than 255 characters, and characters assigned after Java's Unicode version.
 */
(function (root) {
  'use strict';

  // Word-break classes, one letter each:
  // A letter (ALetter, Hebrew, Hangul), N numeric, K katakana, H Han ideograph, I hiragana, S south-east Asian,
  // L MidLetter, M MidNum, Q MidNumLet or single quote, E ExtendNumLet, X Extend/Format/ZWJ, O anything else.
  var RE_X = /[\p{Grapheme_Extend}\p{Mc}\u200D\p{Cf}]/u;
  var RE_SEA = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}\p{Script=Tai_Tham}\p{Script=Tai_Viet}]/u;
  var RE_HAN = /\p{Script=Han}/u;
  var RE_HIRAGANA = /\p{Script=Hiragana}/u;
  var RE_KATAKANA = /[\p{Script=Katakana}\u3031-\u3035\u309B\u309C\u30A0\u30FC\uFF70]/u;
  var RE_IDEOGRAPHIC = /\p{Ideographic}/u;
  var RE_ALPHA = /\p{Alphabetic}/u;
  var RE_DIGIT = /\p{Nd}/u;
  var RE_EXTENDNUMLET = /[\p{Pc}\u202F]/u;
  var MID_LETTER = ':\u00B7\u0387\u055F\u05F4\u2027\uFE13\uFE55\uFF1A';
  var MID_NUM = ',;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B';
  var MID_NUM_LET = '.\'\u2018\u2019\u2024\uFE52\uFF07\uFF0E';

  var classCache = new Map();

  // JoinerCharFilter: between two Han characters, a run of these is dropped (quotation marks, book-title marks,
  // middle dots, horizontal spaces), so that “放管服”改革 is one word; offsets are corrected back as Lucene's
  // BaseCharFilter does (the last correction at or before an offset applies).
  var JOINERS = '\u201C\u201D\u2018\u2019"\'\u300C\u300D\u300E\u300F\uFF02\uFF07\uFE41\uFE42\uFE43\uFE44'
    + '\u300A\u300B\u3008\u3009\u00B7\u30FB\u2027\u2022\uFF65 \t\u00A0\u3000';

  function isHan(cp) {
    return RE_HAN.test(String.fromCodePoint(cp));
  }

  /** {text, at: [output offsets], diffs: [cumulative removed]}: the text with the joiners dropped. */
  function joiners(text) {
    var out = '', at = [], diffs = [], removed = 0, prev = -1;
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      if (JOINERS.indexOf(text.charAt(i)) >= 0 && cp < 0x10000 && prev >= 0 && isHan(prev)) {
        var j = i;
        while (j < text.length && JOINERS.indexOf(text.charAt(j)) >= 0) j++;
        if (j < text.length && isHan(text.codePointAt(j))) {
          removed += j - i;
          if (at.length && at[at.length - 1] === out.length) diffs[diffs.length - 1] = removed;
          else {
            at.push(out.length);
            diffs.push(removed);
          }
          i = j;
          continue;
        }
      }
      var n = cp > 0xFFFF ? 2 : 1;
      out += text.substring(i, i + n);
      prev = cp;
      i += n;
    }
    return { text: out, at: at, diffs: diffs };
  }

  function correct(f, off) {
    var lo = 0, hi = f.at.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (f.at[mid] <= off) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? off : off + f.diffs[found];
  }

  function wordClass(cp) {
    var c = classCache.get(cp);
    if (c === undefined) {
      c = computeClass(cp);
      classCache.set(cp, c);
    }
    return c;
  }

  function computeClass(cp) {
    var ch = String.fromCodePoint(cp);
    // Zero-width space, non-joiner and word joiner are not Format in UAX #29's word rules.
    if (cp === 0x200B || cp === 0x2060) return 'O';
    if (RE_X.test(ch)) return 'X';
    if (MID_NUM_LET.indexOf(ch) >= 0) return 'Q';
    if (MID_LETTER.indexOf(ch) >= 0) return 'L';
    if (MID_NUM.indexOf(ch) >= 0) return 'M';
    if (RE_EXTENDNUMLET.test(ch)) return 'E';
    if (RE_DIGIT.test(ch)) return 'N';
    if (RE_KATAKANA.test(ch)) return 'K';
    if (RE_HIRAGANA.test(ch)) return 'I';
    var alpha = RE_ALPHA.test(ch);
    // A Han-script letter that is not an ideograph (々, 〻) is a word letter; ideographs and radicals are Han.
    if (RE_HAN.test(ch)) return alpha && !RE_IDEOGRAPHIC.test(ch) ? 'A' : 'H';
    if (RE_SEA.test(ch) && (alpha || RE_X.test(ch))) return 'S';
    if (alpha) return 'A';
    return 'O';
  }

  // Lucene's word and number rules (StandardTokenizerImpl.jflex), over class letters.
  var AX = 'AX*', NX = 'NX*', KX = 'KX*', EX = 'EX*';
  var KSEQ = KX + '(?:(?:' + EX + ')*' + KX + ')*';
  var NSEQ = NX + '(?:(?:(?:' + EX + ')*|[MQ]X*)' + NX + ')*';
  var ASEQ = AX + '(?:(?:(?:' + EX + ')*|[LQ]X*)' + AX + ')*';
  var CORE = '(?:' + KSEQ + '|(?:' + NSEQ + '|' + ASEQ + ')+)';
  var WORD = new RegExp('(?:' + EX + ')*' + CORE + '(?:(?:' + EX + ')+' + CORE + ')*(?:' + EX + ')*', 'y');
  var HAN = /HX*/y, HIRAGANA = /IX*/y, SEA = /(?:SX*)+/y;

  /**
   * StandardTokenizer: [{text, start, end, han}] with UTF-16 offsets; han marks Lucene's <IDEOGRAPHIC> tokens.
   */
  function tokenize(text) {
    // One class letter per UTF-16 unit: the second unit of a surrogate pair gets 'X' so that it stays glued
    // to its first unit, and offsets stay UTF-16 offsets as in Java.
    var classes = '';
    for (var i = 0; i < text.length; i++) {
      var cp = text.codePointAt(i);
      classes += wordClass(cp);
      if (cp > 0xFFFF) {
        classes += 'X';
        i++;
      }
    }
    var out = [];
    var pos = 0;
    while (pos < classes.length) {
      var c = classes.charAt(pos);
      var re = c === 'H' ? HAN : c === 'I' ? HIRAGANA : c === 'S' ? SEA : WORD;
      re.lastIndex = pos;
      var m = re.exec(classes);
      if (m && m[0].length > 0) {
        out.push({ text: text.substring(pos, pos + m[0].length), start: pos, end: pos + m[0].length, han: c === 'H' });
        pos += m[0].length;
      } else {
        pos += text.codePointAt(pos) > 0xFFFF ? 2 : 1;
      }
    }
    return out;
  }

  /** CJKWidthFilter: full-width ASCII to basic Latin, half-width katakana to the full-width kana. */
  function foldWidth(s) {
    var out = '';
    var kana = '';
    for (var i = 0; i < s.length; i++) {
      var ch = s.charCodeAt(i);
      if (ch >= 0xFF65 && ch <= 0xFF9F) {
        kana += s.charAt(i);
        continue;
      }
      if (kana) {
        out += foldKana(kana);
        kana = '';
      }
      out += ch >= 0xFF01 && ch <= 0xFF5E ? String.fromCharCode(ch - 0xFEE0) : s.charAt(i);
    }
    return kana ? out + foldKana(kana) : out;
  }

  function foldKana(s) {
    // NFKC composes a kana with a following voiced mark as Lucene does; a mark with nothing to combine with
    // becomes the spacing mark, as in Lucene's table.
    return s.normalize('NFKC').replace(/\u3099/g, '\u309B').replace(/\u309A/g, '\u309C');
  }

  /** LowerCaseFilter: Java's Character.toLowerCase, one code point at a time. */
  function lowerCase(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var cp = s.codePointAt(i);
      if (cp > 0xFFFF) i++;
      if (cp === 0x130) {
        out += 'i';
        continue;
      }
      var ch = String.fromCodePoint(cp);
      var lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
    return out;
  }

  /** Traditional→Simplified with the table generated from ICU (pairs of code points). */
  function parseTable(pairs) {
    var map = new Map();
    var cps = Array.from(pairs);
    for (var i = 0; i + 1 < cps.length; i += 2) map.set(cps[i], cps[i + 1]);
    return map;
  }

  function simplify(s, table) {
    if (!table || table.size === 0) return s;
    var out = '';
    for (var ch of s) {
      var t = table.get(ch);
      out += t === undefined ? ch : t;
    }
    return out;
  }

  /**
   * The whole chain. index=true emits Han unigrams and overlapping bigrams (overlap: true, Lucene's position
   * increment 0); index=false (queries) emits bigrams, and a unigram only for a Han character alone.
   * Returns [{term, start, end, overlap}].
   */
  function analyze(text, index, table) {
    var out = [];
    var run = [];
    function flush() {
      if (run.length === 1) {
        out.push({ term: run[0].term, start: run[0].start, end: run[0].end, overlap: false });
      } else if (run.length > 1) {
        for (var i = 0; i < run.length; i++) {
          if (index) out.push({ term: run[i].term, start: run[i].start, end: run[i].end, overlap: false });
          if (i + 1 < run.length) {
            out.push({ term: run[i].term + run[i + 1].term, start: run[i].start, end: run[i + 1].end, overlap: index });
          }
        }
      }
      run = [];
    }
    var filtered = joiners(text);
    var tokens = tokenize(filtered.text);
    if (filtered.at.length) {
      tokens.forEach(function (tk) {
        tk.start = correct(filtered, tk.start);
        tk.end = correct(filtered, tk.end);
      });
    }
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      var term = simplify(lowerCase(foldWidth(t.text)), table);
      if (t.han) {
        // CJKBigramFilter pairs only characters that touch in the original text.
        if (run.length > 0 && run[run.length - 1].end !== t.start) flush();
        run.push({ term: term, start: t.start, end: t.end });
      } else {
        flush();
        out.push({ term: term, start: t.start, end: t.end, overlap: false });
      }
    }
    flush();
    return out;
  }

  /** The field length BM25 sees: tokens that do not overlap the one before. */
  function length(text, table) {
    return analyze(text, true, table).filter(function (t) { return !t.overlap; }).length;
  }

  /**
   * The Han runs of a text as the bigram filter joins them (Analysis.runs): the characters of each run of two or
   * more, from the index analysis (a run's unigrams are linked by the bigrams that overlap them).
   */
  function runs(text, table) {
    var out = [], run = null, linked = false;
    analyze(text, true, table).forEach(function (t) {
      if (t.overlap) {
        linked = true;
        return;
      }
      if (run && linked) run.push(t.term);
      else {
        if (run && run.length > 1) out.push(run);
        run = [t.term];
      }
      linked = false;
    });
    if (run && run.length > 1) out.push(run);
    return out;
  }

  /** Three neighbouring characters of each run (Analysis.trigrams). */
  function trigrams(rs) {
    var out = [];
    rs.forEach(function (r) {
      for (var i = 0; i + 2 < r.length; i++) out.push(r[i] + r[i + 1] + r[i + 2]);
    });
    return out;
  }

  /** A text as synonym keys are compared (Synonyms.normalize): joiners dropped, width folded, lower case, Simplified. */
  function normalize(text, table) {
    return simplify(lowerCase(foldAscii(joiners(text).text)), table);
  }

  /** Full-width ASCII to basic Latin only (what Synonyms.normalize folds). */
  function foldAscii(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var ch = s.charCodeAt(i);
      out += ch >= 0xFF01 && ch <= 0xFF5E ? String.fromCharCode(ch - 0xFEE0) : s.charAt(i);
    }
    return out;
  }

  var api = { tokenize: tokenize, analyze: analyze, length: length, parseTable: parseTable, runs: runs,
    trigrams: trigrams, normalize: normalize };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.gongkai = root.gongkai || {};
    root.gongkai.analysis = api;
  }
})(typeof self !== 'undefined' ? self : this);
